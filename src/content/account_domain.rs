//! The Smart Account domain tool's words, from 002_bf66f745e37d1da0.txt:
//! the Account Domain table (2-2, lines 416–423), creating a prefixed account (2-3, lines 476–560),
//! approving it (2-4, lines 637–718), "Use a Different Domain" (2-3 TIP MEMO, lines 519–521),
//! the password rule (1-2, line 146), company information (1-3, lines 194–240), and the contacts on the
//! back cover (lines 886–906).

use super::{Guide, Source};
use crate::domain::account_domain::{Step, SyntaxError, Verdict, MAX_LABEL, MAX_NAME};
use crate::domain::account_readiness::{CharClass, PhoneError, PASSWORD_MAX, PASSWORD_MIN};
use crate::domain::lang::Lang;
use crate::i18n::Text;

pub const TABLE_SOURCE: Source = Source {
    guide: Guide::SmartAccount,
    section: "2-2 スマートアカウントを作成する",
    lines: (402, 423),
};

/// The verdict's headline, and which row of the guide's table it is.
pub fn verdict_title(verdict: &Verdict) -> Text {
    match verdict {
        Verdict::Default => Text {
            ja: "使用できます (デフォルト: メールアドレスのドメインと一致)",
            en: "Allowed (the default: the same as the e-mail domain)",
        },
        Verdict::NeedsApproval { .. } => Text {
            ja: "使用できます。ただし、既存のプレフィクスなしスマートアカウント管理者の承認が必要です",
            en: "Allowed, once the admin of the existing un-prefixed Smart Account approves",
        },
        Verdict::NotContained { .. } => Text {
            ja: "使用できません (メールアドレスのドメインが Account Domain に含まれない)",
            en: "Not allowed (the e-mail domain is not contained in the Account Domain)",
        },
        Verdict::NeedsApplication { .. } => Text {
            ja: "このままでは使用できません (ドメイン変更: シスコへの申請と承認が必要)",
            en: "Not allowed as it is (a different domain: needs an application to Cisco and its approval)",
        },
    }
}

/// The guide's table row (1–4) the verdict comes from.
pub const fn table_row(verdict: &Verdict) -> u8 {
    match verdict {
        Verdict::Default => 1,
        Verdict::NeedsApproval { .. } => 2,
        Verdict::NotContained { .. } => 3,
        Verdict::NeedsApplication { .. } => 4,
    }
}

pub fn table_row_label(lang: Lang, verdict: &Verdict) -> String {
    let row = table_row(verdict);
    match lang {
        Lang::Ja => format!("ガイド「2-2」の Account Domain の表、{row} 行目"),
        Lang::En => format!("The guide's Account Domain table (2-2), row {row}"),
    }
}

pub fn verdict_explanation(
    lang: Lang,
    verdict: &Verdict,
    email_domain: &str,
    account: &str,
) -> String {
    match (lang, verdict) {
        (Lang::Ja, Verdict::Default) => format!("{account} はメールアドレスのドメイン (@{email_domain}) と同じです。スマートアカウント作成時のデフォルトです。"),
        (Lang::En, Verdict::Default) => format!("{account} is the domain of your e-mail address (@{email_domain}): the default when you create the Smart Account."),
        (Lang::Ja, Verdict::NeedsApproval { prefix, base }) => format!("{account} は @{email_domain} のドメイン {base} にプレフィクス「{prefix}」を付けたものです。プレフィクスなしのスマートアカウント ({base}) の管理者が承認するまで、作成は保留 (Pending) になります。"),
        (Lang::En, Verdict::NeedsApproval { prefix, base }) => format!("{account} is your e-mail domain {base} with the prefix \"{prefix}\" in front. The creation stays pending until the admin of the un-prefixed Smart Account ({base}) approves it."),
        (Lang::Ja, Verdict::NotContained { parent: Some(parent), .. }) => format!("{account} は @{email_domain} のドメインを含みません (上位のドメインです)。{parent} のスマートアカウントは、@{parent} のメールアドレスを持つ方が作成できます。"),
        (Lang::En, Verdict::NotContained { parent: Some(parent), .. }) => format!("{account} does not contain your e-mail domain {email_domain} (it is a parent domain). A Smart Account for {parent} can be created by someone with an @{parent} address."),
        (Lang::Ja, Verdict::NotContained { parent: None, .. }) => format!("{account} は @{email_domain} のドメインを含みません。プレフィクスは、メールアドレスのドメインの前にだけ付けられます。"),
        (Lang::En, Verdict::NotContained { parent: None, .. }) => format!("{account} does not contain your e-mail domain {email_domain}. A prefix can only go in front of your e-mail domain."),
        (Lang::Ja, Verdict::NeedsApplication { .. }) => format!("{account} は @{email_domain} とは別のドメインです。Account Domain 自体の変更として、シスコへの申請と承認が必要です。"),
        (Lang::En, Verdict::NeedsApplication { .. }) => format!("{account} is a different domain from @{email_domain}. Changing the Account Domain itself needs an application to Cisco and Cisco's approval."),
    }
}

