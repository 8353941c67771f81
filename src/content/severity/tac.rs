//! The severity tool's desks: Japan TAC and Global TAC (hours, how to open a request, numbers,
//! escalation and the notes that apply), and the Smart Account desk's hours and contacts (002 back
//! cover); the desks' names and sources, which the checklist shares, are `content::desks`. Source: 000_aa25d047744acda8.txt — "シビラティと TAC 対応時間" (lines 821–861),
//! "Japan TAC (日本語) のサポートを受ける" (lines 1203–1296), "Global TAC (英語) のサポートを受ける"
//! (lines 1349–1392).

use crate::content::desks::desk_name;
use crate::content::{services, Cited, Reading, Source};
use time::PrimitiveDateTime;

use crate::i18n::{format, tr, Key};
use crate::i18n::{text, Text};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{Availability, Question};

pub const fn hours(desk: Desk, severity: Severity) -> Text {
    match (desk, severity) {
        (Desk::SmartAccount, _) => text!("平日 9:00～17:00", "Weekdays 09:00–17:00"),
        (_, Severity::S1) => text!("24 時間 365 日", "24 hours a day, 365 days a year"),
        (Desk::Japan, _) => text!("シスコの標準営業時間 月～金 9:00～17:00 (土日祝日、シスコが定めた休日を除く)。営業時間外は翌営業日に連絡", "Cisco business hours, Mon–Fri 09:00–17:00 (except weekends, holidays and Cisco holidays); outside them, they contact you on the next business day"),
        (Desk::Global, Severity::S2) => text!("営業地域のシスコの標準営業時間。お客様のご要望に応じて 24 時間 365 日 (ベストエフォート) で対応", "The region's Cisco business hours; around the clock (best effort) if you ask for it"),
        (Desk::Global, _) => text!("営業地域のシスコの標準営業時間。営業時間外は翌営業日に連絡", "The region's Cisco business hours; outside them, they contact you on the next business day"),
    }
}

/// `right_now` for one desk at the moment `now` was read, with its cautious literal reading; `None`
/// for a desk `now` does not cover.
pub fn right_now_for(
    lang: Lang,
    now: &crate::rules::severity::DesksNow,
    desk: Desk,
) -> Option<String> {
    now.get(desk)
        .map(|availability| right_now(lang, now.at, availability, now.literal_for(desk)))
}

/// Said under the answer when some of the company holidays the host page sets cannot be read (the
/// guide has no list of them: the page's own setting, `data-company-holidays`).
pub fn unread_company_holidays(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Ja => std::format!("このページが指定する会社休日のうち {count} 件を読み取れなかったため、受付状況の判断に含めていません。"),
        Lang::En => std::format!("{count} of the company holidays this page sets could not be read, so whether a desk is answering leaves them out."),
    }
}

/// One way to reach a TAC desk, as the "what to do now" card offers it (lines 1224–1231, 1371–1379).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// A number as the guide writes it, with what it is for.
    Call {
        number: &'static str,
        label: Text,
    },
    Mail {
        address: &'static str,
    },
    /// Support Case Manager, and the queue to choose in it.
    Scm {
        choose: Text,
    },
}

/// The desk's ways in, in the guide's order.
pub const fn reaches(desk: Desk) -> &'static [Reach] {
    match desk {
        Desk::Japan => &[
            Reach::Scm {
                choose: text!(
                    "「日本語サポート Japan TAC」を選択",
                    "choose \"日本語サポート Japan TAC\""
                ),
            },
            Reach::Mail {
                address: "japan-tac@cisco.com",
            },
            Reach::Call {
                number: "0120-608-802",
                label: text!("Japan TAC に電話", "Call Japan TAC"),
            },
        ],
        Desk::Global => &[
            Reach::Scm {
                choose: text!("「Global TAC 24x7」を選択", "choose \"Global TAC 24x7\""),
            },
            Reach::Call {
                number: "0066-33-800-926",
                label: text!("Global TAC に電話", "Call Global TAC"),
            },
            Reach::Call {
                number: "03-6434-2042",
                label: text!("Global TAC に電話 (有料)", "Call Global TAC (charged)"),
            },
        ],
        Desk::SmartAccount => &[],
    }
}

