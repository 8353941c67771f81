//! Each tool's title and its one-paragraph description, summarised from the guide.
//! The Japanese follows the guide's wording closely; the English is our translation.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

use super::Source;
use crate::i18n::Text;
#[cfg(all(test, feature = "app"))]
use crate::rules::contract::tool::Tool;

pub struct ToolInfo {
    pub title: Text,
    pub summary: Text,
    pub source: Source,
}

#[cfg(all(test, feature = "app"))]
mod tests {
    use super::*;

    fn infos() -> Vec<(Tool, &'static ToolInfo)> {
        crate::content::every_tool()
            .into_iter()
            .map(|(tool, info, _)| (tool, info))
            .collect()
    }

    #[test]
    fn every_tool_has_content_in_both_languages() {
        assert_eq!(infos().len(), Tool::ALL.len());
        for (tool, info) in infos() {
            for text in [info.title, info.summary] {
                assert!(
                    !text.ja.trim().is_empty() && !text.en.trim().is_empty(),
                    "{tool:?}"
                );
            }
            assert!(!info.source.section.is_empty());
            assert!(
                info.source.lines.0 >= 1 && info.source.lines.0 <= info.source.lines.1,
                "{tool:?}"
            );
        }
    }

    /// The cited section heading must be in the cited guide near the cited lines, so a citation
    /// cannot silently drift when someone edits it. The guides live beside the repository.
    #[test]
    fn citations_point_at_their_section() {
        for (tool, info) in infos() {
            let source = info.source;
            let text = crate::content::guide_text(source.guide);
            let lines: Vec<&str> = text.lines().collect();
            let (first, last) = source.lines;
            let window = lines
                [(first as usize).saturating_sub(3)..(last as usize).min(lines.len())]
                .join("\n");
            assert!(
                window.contains(source.section),
                "{tool:?}: {:?} not near lines {first}-{last}",
                source.section
            );
        }
    }
}