pub const ALTERNATIVES_HEADING: Text = Text {
    ja: "代わりに使用できるドメイン",
    en: "Domains you can use instead",
};
pub const ANY_PREFIX_NOTE: Text = Text {
    ja: "または、任意のプレフィクスを付けたドメイン (例: jp.{domain}、管理者の承認が必要)",
    en: "or the domain with a prefix of your choice (for example jp.{domain}, with the admin's approval)",
};

/// What happens for a prefixed domain, step by step (2-3 steps 4–14, 2-4 steps 1–16).
pub const APPROVAL_STEPS: &[Text] = &[
    Text {
        ja: "作成の前に、プレフィクスなしのスマートアカウントの管理者 (たとえば本社の管理者) に相談しておきます (ガイドの推奨)。",
        en: "Before you create it, talk to the admin of the un-prefixed Smart Account (for example at head office), as the guide recommends.",
    },
    Text {
        ja: "「Create a Smart Account」で [Account Domain] の [Edit] → [Add a Prefix to the Domain] を選び、[Prefix] と [Note to Cisco Approver] (管理者へのメッセージ) を入力して作成します。",
        en: "In \"Create a Smart Account\", choose [Edit] on [Account Domain] → [Add a Prefix to the Domain], enter the [Prefix] and a [Note to Cisco Approver] for the admin, and create the account.",
    },
    Text {
        ja: "「Smart Account Request Pending」と表示され、あなたと管理者に保留中を知らせるメール (件名 Cisco Smart Account Setup Pending…) が送られます。",
        en: "\"Smart Account Request Pending\" appears, and you and the admin receive an e-mail that the creation is pending (subject: Cisco Smart Account Setup Pending…).",
    },
    Text {
        ja: "管理者は Cisco Software Central → [スマートアカウントの管理] → [アカウントリクエスト] タブ → [Account Requests] → 該当行の [Pending] → [Approve] → [Submit] で承認します。",
        en: "The admin approves in Cisco Software Central → [Manage Smart Account] → [Account Requests] tab → [Account Requests] → [Pending] on the request's row → [Approve] → [Submit].",
    },
    Text {
        ja: "承認されると、あなたのメールアドレスに作成完了のメールが届きます。届かない場合、または承認を得られない場合は、下記の窓口に問い合わせます。",
        en: "Once approved, you receive an e-mail that the account is ready. If it does not come, or the admin will not approve, contact Cisco (below).",
    },
];

/// Applying for another domain (2-3 TIP MEMO).
pub const APPLICATION_STEPS: &[Text] = &[
    Text {
        ja: "[Account Domain] の [Edit] で [Use a Different Domain] を選ぶと、Account Domain 自体の変更をシスコに申請できます。",
        en: "Choosing [Use a Different Domain] under [Edit] on [Account Domain] applies to Cisco to change the Account Domain itself.",
    },
    Text { ja: "変更理由は英語で記入します。", en: "Write the reason for the change in English." },
    Text {
        ja: "シスコからの連絡を待ちます。1 週間が経過しても連絡がない場合は、下記の窓口に問い合わせます。",
        en: "Wait for Cisco's reply. If none comes within a week, contact Cisco (below).",
    },
];

/// Back cover: Smart Account and Smart Licensing inquiries.
pub const CONTACT: Text = Text {
    ja: "シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ: japan-tac@cisco.com、電話 0120-608-802 (フリーダイヤル、平日 9:00～17:00)。",
    en: "Smart Account and Smart Licensing inquiries: japan-tac@cisco.com, phone 0120-608-802 (toll-free in Japan, weekdays 09:00–17:00).",
};