/// The first line of the "what to do now" card; `instead` names the partner's own help desk where
/// it stands in for Cisco's contacts.
pub fn next_step(lang: Lang, desk: Desk, severity: Severity, instead: Option<&str>) -> String {
    let s = severity.label();
    let name = instead.unwrap_or(desk_name(desk).get(lang));
    let phone = crate::rules::severity::phone_required(desk, severity);
    match (lang, phone, desk) {
        (Lang::Ja, true, _) => format!("{s}: 今すぐ {name} に電話してください"),
        (Lang::En, true, _) => format!("{s}: call {name} now"),
        (Lang::Ja, false, Desk::Global) => {
            format!("{s}: SCM または電話で {name} に SR をオープンしてください")
        }
        (Lang::En, false, Desk::Global) => {
            format!("{s}: open a service request with {name} through SCM or by phone")
        }
        (Lang::Ja, false, _) => {
            format!("{s}: SCM、E メール、または電話で {name} に SR をオープンしてください")
        }
        (Lang::En, false, _) => {
            format!("{s}: open a service request with {name} through SCM, by e-mail or by phone")
        }
    }
}

/// How to open a request at the desk: tool, e-mail, phone.
pub const fn how_to_open(desk: Desk) -> &'static [Text] {
    match desk {
        Desk::Japan => &[
            text!(
                "Support Case Manager (SCM): 「日本語サポート Japan TAC」を選択",
                "Support Case Manager (SCM): choose \"日本語サポート Japan TAC\""
            ),
            text!(
                "E メール: japan-tac@cisco.com",
                "E-mail: japan-tac@cisco.com"
            ),
            text!("電話: 0120-608-802", "Phone: 0120-608-802"),
        ],
        Desk::Global => &[
            text!(
                "Support Case Manager (SCM): 「Global TAC 24x7」を選択",
                "Support Case Manager (SCM): choose \"Global TAC 24x7\""
            ),
            text!(
                "電話: 0066-33-800-926、03-6434-2042 (有料)",
                "Phone: 0066-33-800-926, 03-6434-2042 (charged)"
            ),
            text!(
                "英語での対応です。電話でのやり取りには無料の日本語通訳サービスを利用できます。",
                "Support is in English; a free Japanese interpreter is available on calls."
            ),
        ],
        Desk::SmartAccount => &[
            text!(
                "E メール: japan-tac@cisco.com",
                "E-mail: japan-tac@cisco.com"
            ),
            text!(
                "電話 (フリーダイヤル): 0120-608-802",
                "Phone (toll-free): 0120-608-802"
            ),
        ],
    }
}

pub const PHONE_REQUIRED: Text = text!(
    "このシビラティでは電話での申請が必須です。",
    "At this severity the request must be opened by phone."
);
pub const REQUESTS_ACCEPTED_ANY_TIME: Text = text!(
    "サービスリクエストの受付は 24 時間行っています。",
    "Service requests are accepted at any hour."
);

pub const ESCALATION_SOURCE: Source = services("問題のエスカレーション", 1273, 1281);
pub const GLOBAL_ESCALATION_SOURCE: Source =
    services("Global TAC (英語) のサポートを受ける", 1353, 1355);
pub const NOT_COVERED_SOURCE: Source = services("TAC サポートに関する注意事項", 850, 873);

/// Where to escalate; the guide names no escalation for the Smart Account desk.
pub const fn escalation(desk: Desk) -> Option<Text> {
    Some(match desk {
        Desk::Japan => text!("エスカレーション (Cisco TAC マネージャー): j-tac-external-escalation@cisco.com (標準営業時間内)、0120-608-802 (標準営業時間内、シビラティ 1 は 24 時間)。SR 番号、エスカレーションの内容、連絡先を伝えます。", "Escalation (Cisco TAC manager): j-tac-external-escalation@cisco.com (business hours), 0120-608-802 (business hours; 24 hours for severity 1). Give the SR number, what to escalate and how to reach you."),
        Desk::Global => text!("エスカレーションは Japan TAC ではなく、Global TAC の電話番号 (0066-33-800-926 / 03-6434-2042) です。", "Escalation goes to Global TAC's phone numbers (0066-33-800-926 / 03-6434-2042), not to Japan TAC."),
        Desk::SmartAccount => return None,
    })
}

