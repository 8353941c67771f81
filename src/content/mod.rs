//! Facts taken from the two guides in `shared/reference/`, as data. Every entry says where it comes
//! from (`Source`), so a reviewer can check it against the guide and a guide update can be traced.

// Each tool's facts sit behind its feature, as its rules and views do; the rest is shared.
#[cfg(feature = "account_domain")]
pub mod account_domain;
#[cfg(feature = "checklist")]
pub mod checklist;
#[cfg(all(test, feature = "app"))]
#[path = "tests/coverage.rs"]
mod coverage_tests;
#[cfg(feature = "delivery")]
pub mod delivery;
pub mod desks;
#[cfg(feature = "end_of_sale")]
pub mod end_of_sale;
pub mod holiday_names;
pub mod links;
pub mod public_suffixes;
#[cfg(feature = "severity")]
pub mod severity;
pub mod tools;

use crate::i18n::{text, Text};

/// Every tool's title, description and links, for the tests that check them all (the full build
/// holds every tool).
#[cfg(all(test, feature = "app"))]
pub(crate) fn every_tool() -> [(
    crate::rules::contract::tool::Tool,
    &'static tools::ToolInfo,
    &'static [GuideLink],
); 5] {
    use crate::rules::contract::tool::Tool;
    [
        (Tool::Severity, &severity::INFO, severity::LINKS),
        (Tool::Checklist, &checklist::INFO, checklist::LINKS),
        (Tool::Delivery, &delivery::INFO, delivery::LINKS),
        (
            Tool::AccountDomain,
            &account_domain::INFO,
            account_domain::LINKS,
        ),
        (Tool::EndOfSale, &end_of_sale::INFO, end_of_sale::LINKS),
    ]
}

/// One of the two source guides (see `shared/reference/README.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guide {
    /// `000_aa25d047744acda8.txt`: the technical services user guide.
    TechnicalServices,
    /// `002_bf66f745e37d1da0.txt`: the Smart Account creation guide (June 2023).
    SmartAccount,
}

impl Guide {
    pub const fn title(self) -> Text {
        match self {
            Guide::TechnicalServices => text!(
                "シスコ テクニカルサービス ご利用ガイド",
                "Cisco technical services user guide"
            ),
            Guide::SmartAccount => text!(
                "シスコ スマートアカウント作成ガイド (2023 年 6 月版)",
                "Cisco Smart Account creation guide (June 2023)"
            ),
        }
    }

    /// The short name shown in citations.
    pub const fn short(self) -> Text {
        match self {
            Guide::TechnicalServices => text!(
                "テクニカルサービス ご利用ガイド",
                "Technical services user guide"
            ),
            Guide::SmartAccount => text!(
                "スマートアカウント作成ガイド",
                "Smart Account creation guide"
            ),
        }
    }

    #[cfg(test)]
    pub const fn file(self) -> &'static str {
        match self {
            Guide::TechnicalServices => "000_aa25d047744acda8.txt",
            Guide::SmartAccount => "002_bf66f745e37d1da0.txt",
        }
    }
}

/// Where a fact comes from: the guide, the section heading as the guide writes it, and the lines
/// of the text file (1-based, inclusive) that a reviewer should read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub guide: Guide,
    pub section: &'static str,
    pub lines: (u32, u32),
}

/// A fact shown to the visitor with the place in the guide it comes from (shown beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited {
    pub text: Text,
    pub source: Source,
}

/// A page the guide links to, offered where the visitor needs it (opens outside the widget; nothing the
/// visitor typed goes with it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideLink {
    pub label: Text,
    pub url: &'static str,
    pub source: Source,
}

/// A place in the technical services user guide (000).
pub const fn services(section: &'static str, first: u32, last: u32) -> Source {
    Source {
        guide: Guide::TechnicalServices,
        section,
        lines: (first, last),
    }
}

/// A place in the Smart Account creation guide (002).
pub const fn smart_account(section: &'static str, first: u32, last: u32) -> Source {
    Source {
        guide: Guide::SmartAccount,
        section,
        lines: (first, last),
    }
}

/// A reading of the tool's own where the guide is silent, terse or contradicts itself: shown under
/// "How this tool reads the guide", citing the guide text it reads.
pub type Reading = Cited;

/// The text of a guide, for the tests that check content against it. A missing guide fails the test
/// (it never passes without its input): the guides live in `../shared/reference/` beside the repository.
#[cfg(test)]
pub(crate) fn guide_text(guide: Guide) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference")
        .join(guide.file());
    std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{} must be checked out beside the repository ({error})",
            path.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::i18n::{tr, Key};
    use crate::rules::delivery::{Caveat, ReturnDeadline};
    use crate::rules::kernel::lang::Lang;
    use crate::rules::kernel::severity::Severity;
    use time::macros::date;

    /// Issue #9, wrong item 6: English that changed the meaning of the Japanese.
    #[test]
    fn english_keeps_the_meaning_of_the_japanese() {
        // 「到着の目安」 is an estimate, not a promise of the latest time.
        assert_eq!(tr(Lang::En, Key::ResultHeading), "Estimated arrival");
        // The return date without a ship date is a 目安 too.
        let estimate = ReturnDeadline {
            last_day: date!(2026 - 12 - 04),
            from_ship_date: false,
        };
        assert!(super::delivery::return_deadline(Lang::En, estimate).contains("an estimate"));
        assert!(super::delivery::return_deadline(Lang::Ja, estimate).contains("目安"));
        // 「2m 以上の形状物」 is about size, not length.
        assert!(super::delivery::caveat(Caveat::HeavyOrCable)
            .en
            .contains("2 m or more in size"));
        assert!(tr(Lang::En, Key::HeavyLabel).contains("2 m or more in size"));
        // Every common definition that says 「継続している」 keeps "continues"/"stays" in English.
        for severity in Severity::ALL {
            for text in super::severity::common(severity) {
                if text.ja.contains("継続し") {
                    assert!(
                        ["continue", "stay", "keep"]
                            .iter()
                            .any(|word| text.en.contains(word)),
                        "{} lost 継続: {}",
                        text.ja,
                        text.en
                    );
                }
            }
        }
    }
}