pub const FREE_MAIL_WARNING: Text = Text {
    ja: "フリーメールのドメインのようです。シスコ アカウントにはビジネス用のメールアドレスが推奨されており、メールアドレスのドメインがスマートアカウントのドメインになります。",
    en: "This looks like a free-mail domain. The guide recommends a business address for the Cisco account, and the e-mail's domain becomes the Smart Account's domain.",
};

pub fn step(lang: Lang, step: &Step) -> String {
    match (lang, step) {
        (Lang::Ja, Step::Trimmed) => "前後の空白を削除しました。".to_owned(),
        (Lang::En, Step::Trimmed) => "Removed spaces at the start and end.".to_owned(),
        (Lang::Ja, Step::FullWidthToAscii) => "全角文字を半角に変換しました。".to_owned(),
        (Lang::En, Step::FullWidthToAscii) => {
            "Converted full-width characters to half-width.".to_owned()
        }
        (Lang::Ja, Step::LowerCased) => {
            "小文字にそろえました (ドメインは大文字と小文字を区別しません)。".to_owned()
        }
        (Lang::En, Step::LowerCased) => {
            "Lower-cased it (domains are not case-sensitive).".to_owned()
        }
        (Lang::Ja, Step::TrailingDotRemoved) => "末尾のドット (.) を削除しました。".to_owned(),
        (Lang::En, Step::TrailingDotRemoved) => "Removed the trailing dot.".to_owned(),
        (Lang::Ja, Step::ToAscii { unicode, ascii }) => {
            format!("国際化ドメイン名 {unicode} を ASCII 形式 {ascii} で比較します。")
        }
        (Lang::En, Step::ToAscii { unicode, ascii }) => {
            format!("Compares the internationalised name {unicode} in its ASCII form, {ascii}.")
        }
    }
}

pub fn syntax_error(lang: Lang, error: &SyntaxError) -> String {
    match (lang, error) {
        (Lang::Ja, SyntaxError::Empty) => "入力してください。".to_owned(),
        (Lang::En, SyntaxError::Empty) => "Required.".to_owned(),
        (Lang::Ja, SyntaxError::NoAt) => "メールアドレスに @ がありません。".to_owned(),
        (Lang::En, SyntaxError::NoAt) => "The e-mail address has no @.".to_owned(),
        (Lang::Ja, SyntaxError::SeveralAt) => "@ は 1 つだけにしてください。".to_owned(),
        (Lang::En, SyntaxError::SeveralAt) => "Use only one @.".to_owned(),
        (Lang::Ja, SyntaxError::EmptyLocalPart) => "@ の前 (ユーザー名) がありません。".to_owned(),
        (Lang::En, SyntaxError::EmptyLocalPart) => "Nothing before the @.".to_owned(),
        (Lang::Ja, SyntaxError::EmptyLabel) => "ドットが連続しているか、先頭がドットです (例: a..b)。".to_owned(),
        (Lang::En, SyntaxError::EmptyLabel) => "Two dots in a row, or a dot at the start (as in a..b).".to_owned(),
        (Lang::Ja, SyntaxError::LabelTooLong { label }) => format!("ドット間の各部分は {MAX_LABEL} 文字以内です ({} 文字: {label})。", label.len()),
        (Lang::En, SyntaxError::LabelTooLong { label }) => format!("Each part between dots can have at most {MAX_LABEL} characters ({} in {label}).", label.len()),
        (Lang::Ja, SyntaxError::NameTooLong { length }) => format!("ドメイン名は {MAX_NAME} 文字以内です ({length} 文字)。"),
        (Lang::En, SyntaxError::NameTooLong { length }) => format!("A domain name can have at most {MAX_NAME} characters (this has {length})."),
        (Lang::Ja, SyntaxError::LeadingHyphen { label }) => format!("「{label}」: ハイフンで始めることはできません。"),
        (Lang::En, SyntaxError::LeadingHyphen { label }) => format!("\"{label}\": a part cannot start with a hyphen."),
        (Lang::Ja, SyntaxError::TrailingHyphen { label }) => format!("「{label}」: ハイフンで終わることはできません。"),
        (Lang::En, SyntaxError::TrailingHyphen { label }) => format!("\"{label}\": a part cannot end with a hyphen."),
        (Lang::Ja, SyntaxError::BadCharacter { character: ' ' }) => "空白は使えません。".to_owned(),
        (Lang::En, SyntaxError::BadCharacter { character: ' ' }) => "Spaces are not allowed.".to_owned(),
        (Lang::Ja, SyntaxError::BadCharacter { character }) => format!("「{character}」は使えません (英数字、ハイフン、ドットのみ)。"),
        (Lang::En, SyntaxError::BadCharacter { character }) => format!("\"{character}\" is not allowed (letters, digits, hyphens and dots only)."),
        (Lang::Ja, SyntaxError::BadInternationalName) => "国際化ドメイン名として正しくありません。".to_owned(),
        (Lang::En, SyntaxError::BadInternationalName) => "Not a valid internationalised domain name.".to_owned(),
        (Lang::Ja, SyntaxError::SingleLabel { name }) => format!("「{name}」だけではドメインになりません (例: cisco.com)。"),
        (Lang::En, SyntaxError::SingleLabel { name }) => format!("\"{name}\" alone is not a domain (for example cisco.com)."),
        (Lang::Ja, SyntaxError::PublicSuffix { name }) => format!("「{name}」は誰でも登録に使う共通の部分 (パブリックサフィックス) で、組織のドメインではありません。"),
        (Lang::En, SyntaxError::PublicSuffix { name }) => format!("\"{name}\" is a public suffix anyone registers under, not an organisation's domain."),
    }
}

