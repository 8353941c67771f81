//! Each tool's title and its one-paragraph description, summarised from the guide.
//! The Japanese follows the guide's wording closely; the English is our translation.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

use super::{Guide, Source};
use crate::i18n::Text;
use crate::rules::contract::tool::Tool;

pub struct ToolInfo {
    pub title: Text,
    pub summary: Text,
    pub source: Source,
}

pub fn info(tool: Tool) -> &'static ToolInfo {
    match tool {
        Tool::Severity => &SEVERITY,
        Tool::Checklist => &CHECKLIST,
        Tool::Delivery => &DELIVERY,
        Tool::AccountDomain => &DOMAIN,
        Tool::EndOfSale => &END_OF_SALE,
    }
}

const SEVERITY: ToolInfo = ToolInfo {
    title: Text { ja: "シビラティの選択", en: "Choosing a severity" },
    summary: Text {
        ja: "TAC の対応時間は、障害の重大度を表すシビラティによって定義されています。シビラティのレベルは TAC とお客様の合意の上で決定します。各シビラティに相当する障害状況は製品により異なるため、製品別のシビラティの例もあわせてご確認ください。",
        en: "TAC's response hours are set by the severity, which expresses how serious a problem is. The severity level is agreed between TAC and the customer. What counts as each severity differs by product, so check the per-product severity examples as well.",
    },
    source: Source { guide: Guide::TechnicalServices, section: "シビラティと TAC 対応時間", lines: (821, 827) },
};

const CHECKLIST: ToolInfo = ToolInfo {
    title: Text { ja: "SR オープン時の必要情報チェックリスト", en: "Service request checklist" },
    summary: Text {
        ja: "サービスリクエスト (SR) のオープンには、シビラティ、契約番号、会社名・住所・ご担当者名 (日本語/英語)、シスコアカウントに登録の E メールアドレス、電話番号、製品設置先住所、製品型番、シリアル番号・サブスクリプション ID 等、件名、障害内容が必要です。原則、SR は 1 事象 1 件で対応し、障害のある製品 (被疑品) を一つ提示します。",
        en: "To open a service request (SR) you need the severity, contract number, company name, address and contact name (in Japanese or English), the e-mail address registered on your Cisco account, a phone number, the installation address, the product ID, the serial number or subscription ID, a subject and a description of the problem. As a rule, one SR covers one issue and names one suspect product.",
    },
    source: Source { guide: Guide::TechnicalServices, section: "サービスリクエスト(SR)オープン時に必要な情報", lines: (878, 903) },
};

const DELIVERY: ToolInfo = ToolInfo {
    title: Text { ja: "交換パーツ到着時刻の計算", en: "Replacement-part delivery window" },
    summary: Text {
        ja: "サービスレベルごとの配送時間は、TAC がパーツ交換が必要と判断し有効な保守契約を確認した後、配送の手配が完了してから配送が完了するまでの時間です。お客様からの連絡を受け付けてからの時間ではありません。また、TAC の対応時間はサービスレベルによらず、シビラティによって決まります。",
        en: "The delivery time of each service level runs from when TAC, having decided that a part must be replaced and confirmed a valid support contract, completes the dispatch arrangement, until the delivery is complete. It does not run from when you first contact TAC. TAC's response hours are set by the severity, not by the service level.",
    },
    source: Source { guide: Guide::TechnicalServices, section: "2-5. 交換パーツの配送・現地での設置作業", lines: (1983, 1999) },
};

const DOMAIN: ToolInfo = ToolInfo {
    title: Text { ja: "スマートアカウントのドメイン確認", en: "Smart Account domain check" },
    summary: Text {
        ja: "スマートアカウントには、お客様組織を識別する「アカウントドメイン」が設定されます。デフォルトでは、作成者がシスコ アカウントに登録したメールアドレスのドメイン (例: cisco.com) が使われます。組織全体で同じドメインを使う場合は、重複しないようにプレフィクスを追加して (例: jp.cisco.com) 組織の一部のスマートアカウントを作成します。",
        en: "A Smart Account has an Account Domain that identifies the customer's organisation. By default it is the domain of the e-mail address the creator registered on their Cisco account (for example cisco.com). Where the whole organisation uses one domain, a part of it creates its own Smart Account by adding a prefix so the domains do not clash (for example jp.cisco.com).",
    },
    source: Source { guide: Guide::SmartAccount, section: "スマートアカウントの作成に関する制限事項について", lines: (78, 81) },
};

const END_OF_SALE: ToolInfo = ToolInfo {
    title: Text { ja: "販売終了後のサポート期間", en: "Support after end of sale" },
    summary: Text {
        ja: "原則として、製品の販売終了日以降、ハードウェアの問題については 5 年間、オペレーティング システムの問題については 3 年間、アプリケーション ソフトウェアの問題については 2 年間、引き続き TAC にアクセスできます。EoSM 日を過ぎたソフトウェアのサポートは限定的な対応になります。",
        en: "As a rule, after a product's end-of-sale date TAC can still be reached for 5 years for hardware problems, 3 years for the operating system and 2 years for application software. Software past its EoSM date gets limited support.",
    },
    source: Source { guide: Guide::TechnicalServices, section: "サービス終了", lines: (2549, 2559) },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_has_content_in_both_languages() {
        for tool in Tool::ALL {
            let info = info(tool);
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
        for tool in Tool::ALL {
            let source = info(tool).source;
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
