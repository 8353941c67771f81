//! The pages the guides link to that the tools' visitors need (each tool lists its own, `LINKS` in
//! its content). Every other address in the
//! guides is listed, with the reason it is not shown, in `docs/guide-coverage.md` (a test keeps the
//! two complete).

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

use super::{services, smart_account, GuideLink};
use crate::i18n::{text, Text};

const fn link(label: Text, url: &'static str, source: super::Source) -> GuideLink {
    GuideLink { label, url, source }
}

pub const SCM: GuideLink = link(
    text!("Support Case Manager (SCM)", "Support Case Manager (SCM)"),
    "https://mycase.cloudapps.cisco.com/case",
    services("Japan TAC (日本語) のサポートを受ける", 1224, 1250),
);
pub const SCM_HELP_JA: GuideLink = link(
    text!("SCM ヘルプ (日本語)", "SCM help (Japanese)"),
    "https://www.cisco.com/c/en/us/support/web/tools/scm/help/ja-JP/index.html",
    services("Japan TAC (日本語) のサポートを受ける", 1225, 1251),
);
pub const SCM_HELP_EN: GuideLink = link(
    text!("SCM ヘルプ (英語)", "SCM help (English)"),
    "https://www.cisco.com/c/en/us/support/web/tools/scm/help/index.html",
    services("Japan TAC (日本語) のサポートを受ける", 1225, 1252),
);
pub const CASE_GUIDE: GuideLink = link(
    text!("サポートケースガイド", "Support case guide"),
    "https://www.cisco.com/c/ja_jp/support/local-tac-guide.html",
    services("Japan TAC (日本語) のサポートを受ける", 1233, 1254),
);
pub const GLOBAL_CASE_OPEN: GuideLink = link(text!("Global TAC への SR オープン方法 (PDF)", "Opening an SR with Global TAC (PDF)"), "https://www.cisco.com/c/dam/global/ja_jp/support/loc-tac-guide/pdf/global-tac-case-open-guide.pdf", services("Global TAC (英語) のサポートを受ける", 1382, 1446));
pub const WCA_GUIDE: GuideLink = link(
    text!(
        "Webex Chat Assistant (WCA) ご利用ガイド",
        "Webex Chat Assistant (WCA) guide"
    ),
    "https://community.cisco.com/t5/-/-/ta-p/4973796",
    services(
        "Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて",
        1328,
        1344,
    ),
);
pub const WEBEX_CALLING: GuideLink = link(
    text!(
        "Webex Calling に関するお問い合わせ方法",
        "How to ask about Webex Calling"
    ),
    "https://community.cisco.com/t5/-/-/ta-p/4164748#toc-hId--555742655",
    services(
        "Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて",
        1336,
        1345,
    ),
);
pub const WEBEX_CONTACT_CENTER: GuideLink = link(
    text!(
        "Webex Contact Center に関するお問い合わせ方法",
        "How to ask about Webex Contact Center"
    ),
    "https://community.cisco.com/t5/-/-/ta-p/4996494#toc-hId--2131336497",
    services(
        "Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて",
        1338,
        1346,
    ),
);
pub const SIP_URI: GuideLink = link(
    text!("SIP URI の確認方法", "How to find the SIP URI"),
    "https://community.cisco.com/t5/-/-/ta-p/4002921",
    services("コラボレーション", 1038, 1114),
);
pub const INTERSIGHT_LICENSES: GuideLink = link(
    text!("Intersight のライセンス", "Intersight licences"),
    "https://community.cisco.com/t5/-/-/ta-p/4103182",
    services("データセンター", 1090, 1115),
);
pub const TROUBLESHOOTING: GuideLink = link(
    text!(
        "トラブルシューティングドキュメント",
        "Troubleshooting documents"
    ),
    "https://community.cisco.com/t5/-/-/ta-p/3162064",
    services("Japan TAC にお問い合わせいただく時に必要な情報", 1169, 1196),
);
pub const SR_COLLECTION: GuideLink = link(
    text!(
        "よくある問題と解決方法 (TAC SR Collection)",
        "Common problems and solutions (TAC SR Collection)"
    ),
    "https://community.cisco.com/t5/-/-/ta-p/3186556",
    services("Japan TAC にお問い合わせいただく時に必要な情報", 1179, 1197),
);
pub const BUG_SEARCH: GuideLink = link(
    text!("Bug Search Tool", "Bug Search Tool"),
    "https://bst.cloudapps.cisco.com/bugsearch/",
    services("Japan TAC にお問い合わせいただく時に必要な情報", 1179, 1198),
);
pub const LRP: GuideLink = link(
    text!(
        "Access LRP (ライセンスリホスト)",
        "Access LRP (licence re-host)"
    ),
    "https://software.cisco.com/software/swift/lrp/#/pak",
    services("機器交換時のライセンス付け替え", 2402, 2473),
);
pub const UCS_24X7: GuideLink = link(
    text!(
        "UCS 製品の 24 時間 365 日日本語サポート",
        "Japanese support around the clock for UCS"
    ),
    "https://www.cisco.com/c/ja_jp/services/technical/smart-net-total-care-ucs.html",
    services("シビラティと TAC 対応時間", 842, 860),
);
pub const WEBEX_SD_EN: GuideLink = link(text!("Cisco Webex: Software Support サービスディスクリプション (英語)", "Cisco Webex: Software Support service description (English)"), "https://www.cisco.com/c/dam/en_us/about/doing_business/docs/cisco-software-support-service.pdf", services("シビラティと TAC 対応時間", 844, 861));
pub const WEBEX_SD_JA: GuideLink = link(text!("Cisco Webex: Software Support サービスディスクリプション (日本語参考訳)", "Cisco Webex: Software Support service description (Japanese reference translation)"), "https://www.cisco.com/c/dam/global/ja_jp/about/doing-business/legal/service-descriptions/docs/SD-cisco-software-support-service_JP.pdf", services("シビラティと TAC 対応時間", 844, 862));
pub const SAM: GuideLink = link(
    text!(
        "Service Availability Matrix (SAM)",
        "Service Availability Matrix (SAM)"
    ),
    "http://samccx.cloudapps.cisco.com/apidc/sam/search.do",
    services("サービスレベルとパーツ配送時間", 2157, 2168),
);
pub const SNTC: GuideLink = link(
    text!(
        "Smart Net Total Care (SNTC) のページ",
        "The Smart Net Total Care (SNTC) page"
    ),
    "https://www.cisco.com/c/ja_jp/services/technical/smart-net-total-care.html",
    services("サービスレベルとパーツ配送時間", 2161, 2169),
);
pub const HEAVY_PARTS: GuideLink = link(
    text!("重量パーツリスト (Excel)", "Heavy-parts list (Excel)"),
    "https://www.cisco.com/c/dam/global/ja_jp/support/loc-tac-guide/doc/heavy-parts.xlsx",
    services("サービスレベルとパーツ配送時間", 2161, 2170),
);
pub const UCS_SERVICE: GuideLink = link(text!("UCS 向け サポート サービス概要 (PDF)", "UCS support service overview (PDF)"), "https://www.cisco.com/c/dam/global/ja_jp/partners/support/ucs-service-endcustomer-2t-partner.pdf", services("お客様に実施頂く作業", 2276, 2370));
pub const PROFILE: GuideLink = link(
    text!(
        "プロフィール管理 (住所の登録)",
        "Profile Management (registering the address)"
    ),
    "https://rpa.cloudapps.cisco.com/rpa/profile/profile_management.do",
    smart_account(
        "シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ先",
        919,
        923,
    ),
);
pub const SMART_ACCOUNTS: GuideLink = link(
    text!(
        "シスコ スマートアカウント ポータルサイト",
        "Cisco Smart Accounts portal"
    ),
    "https://www.cisco.com/jp/go/smart-accounts",
    smart_account("シスコ スマートアカウント Web サイト", 925, 933),
);
pub const SMART_ACCOUNT_DOCS: GuideLink = link(
    text!(
        "シスコ スマートアカウント関連資料集",
        "Cisco Smart Account documents"
    ),
    "https://www.cisco.com/c/ja_jp/products/software/smart-accounts/smart-accounts-documents.html",
    smart_account("シスコ スマートアカウント Web サイト", 937, 939),
);
pub const SOFTWARE_CENTRAL: GuideLink = link(
    text!(
        "Cisco Software Central (CSC)",
        "Cisco Software Central (CSC)"
    ),
    "https://software.cisco.com/",
    // 2-1 (creating the account) names it; 3-1 (line 827) again for the management tools.
    smart_account("Cisco Software Central (CSC) にアクセスする", 380, 390),
);

/// A link's address as the guides may write it: no scheme, no closing slash (the Smart Account
/// guide writes "software.cisco.com").
#[cfg(test)]
pub(crate) fn bare_address(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

#[cfg(all(test, feature = "app"))]
mod tests {
    use super::*;
    use crate::content::guide_text;

    #[test]
    fn every_link_is_the_guides() {
        for (_, _, links) in crate::content::every_tool() {
            for link in links {
                let address = bare_address(link.url);
                assert!(
                    guide_text(link.source.guide).contains(address),
                    "{} is not in {:?}",
                    link.url,
                    link.source.guide
                );
                assert!(!link.label.ja.is_empty() && !link.label.en.is_empty());
            }
        }
    }
}