/// The notes of "シビラティと TAC 対応時間", shown when they apply.
pub const S1_AVAILABILITY: Cited = Cited {
    text: text!("シビラティ 1 で申請する場合、エンドユーザ様およびパートナー様も 24 時間対応できる必要があります。", "For a severity 1 request, the end user and the partner must also be reachable around the clock."),
    source: services("シビラティと TAC 対応時間", 830, 832),
};
pub const SOLUTION_SUPPORT_CALLBACK: Cited = Cited {
    text: text!("Solution Support 契約: 標準営業時間内のシビラティ 1・2 は 30 分以内に折り返し連絡。Japan TAC の営業時間外は 1 時間以内 (シビラティ 1 のみ)。営業時間外も 30 分以内を希望する場合は Global TAC に申請します。", "Solution Support contracts: severity 1 and 2 get a call back within 30 minutes in business hours. Japan TAC outside business hours: within 1 hour, severity 1 only. For 30 minutes outside hours too, open the request with Global TAC."),
    source: services("シビラティと TAC 対応時間", 834, 840),
};
pub const UCS_OPTION: Cited = Cited {
    text: text!("UCS 製品には、シビラティに関係なく 24 時間 365 日の日本語サポートを提供するサービスもあります。", "For UCS products there is also a service with Japanese support around the clock, whatever the severity."),
    source: services("シビラティと TAC 対応時間", 842, 842),
};
pub const SMALL_BUSINESS: Cited = Cited {
    text: text!("Small Business 製品は問い合わせ先と営業時間が異なります: シスコの営業日 9:00～18:00 に日本語で対応、電話 0066-3381-4058、E メール sbsc-japan-enduser@cisco.com。Global TAC では 24 時間受け付けています (各国のスモールビジネス TAC の連絡先: https://www.cisco.com/c/ja_jp/support/web/tsd-cisco-small-business-support-center-contacts.html)。", "Small Business products have their own contact and hours: Japanese support on Cisco business days 09:00–18:00, phone 0066-3381-4058, e-mail sbsc-japan-enduser@cisco.com. Global TAC takes them around the clock (each country's Small Business TAC: https://www.cisco.com/c/ja_jp/support/web/tsd-cisco-small-business-support-center-contacts.html)."),
    source: services("Small Business 製品のサポートについて", 1242, 1256),
};
pub const WEBEX: Cited = Cited {
    text: text!("Webex Meetings/Webinars、Webex App、Control Hub は窓口が異なります: SCM、電話 0120-339-836 / 03-6434-6780、Webex Chat Assistant (E メールはありません)。日本語のチャット (WCA) は Webex Calling (MPP などの IP 電話機を含む) と Webex Contact Center の問い合わせを受け付けていません。", "Webex Meetings/Webinars, Webex App and Control Hub have their own channels: SCM, phone 0120-339-836 / 03-6434-6780, Webex Chat Assistant (no e-mail). The Japanese chat (WCA) does not take Webex Calling (IP phones such as MPP included) or Webex Contact Center."),
    source: services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1318, 1338),
};

/// The notes of "シビラティと TAC 対応時間" that apply to a severity and a product family (UCS for
/// DC Computing, the Webex desk for Collaboration), then Small Business, which applies to all.
pub fn notes(severity: Severity, family: Option<&str>) -> Vec<Cited> {
    let mut notes = Vec::new();
    if severity == Severity::S1 {
        notes.push(S1_AVAILABILITY);
    }
    if matches!(severity, Severity::S1 | Severity::S2) {
        notes.push(SOLUTION_SUPPORT_CALLBACK);
    }
    match family {
        Some("dc-computing") => notes.push(UCS_OPTION),
        Some("collaboration") => notes.push(WEBEX),
        _ => {}
    }
    notes.push(SMALL_BUSINESS);
    notes
}

