use yew::prelude::*;

use super::use_lang;
use crate::content::tools;
use crate::domain::tool::Tool;
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct ToolPanelProps {
    pub tool: Tool,
    /// The standalone page titles the panel; an embedded widget already shows the title in its header.
    pub show_title: bool,
}

/// A tool's panel. Until the tool's own issue lands it shows what the guide says the tool is about,
/// and says plainly that the tool is not built yet.
#[function_component]
pub fn ToolPanel(props: &ToolPanelProps) -> Html {
    let lang = use_lang();
    let info = tools::info(props.tool);
    let title_id = format!("sw-tool-title-{}", props.tool.slug());
    let source = info.source;
    html! {
        <section class="sw-panel" aria-labelledby={props.show_title.then(|| title_id.clone())}
            data-testid={format!("tool-panel-{}", props.tool.slug())}>
            if props.show_title {
                <h2 id={title_id} class="sw-page-title" tabindex="-1" data-page-heading="">{ info.title.get(lang) }</h2>
            }
            <p>{ info.summary.get(lang) }</p>
            <p class="sw-source">
                { tr(lang, Key::SourceLabel) }{ ": " }{ source.guide.title().get(lang) }{ " 「" }{ source.section }{ "」" }
            </p>
            <p class="sw-note" data-testid="coming-soon">{ tr(lang, Key::ComingSoon) }</p>
        </section>
    }
}