pub fn password_summary(
    lang: Lang,
    length: usize,
    missing: &[CharClass],
    not_half_width: bool,
) -> Vec<String> {
    let mut lines = Vec::new();
    let length_ok = (PASSWORD_MIN..=PASSWORD_MAX).contains(&length);
    lines.push(match (lang, length_ok) {
        (Lang::Ja, true) => format!("長さ: {length} 文字 ({PASSWORD_MIN}～{PASSWORD_MAX} 文字) ✓"),
        (Lang::En, true) => {
            format!("Length: {length} characters ({PASSWORD_MIN}–{PASSWORD_MAX}) ✓")
        }
        (Lang::Ja, false) => {
            format!("長さ: {length} 文字。{PASSWORD_MIN}～{PASSWORD_MAX} 文字にしてください。")
        }
        (Lang::En, false) => {
            format!("Length: {length} characters. Use {PASSWORD_MIN} to {PASSWORD_MAX}.")
        }
    });
    for class in missing {
        lines.push(match (lang, class) {
            (Lang::Ja, CharClass::Upper) => "英大文字 (A–Z) がありません。".to_owned(),
            (Lang::En, CharClass::Upper) => "No upper-case letter (A–Z).".to_owned(),
            (Lang::Ja, CharClass::Lower) => "英小文字 (a–z) がありません。".to_owned(),
            (Lang::En, CharClass::Lower) => "No lower-case letter (a–z).".to_owned(),
            (Lang::Ja, CharClass::Digit) => "数字 (0–9) がありません。".to_owned(),
            (Lang::En, CharClass::Digit) => "No digit (0–9).".to_owned(),
            (Lang::Ja, CharClass::Symbol) => "記号 (! # $ % など) がありません。".to_owned(),
            (Lang::En, CharClass::Symbol) => "No symbol (such as ! # $ %).".to_owned(),
        });
    }
    if not_half_width {
        lines.push(Text { ja: "全角文字などが含まれています。半角英数字と記号を使ってください。", en: "It has full-width or other non-ASCII characters: use half-width letters, digits and symbols." }.get(lang).to_owned());
    }
    lines
}