/// "Right now (Japan time) `<date>`: answering now", or from when.
pub fn right_now(
    lang: Lang,
    at: PrimitiveDateTime,
    availability: Availability,
    literal: Option<PrimitiveDateTime>,
) -> String {
    let status = match availability {
        Availability::AroundTheClock | Availability::InBusinessHours => {
            tr(lang, Key::AnsweringNow).to_owned()
        }
        Availability::OnRequest { from } => format!(
            "{} {}",
            tr(lang, Key::OnRequestOutsideHours),
            format::date_time(lang, from)
        ),
        Availability::From(from) => format!(
            "{} {}",
            tr(lang, Key::AnsweringFrom),
            format::date_time(lang, from)
        ),
    };
    let cautious = literal
        .map(|literal| {
            format!(
                " {} {}",
                tr(lang, Key::LiteralNextBusinessDay),
                format::date_time(lang, literal)
            )
        })
        .unwrap_or_default();
    format!(
        "{} {}: {status}{cautious}",
        tr(lang, Key::RightNow),
        format::date_time(lang, at)
    )
}

/// Japan TAC S1, Global TAC S1 and S2: the guide's "phone required" (lines 1231, 1377).
pub fn phone_rule(desk: Desk) -> Option<Cited> {
    Some(match desk {
        Desk::Japan => Cited {
            text: PHONE_REQUIRED,
            source: services("Japan TAC (日本語) のサポートを受ける", 1229, 1231),
        },
        Desk::Global => Cited {
            text: PHONE_REQUIRED,
            source: services("Global TAC (英語) のサポートを受ける", 1376, 1377),
        },
        Desk::SmartAccount => return None,
    })
}

/// Opening a Global TAC request by phone (lines 1431–1465).
pub const GLOBAL_PHONE_MENU: &[Cited] = &[
    Cited {
        text: text!("電話のメニュー: 「1」(ネットワークダウンなど緊急) か「3」(新規) でオペレーターにつながります (英語)。2: 既存の Global TAC SR、4: RMA の状況、5: オンサイト FE、8: メニューの再説明、0: 上記以外。", "The phone menu: 1 (urgent, such as a network down) or 3 (new) reaches an operator (in English). 2: an existing Global TAC SR, 4: RMA status, 5: the onsite field engineer, 8: repeat the menu, 0: anything else."),
        source: services("電話で Global TAC に SR をオープンする方法", 1431, 1461),
    },
    Cited {
        text: text!("SR のオープン申請は英語で行います。通訳サービス (無料) も利用できます。", "The request is made in English; a free interpreter service is available."),
        source: services("電話で Global TAC に SR をオープンする方法", 1433, 1465),
    },
];

/// How this tool reads the guide for the desks' hours.
pub const READINGS: &[Reading] = &[
    Reading {
        text: text!("「ただいま受付中です」かどうかは日本時間と日本の祝日で計算し、シスコが定めた休日はガイドに一覧がないため、指定されない限りないものとしています (埋め込み側が会社指定休日を設定できます)。", "\"Answering now\" uses Japan time and Japan's holidays. The guide does not list Cisco's own holidays, so none are assumed unless the page embedding this tool sets them."),
        source: services("Japan TAC (日本語) のサポートを受ける", 1216, 1222),
    },
    Reading {
        text: text!("Global TAC のシビラティ 2 は、営業時間外はお客様が希望した場合だけ 24 時間 (ベストエフォート) で対応するものとして、「ただいま受付中です」とは表示しません。", "Global TAC severity 2 outside business hours is handled around the clock (best effort) only if you ask for it, so it is not shown as \"answering now\"."),
        source: services("Global TAC (英語) のサポートを受ける", 1349, 1364),
    },
    Reading {
        text: text!("Global TAC の「営業地域」の営業時間は、日本の営業時間 (月～金 9:00～17:00、日本の祝日を除く) として計算しています。9:00 と 17:00 ちょうどは営業時間内です。", "Global TAC's \"region's business hours\" are worked out as Japan's (Mon–Fri 09:00–17:00 except Japanese holidays). 09:00 and 17:00 exactly are in hours."),
        source: services("Global TAC (英語) のサポートを受ける", 1364, 1369),
    },
    Reading {
        text: text!("「営業時間外：翌営業日にご連絡いたします」は、営業日の 9:00 より前なら同じ日の 9:00 からと読んでいます。文字どおりの翌営業日 9:00 も「慎重な目安」として並べて表示します。", "\"Outside hours: contacted on the next business day\" is read, before 09:00 on a business day, as from 09:00 that same day. The literal next business day, 09:00, is shown beside it as the cautious answer."),
        source: services("Japan TAC (日本語) のサポートを受ける", 1216, 1222),
    },
];

