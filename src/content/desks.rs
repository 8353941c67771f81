//! The desks several tools name: Japan TAC, Global TAC and the Smart Account desk, their names,
//! where the guide describes each, SCM's address, and the Global TAC footnote that contradicts its
//! "phone required". Source: 000_aa25d047744acda8.txt — "Japan TAC (日本語) のサポートを受ける"
//! (lines 1203–1222), "Global TAC (英語) のサポートを受ける" (lines 1349–1392); 002 back cover.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

use super::{services, smart_account, Cited, Guide, Source};
use crate::i18n::{text, Text};
use crate::rules::kernel::desk::Desk;

pub const fn desk_name(desk: Desk) -> Text {
    match desk {
        Desk::Japan => text!("Japan TAC (日本語)", "Japan TAC (Japanese)"),
        Desk::Global => text!("Global TAC (英語)", "Global TAC (English)"),
        Desk::SmartAccount => text!(
            "スマートアカウント・スマートライセンスの問い合わせ",
            "Smart Account / Smart Licensing inquiry"
        ),
    }
}

/// The desk choice, by the language of support.
pub const fn desk_choice(desk: Desk) -> Text {
    match desk {
        Desk::Global => text!("英語で: Global TAC", "In English: Global TAC"),
        _ => text!("日本語で: Japan TAC", "In Japanese: Japan TAC"),
    }
}

pub const fn desk_source(desk: Desk) -> Source {
    match desk {
        Desk::Japan => Source {
            guide: Guide::TechnicalServices,
            section: "Japan TAC (日本語) のサポートを受ける",
            lines: (1203, 1222),
        },
        Desk::Global => Source {
            guide: Guide::TechnicalServices,
            section: "Global TAC (英語) のサポートを受ける",
            lines: (1349, 1370),
        },
        Desk::SmartAccount => smart_account(
            "シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ先",
            896,
            917,
        ),
    }
}

/// The desk's response hours for a severity, as the guide states them.
pub const SCM_URL: &str = "https://mycase.cloudapps.cisco.com/case";

/// The footnote that contradicts Global TAC's "phone required" for S1/S2 (line 1385): shown beside it.
pub const GLOBAL_SCM_FOOTNOTE: Cited = Cited {
    text: text!("ただし同じページの注記では、シビラティ 1～2 のケースオープンは SCM でも電話でも可能で、エンジニアとのやり取りには電話が使われる (必要に応じて無料の日本語通訳) としています。ガイドの記述が食い違うため、両方を示しています。", "The same page's footnote, however, says severity 1–2 cases can be opened through SCM or by phone, with the engineer then working by phone (a free Japanese interpreter if needed). The guide contradicts itself here, so both are shown."),
    source: services("Global TAC (英語) のサポートを受ける", 1385, 1387),
};