pub fn phone_error(lang: Lang, error: PhoneError) -> String {
    match (lang, error) {
        (Lang::Ja, PhoneError::Empty) => "入力してください。".to_owned(),
        (Lang::En, PhoneError::Empty) => "Required.".to_owned(),
        (Lang::Ja, PhoneError::BadCharacter(c)) => {
            format!("「{c}」は使えません (数字とハイフン)。")
        }
        (Lang::En, PhoneError::BadCharacter(c)) => {
            format!("\"{c}\" is not allowed (digits and hyphens).")
        }
        (Lang::Ja, PhoneError::NotJapanese) => {
            "日本の電話番号 (0 または +81 で始まる番号) を入力してください。".to_owned()
        }
        (Lang::En, PhoneError::NotJapanese) => {
            "Enter a Japanese number (starting with 0 or +81).".to_owned()
        }
        (Lang::Ja, PhoneError::WrongLength { digits }) => format!(
            "桁数が合いません (先頭の 0 を除いて {digits} 桁。日本の番号は 9 桁か 10 桁です)。"
        ),
        (Lang::En, PhoneError::WrongLength { digits }) => format!(
            "Wrong length ({digits} digits without the leading 0; Japanese numbers have 9 or 10)."
        ),
    }
}

/// What the guide says must be ready before creating a Smart Account (1, 1-2, 1-3, 2-2, 2-3).
pub const READINESS_CHECKLIST: &[Text] = &[
    Text {
        ja: "シスコ アカウント (ビジネス用メールアドレスを推奨)",
        en: "A Cisco account (a business e-mail address is recommended)",
    },
    Text {
        ja: "シスコ アカウントに会社名を英語で登録",
        en: "The company name registered in English on the Cisco account",
    },
    Text {
        ja: "会社の住所を英語で登録 (郵便番号、都道府県、市区町村、番地)",
        en: "The company address registered in English (postcode, prefecture, city, street)",
    },
    Text {
        ja: "会社の電話番号を先頭の 0 を省いて登録",
        en: "The company phone number registered without its leading 0",
    },
    Text {
        ja: "他のスマートアカウントと重複しないアカウント名 (Account Name)",
        en: "An Account Name no other Smart Account uses",
    },
    Text {
        ja: "本社の住所 (Headquarters)",
        en: "The head-office address (Headquarters)",
    },
    Text {
        ja: "プレフィクスを付ける場合: プレフィクスなしのスマートアカウント管理者の了承",
        en: "For a prefix: the agreement of the un-prefixed Smart Account's admin",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verdict_and_error_has_words_in_both_languages() {
        let verdicts = [
            Verdict::Default,
            Verdict::NeedsApproval {
                prefix: "jp".into(),
                base: "cisco.com".into(),
            },
            Verdict::NotContained {
                alternatives: vec![],
                parent: None,
            },
            Verdict::NotContained {
                alternatives: vec![],
                parent: Some("cisco.com".into()),
            },
            Verdict::NeedsApplication {
                alternatives: vec![],
            },
        ];
        for lang in Lang::ALL {
            for verdict in &verdicts {
                assert!(!verdict_title(verdict).get(lang).is_empty());
                assert!(!verdict_explanation(lang, verdict, "cisco.com", "x.cisco.com").is_empty());
            }
        }
        assert_eq!(
            verdict_explanation(Lang::En, &verdicts[3], "sales.cisco.com", "cisco.com"),
            "cisco.com does not contain your e-mail domain sales.cisco.com (it is a parent domain). A Smart Account for cisco.com can be created by someone with an @cisco.com address."
        );
        assert_eq!(
            table_row_label(Lang::Ja, &verdicts[1]),
            "ガイド「2-2」の Account Domain の表、2 行目"
        );
        for text in APPROVAL_STEPS
            .iter()
            .chain(APPLICATION_STEPS)
            .chain(READINESS_CHECKLIST)
        {
            assert!(!text.ja.is_empty() && !text.en.is_empty());
        }
        assert_eq!(
            password_summary(Lang::En, 8, &[CharClass::Symbol], false),
            [
                "Length: 8 characters. Use 12 to 60.",
                "No symbol (such as ! # $ %)."
            ]
        );
    }

    #[test]
    fn the_contact_details_are_the_guides() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/reference/002_bf66f745e37d1da0.txt"),
        );
        let Ok(text) = text else { return };
        for fact in [
            "japan-tac@cisco.com",
            "0120-608-802",
            "Use a Different Domain",
            "Add a Prefix to the Domain",
            "Note to Cisco Approver",
        ] {
            assert!(text.contains(fact), "{fact} is not in the guide");
            assert!(
                CONTACT.ja.contains(fact)
                    || APPROVAL_STEPS
                        .iter()
                        .chain(APPLICATION_STEPS)
                        .any(|t| t.en.contains(fact)),
                "{fact} is not shown"
            );
        }
    }
}