/// What TAC does not cover ("TAC サポートに関する注意事項", lines 845–861): ask the partner or sales.
pub const NOT_COVERED: &[Text] = &[
    text!("設計の支援 (お客様の要望に沿ったネットワークデザインの支援)", "Design help (network design to your requirements)"),
    text!("設定作成の支援 (コンフィグレーションの作成や、設定後のチューニングの対応など)", "Help writing configuration (creating configurations, tuning after set-up)"),
    text!("セキュリティ/インシデント対応 (正常に機能することで生成されたセキュリティ・アラームや、不正トラフィック・不正アクセスへの対応、端末の紛失・ウィルス感染時の対処方法のご相談など)", "Security or incident response (security alarms raised by products working correctly, unauthorised traffic or access, lost devices, virus infections)"),
];

pub const AGREED_WITH_TAC: Text = text!(
    "シビラティは TAC とお客様の合意の上で決定します。ここでの提案は出発点です。",
    "The severity is finally agreed between you and TAC: this suggestion is a starting point."
);

/// The questions, in plain words.
pub const fn question(question: Question) -> Text {
    match question {
        Question::Production => text!("問題は運用中の環境 (本番環境) で起きていますか?", "Is the problem in a live (production) environment?"),
        Question::InformationOnly => text!("障害は起きておらず、質問だけですか? (ドキュメント、既知の不具合、脆弱性・フィールドノーティス、システムメッセージやコマンド出力、クリア済みのアラートなど)", "Is it only a question, with no failure now? (documentation, a known defect, a vulnerability or field notice, system messages or command output, an alert already cleared)"),
        Question::ServiceDown => text!("サービスが停止したままで、あらゆる手段を試みても復旧しない状態ですか? (冗長化された機器の両系や非冗長の機器がダウン、またはソフトウェアが全く機能しない)", "Has service stopped, with nothing restoring it? (both units of a redundant pair or a non-redundant unit down, or the software not working at all)"),
        Question::RedundancyLost => text!("冗長化された機器の片系がダウンして冗長性が失われている、またはクラスタで多重障害が起きていますか?", "Is one unit of a redundant pair down so redundancy is lost, or has a cluster had multiple failures?"),
        Question::MajorFunction => text!("特定の機能が全く使えない、またはパフォーマンスが大幅に低下した状態が続いていますか?", "Is a specific function completely unusable, or performance badly degraded, and it continues?"),
        Question::Recurring => text!("クラッシュやセッション確立失敗などが頻発している、または重大な影響が出て原因不明・回避策なしで再発のおそれがありますか?", "Are crashes or failed sessions recurring, or was there a serious impact with an unknown cause, no workaround, and a risk it recurs?"),
        Question::RecoveredOutage => text!("過去の障害 (クラッシュやリンクフラップなど) はすでに復旧していて、原因や再発防止策を知りたいですか?", "Has a past outage (a crash, a link flap) already recovered, and you want its cause and how to prevent it?"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        let mut texts = vec![PHONE_REQUIRED, REQUESTS_ACCEPTED_ANY_TIME, AGREED_WITH_TAC];
        texts.extend(
            [
                S1_AVAILABILITY,
                SOLUTION_SUPPORT_CALLBACK,
                UCS_OPTION,
                SMALL_BUSINESS,
                WEBEX,
                crate::content::desks::GLOBAL_SCM_FOOTNOTE,
            ]
            .map(|c| c.text),
        );
        texts.extend(GLOBAL_PHONE_MENU.iter().chain(READINGS).map(|c| c.text));
        for desk in Desk::ALL {
            texts.push(desk_name(desk));
            texts.extend(escalation(desk));
            texts.extend(how_to_open(desk));
            for severity in Severity::ALL {
                texts.push(hours(desk, severity));
            }
        }
        texts.extend(NOT_COVERED);
        texts.extend(Question::ALL.map(question));
        for text in texts {
            assert!(
                !text.ja.trim().is_empty() && !text.en.trim().is_empty(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn notes_follow_the_severity_and_the_family() {
        assert_eq!(
            notes(Severity::S1, None),
            [S1_AVAILABILITY, SOLUTION_SUPPORT_CALLBACK, SMALL_BUSINESS]
        );
        assert_eq!(
            notes(Severity::S2, Some("dc-computing")),
            [SOLUTION_SUPPORT_CALLBACK, UCS_OPTION, SMALL_BUSINESS]
        );
        assert_eq!(
            notes(Severity::S3, Some("collaboration")),
            [WEBEX, SMALL_BUSINESS]
        );
        assert_eq!(notes(Severity::S4, Some("sdwan")), [SMALL_BUSINESS]);
    }

    #[test]
    fn the_right_now_sentence() {
        use time::macros::datetime;
        let at = datetime!(2026-11-21 11:00);
        assert_eq!(
            right_now(Lang::En, at, Availability::OnRequest { from: datetime!(2026-11-24 09:00) }, None),
            "Right now (Japan time) Sat 21 Nov 2026, 11:00: Outside hours. Round the clock (best effort) only if you ask for it; otherwise they contact you from: Tue 24 Nov 2026, 09:00"
        );
        assert_eq!(
            right_now(Lang::Ja, at, Availability::AroundTheClock, None),
            "現在 (日本時間) 2026年11月21日(土) 11:00: ただいま受付中です"
        );
    }

    /// Every number and address shown is in the guide.
    #[test]
    fn numbers_and_addresses_are_the_guides() {
        let guide = crate::content::guide_text(crate::content::Guide::TechnicalServices);
        let shown: String = [
            desk_name(Desk::Japan),
            escalation(Desk::Japan).unwrap_or(PHONE_REQUIRED),
            escalation(Desk::Global).unwrap_or(PHONE_REQUIRED),
            SMALL_BUSINESS.text,
            WEBEX.text,
        ]
        .iter()
        .chain(how_to_open(Desk::Japan))
        .chain(how_to_open(Desk::Global))
        .map(|t| t.en)
        .collect();
        let facts = [
            "japan-tac@cisco.com",
            "0120-608-802",
            "0066-33-800-926",
            "03-6434-2042",
            "j-tac-external-escalation@cisco.com",
            "0066-3381-4058",
            "sbsc-japan-enduser@cisco.com",
            "0120-339-836",
            "03-6434-6780",
        ];
        for fact in facts {
            assert!(guide.contains(fact), "{fact} not in the guide");
            assert!(shown.contains(fact), "{fact} not shown");
        }
    }
}

/// The result card as plain text, for copying (and shown as is on screen).
pub mod card {
    use crate::content::severity::reason_text;
    use crate::i18n::{text, Text};
    use crate::rules::kernel::desk::Desk;
    use crate::rules::kernel::lang::Lang;
    use crate::rules::kernel::severity::Severity;
    use crate::rules::severity::{phone_required, Reason};

    use super::{escalation, hours, how_to_open, PHONE_REQUIRED, S1_AVAILABILITY};
    use crate::content::desks::GLOBAL_SCM_FOOTNOTE;

    pub fn text(
        lang: Lang,
        severity: Severity,
        family: Option<&str>,
        reasons: &[Reason],
        desk: Desk,
        now: Option<&str>,
    ) -> String {
        let label = |text: Text| text.get(lang).to_owned();
        let mut lines = vec![match lang {
            Lang::Ja => format!("シビラティ: {}", severity.label()),
            Lang::En => format!("Severity: {}", severity.label()),
        }];
        if !reasons.is_empty() {
            lines.push(label(text!(
                "理由 (シビラティの例):",
                "Why (the guide's examples):"
            )));
            for reason in reasons {
                if let Some(text) = reason_text(lang, family, *reason) {
                    lines.push(format!("- {text}"));
                }
            }
        }
        lines.push(match lang {
            Lang::Ja => format!("窓口: {}", crate::content::desks::desk_name(desk).get(lang)),
            Lang::En => format!("Desk: {}", crate::content::desks::desk_name(desk).get(lang)),
        });
        lines.push(match lang {
            Lang::Ja => format!("対応時間: {}", hours(desk, severity).get(lang)),
            Lang::En => format!("Hours: {}", hours(desk, severity).get(lang)),
        });
        if let Some(now) = now {
            lines.push(now.to_owned());
        }
        lines.push(label(text!("申請方法:", "How to open:")));
        lines.extend(
            how_to_open(desk)
                .iter()
                .map(|item| format!("- {}", item.get(lang))),
        );
        if phone_required(desk, severity) {
            lines.push(label(PHONE_REQUIRED));
            if desk == Desk::Global {
                lines.push(label(GLOBAL_SCM_FOOTNOTE.text));
            }
        }
        if severity == Severity::S1 {
            lines.push(label(S1_AVAILABILITY.text));
        }
        if let Some(escalation) = escalation(desk) {
            lines.push(label(escalation));
        }
        lines.join("\n")
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_card_reads_as_expected() {
            let reasons = [Reason::Common(crate::rules::severity::Definition {
                severity: Severity::S2,
                index: 0,
            })];
            assert_eq!(
                text(Lang::En, Severity::S2, None, &reasons, Desk::Global, Some("Right now: outside hours")),
                "Severity: S2\n\
                 Why (the guide's examples):\n\
                 - One unit of a redundant pair is down and redundancy stays lost\n\
                 Desk: Global TAC (English)\n\
                 Hours: The region's Cisco business hours; around the clock (best effort) if you ask for it\n\
                 Right now: outside hours\n\
                 How to open:\n\
                 - Support Case Manager (SCM): choose \"Global TAC 24x7\"\n\
                 - Phone: 0066-33-800-926, 03-6434-2042 (charged)\n\
                 - Support is in English; a free Japanese interpreter is available on calls.\n\
                 At this severity the request must be opened by phone.\n\
                 The same page's footnote, however, says severity 1–2 cases can be opened through SCM or by phone, with the engineer then working by phone (a free Japanese interpreter if needed). The guide contradicts itself here, so both are shown.\n\
                 Escalation goes to Global TAC's phone numbers (0066-33-800-926 / 03-6434-2042), not to Japan TAC."
            );
            let ja = text(Lang::Ja, Severity::S1, None, &[], Desk::Japan, None);
            assert!(!ja.contains("定義"), "the guide calls them examples: {ja}");
            let example = crate::rules::severity::ExampleRef::parse("s1-2").map(Reason::Example);
            let family = text(
                Lang::Ja,
                Severity::S1,
                Some("router-switch"),
                &example.into_iter().collect::<Vec<_>>(),
                Desk::Japan,
                None,
            );
            assert!(
                family.starts_with("シビラティ: S1\n理由 (シビラティの例):\n- Router / Switch (IOS / IOS-XE / IOS-XR): 特定の機能が正常に動作しなくなり、エンドユーザ様のサービスに重大な影響を及ぼしている\n"),
                "{family}"
            );
            assert!(ja.starts_with("シビラティ: S1\n窓口: Japan TAC (日本語)\n対応時間: 24 時間 365 日\n申請方法:\n"), "{ja}");
            assert!(ja.contains("電話での申請が必須") && ja.contains("24 時間対応できる必要"));
        }
    }
}
