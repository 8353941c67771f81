//! The Smart Account domain tool's words, from 002_bf66f745e37d1da0.txt:
//! the Account Domain table (2-2, lines 416–423), creating a prefixed account (2-3, lines 476–560),
//! approving it (2-4, lines 637–718), "Use a Different Domain" (2-3 TIP MEMO, lines 519–521),
//! the password rule (1-2, line 146), company information (1-3, lines 194–240), and the contacts on the
//! back cover (lines 886–906).

use super::{smart_account, Cited, Guide, Reading, Source};
use crate::content::tools::ToolInfo;
use crate::content::{links, GuideLink};
use crate::i18n::{text, Text};
use crate::rules::account_domain::readiness::{CharClass, PASSWORD_MAX, PASSWORD_MIN};
use crate::rules::account_domain::Verdict;
use crate::rules::kernel::address::{Step, SyntaxError, MAX_LABEL, MAX_NAME};
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::phone::{PhoneError, PhoneWarning};

pub const TABLE_SOURCE: Source = Source {
    guide: Guide::SmartAccount,
    section: "2-2 スマートアカウントを作成する",
    lines: (402, 423),
};

/// The verdict's headline.
pub fn verdict_title(verdict: &Verdict) -> Text {
    match verdict {
        Verdict::Default => text!("使用できます (デフォルト: メールアドレスのドメインと一致)。ただし、組織の別のスマートアカウントがすでにこのドメインを使っている場合は、プレフィクスの追加が必要です", "Allowed (the default: the same as the e-mail domain), unless another Smart Account of your organisation already uses this domain: then a prefix is needed"),
        Verdict::NeedsApproval { .. } => text!("使用できます。ただし、既存のプレフィクスなしスマートアカウント管理者の承認が必要です", "Allowed, once the admin of the existing un-prefixed Smart Account approves"),
        Verdict::NotByPrefix { .. } => text!("申請が必要です: 「Use a Different Domain」でシスコに申請し、承認されれば使用できます (プレフィクスの追加では作れません)", "Needs an application: apply to Cisco with \"Use a Different Domain\", and it can be used once Cisco approves (adding a prefix cannot give it)"),
    }
}

pub fn table_row_label(lang: Lang, verdict: &Verdict) -> String {
    match (lang, verdict.rows()) {
        (Lang::Ja, [row]) => format!("ガイド「2-2」の Account Domain の表、{row} 行目"),
        (Lang::En, [row]) => format!("The guide's Account Domain table (2-2), row {row}"),
        (Lang::Ja, _) => "ガイド「2-2」の Account Domain の表、3 行目 (プレフィクス追加) と 4 行目 (ドメイン変更)".to_owned(),
        (Lang::En, _) => "The guide's Account Domain table (2-2), row 3 (adding a prefix) and row 4 (changing the domain)".to_owned(),
    }
}

pub fn verdict_explanation(
    lang: Lang,
    verdict: &Verdict,
    email_domain: &str,
    account: &str,
) -> String {
    match (lang, verdict) {
        (Lang::Ja, Verdict::Default) => format!("{account} はメールアドレスのドメイン (@{email_domain}) と同じです。スマートアカウント作成時のデフォルトです。グループ企業や支社などで、同じドメインのスマートアカウントが組織内にすでにある場合は、アカウントドメインが重複しないようにプレフィクスを追加します (例: jp.{account})。"),
        (Lang::En, Verdict::Default) => format!("{account} is the domain of your e-mail address (@{email_domain}): the default when you create the Smart Account. Where your organisation (a group company, a branch) already has a Smart Account with this domain, add a prefix so the account domains do not clash (for example jp.{account})."),
        (Lang::Ja, Verdict::NeedsApproval { prefix, base }) => format!("{account} は @{email_domain} のドメイン {base} にプレフィクス「{prefix}」を付けたものです。プレフィクスなしのスマートアカウント ({base}) の管理者が承認するまで、作成は保留 (Pending) になります。"),
        (Lang::En, Verdict::NeedsApproval { prefix, base }) => format!("{account} is your e-mail domain {base} with the prefix \"{prefix}\" in front. The creation stays pending until the admin of the un-prefixed Smart Account ({base}) approves it."),
        (Lang::Ja, Verdict::NotByPrefix { parent, .. }) => {
            let parent_note = parent.as_ref().map_or(String::new(), |parent| format!(" なお {parent} は上位のドメインで、@{parent} のメールアドレスを持つ方ならデフォルトとして作成できます (表の 1 行目からのこのツールの読み方)。"));
            format!("{account} は @{email_domain} のドメインを含みません。「Add a Prefix to the Domain」はメールアドレスのドメイン ({email_domain}) の前にラベルを付けるだけなので、{account} にはなりません (表の 3 行目)。「Use a Different Domain」を選ぶと Account Domain 自体の変更をシスコに申請でき、シスコが承認すれば使用できます (表の 4 行目)。{parent_note}")
        }
        (Lang::En, Verdict::NotByPrefix { parent, .. }) => {
            let parent_note = parent.as_ref().map_or(String::new(), |parent| format!(" {parent} is a parent domain: someone with an @{parent} address has it by default (the tool's reading of row 1)."));
            format!("{account} does not contain your e-mail domain. \"Add a Prefix to the Domain\" only puts labels in front of your e-mail domain ({email_domain}), so it cannot give {account} (row 3). \"Use a Different Domain\" applies to Cisco to change the Account Domain itself; it can be used once Cisco approves (row 4).{parent_note}")
        }
    }
}

pub const ALTERNATIVES_HEADING: Text = text!(
    "申請せずに使用できるドメイン (このツールの提案)",
    "Domains you can use without an application (the tool's suggestions)"
);
pub const ANY_PREFIX_NOTE: Text = text!("または、任意のプレフィクスを付けたドメイン (例: jp.{domain}、管理者の承認が必要)", "or the domain with a prefix of your choice (for example jp.{domain}, with the admin's approval)");

/// Where the approval steps come from: 2-3 (creating a prefixed account) and 2-4 (approving it).
pub const APPROVAL_SOURCES: [Source; 2] = [
    smart_account("2-3 プレフィクス付きスマートアカウントを作成する", 478, 593),
    smart_account(
        "プレフィクス付きスマートアカウントの作成を承認する",
        641,
        809,
    ),
];

/// Where the application steps come from (2-3, TIP MEMO).
pub const APPLICATION_SOURCE: Source =
    smart_account("2-3 プレフィクス付きスマートアカウントを作成する", 519, 522);

/// What happens for a prefixed domain, step by step (2-3 steps 4–14, 2-4 steps 1–16).
pub const APPROVAL_STEPS: &[Text] = &[
    text!("作成の前に、プレフィクスなしのスマートアカウントの管理者 (たとえば本社の管理者) に相談しておきます (ガイドの推奨)。", "Before you create it, talk to the admin of the un-prefixed Smart Account (for example at head office), as the guide recommends."),
    text!("「Create a Smart Account」で [Account Domain] の [Edit] → [Add a Prefix to the Domain] を選び、[Prefix] と [Note to Cisco Approver] (管理者へのメッセージ) を入力して作成します。", "In \"Create a Smart Account\", choose [Edit] on [Account Domain] → [Add a Prefix to the Domain], enter the [Prefix] and a [Note to Cisco Approver] for the admin, and create the account."),
    text!("「Smart Account Request Pending」と表示され、あなたと管理者に保留中を知らせるメール (件名 Cisco Smart Account Setup Pending…) が送られます。", "\"Smart Account Request Pending\" appears, and you and the admin receive an e-mail that the creation is pending (subject: Cisco Smart Account Setup Pending…)."),
    text!("管理者は Cisco Software Central → [スマートアカウントの管理] → [アカウントリクエスト] タブ → [Account Requests] → 該当行の [Pending] → [Approve] → [Submit] で承認します。", "The admin approves in Cisco Software Central → [Manage Smart Account] → [Account Requests] tab → [Account Requests] → [Pending] on the request's row → [Approve] → [Submit]."),
    text!("承認されると、あなたのメールアドレスに作成完了のメールが届きます。届かない場合、または承認を得られない場合は、下記の窓口に問い合わせます。", "Once approved, you receive an e-mail that the account is ready. If it does not come, or the admin will not approve, contact Cisco (below)."),
];

/// Applying for another domain (2-3 TIP MEMO).
pub const APPLICATION_STEPS: &[Text] = &[
    text!("[Account Domain] の [Edit] で [Use a Different Domain] を選ぶと、Account Domain 自体の変更をシスコに申請できます。", "Choosing [Use a Different Domain] under [Edit] on [Account Domain] applies to Cisco to change the Account Domain itself."),
    text!("変更理由は英語で記入します。", "Write the reason for the change in English."),
    text!("シスコからの連絡を待ちます。1 週間が経過しても連絡がない場合は、下記の窓口に問い合わせます。", "Wait for Cisco's reply. If none comes within a week, contact Cisco (below)."),
];

pub const CONTACT_SOURCE: Source = smart_account(
    "シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ先",
    896,
    923,
);

/// Back cover: Smart Account and Smart Licensing inquiries.
pub const CONTACT: Text = text!("シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ: japan-tac@cisco.com、電話 0120-608-802 (フリーダイヤル、平日 9:00～17:00)。お問い合わせには、住所登録済みのシスコアカウントが必要です (Cisco.com の「プロフィール管理」の【個人】タブ >【会社情報】の【住所 (英語)】で確認し、未登録なら入力して【更新】)。", "Smart Account and Smart Licensing inquiries: japan-tac@cisco.com, phone 0120-608-802 (toll-free in Japan, weekdays 09:00–17:00). An inquiry needs a Cisco account with an address registered (check Cisco.com Profile Management → [Personal] → [Company information] → [Address (English)]; if empty, fill it in and click [Update]).");

/// Cisco account questions (not Smart Account ones) go elsewhere (002 MEMO and back cover).
pub const ACCOUNT_CONTACT: Cited = Cited {
    text: text!("シスコ アカウント (個人のアカウント) に関するお問い合わせ: web-help-j@cisco.com (サポート受付時間: 平日 9:00～17:00)。", "Questions about a Cisco account (your personal account): web-help-j@cisco.com (weekdays 09:00–17:00)."),
    source: smart_account("シスコ アカウントに関するお問い合わせ先", 886, 894),
};

/// What the guide says about Smart Accounts that a visitor choosing a domain needs to know.
pub const ACCOUNT_FACTS: &[Cited] = &[
    Cited {
        text: text!("シスコ アカウントの情報 (メールアドレス、名前、国など) は英語で登録し、名前はローマ字で入力します。会社名と住所も英語で登録します。", "The Cisco account is registered in English, with your name in romaji; the company name and address are registered in English too."),
        source: smart_account("1-2 シスコ アカウントを作成する", 134, 143),
    },
    Cited {
        text: text!("スマートアカウントはお客様組織のアカウントで、通常は会社など 1 つの組織で 1 つ作成します (必要に応じて、プレフィクスを付けて組織の一部のスマートアカウントを作成できます)。", "A Smart Account belongs to the organisation, and normally one organisation creates one (a part of it can have its own, with a prefix, where needed)."),
        source: smart_account("スマートアカウントの作成に関する制限事項について", 77, 81),
    },
    Cited {
        text: text!("スマートライセンスはバーチャルアカウント間では移動できますが、スマートアカウント間では移動できません。", "Smart licences can move between Virtual Accounts, but not between Smart Accounts."),
        source: smart_account("スマートアカウントの作成に関する制限事項について", 82, 82),
    },
    Cited {
        text: text!("スマートアカウントを統合または分離してスマートライセンスを移行するには、シスコのサポートチームによる承認と作業が必要です。", "Merging or splitting Smart Accounts to move smart licences needs the approval and work of Cisco's support team."),
        source: smart_account("スマートアカウントの作成に関する制限事項について", 83, 83),
    },
    Cited {
        text: text!("スマートアカウントを作成すると、「DEFAULT」という名前のバーチャルアカウントが自動的に作成されます。", "Creating a Smart Account creates a Virtual Account named \"DEFAULT\" automatically."),
        source: smart_account("バーチャルアカウントについて", 48, 75),
    },
    Cited {
        text: text!("スマートライセンス対応製品 (Cisco Catalyst スイッチなど) の購入時には、Account Domain とバーチャルアカウント名 (デフォルトは「DEFAULT」) が必要です。", "Buying products with smart licensing (such as Cisco Catalyst switches) needs the Account Domain and the Virtual Account name (\"DEFAULT\" unless you made others)."),
        source: smart_account("3-1 スマートアカウントの管理ツールにアクセスする", 818, 852),
    },
];

/// How the domain tool reads the guide.
pub const READINGS: &[Reading] = &[
    Reading {
        text: text!("表の 3 行目と 4 行目は、[Edit] で選ぶオプションの違いです (「Add a Prefix to the Domain」と「Use a Different Domain」)。メールアドレスのドメインを含まないドメインはどれもプレフィクスでは作れず、申請 (4 行目) だけが道なので、両方を示します。同じ組織のドメインかどうかはガイドの基準ではないため、判定に使っていません。", "Rows 3 and 4 of the table differ by the option chosen under [Edit] (\"Add a Prefix to the Domain\" or \"Use a Different Domain\"). No domain that leaves out the e-mail domain can be had with a prefix, and an application (row 4) is the only route, so both are shown. Whether it is the same organisation's domain is not the guide's test and is not used."),
        source: smart_account("2-2 スマートアカウントを作成する", 416, 423),
    },
    Reading {
        text: text!("「含まれる」はドットで区切られたラベル単位で判定します (abccisco.com は cisco.com を含みません)。大文字と小文字、全角と半角、末尾のドット、国際化ドメイン名の表記の違いは同じものとして扱います。", "\"Contained\" is judged on whole labels between dots (abccisco.com does not contain cisco.com). Case, full-width characters, a trailing dot and the two forms of an internationalised name are treated as the same."),
        source: smart_account("2-2 スマートアカウントを作成する", 418, 423),
    },
    Reading {
        text: text!("フリーメールの警告、パブリックサフィックス (co.jp など) の一覧、申請せずに使えるドメインの提案は、このツール独自のものです。", "The free-mail warning, the list of public suffixes (such as co.jp) and the suggested domains that need no application are the tool's own."),
        source: smart_account("スマートアカウントの作成に関する制限事項について", 79, 81),
    },
    Reading {
        text: text!("ガイドの例のプレフィクスは 1 つのラベルです (abc.cisco.com、jp.cisco.com)。このツールは複数のラベル (tokyo.jp.cisco.com など) もプレフィクスとして扱います。ガイドはこれについて書いていません。", "The guide's prefixes are one label (abc.cisco.com, jp.cisco.com). The tool also takes several labels (tokyo.jp.cisco.com …) as a prefix; the guide does not say."),
        source: smart_account("2-2 スマートアカウントを作成する", 414, 423),
    },
    Reading {
        text: text!("パスワードの長さは、ガイドの「半角英数字 12 ~ 60 文字以上」を 12 文字以上 60 文字以下と読んでいます。", "The password length is read from the guide's \"12 ~ 60 文字以上\" (literally \"12 to 60 characters or more\") as 12 to 60 characters."),
        source: smart_account("1-2 シスコ アカウントを作成する", 145, 147),
    },
    Reading {
        text: text!("電話番号の「+81」で始まる国際表記は、このツールが参考に示すものです。ガイドの規則は「先頭の 0 を省略」だけで、桁数や国の確認もこのツールのもの (警告のみ) です。", "The \"+81\" international form of the phone number is shown by the tool for reference. The guide's rule is only \"leave out the leading 0\"; the checks on length and country are the tool's (warnings only)."),
        source: smart_account("1-3 会社情報を登録する", 257, 267),
    },
];

/// The password rule, beside the field before anything is typed (002 line 147).
pub const PASSWORD_RULE: Text = text!("英大文字・英小文字・数字・記号をそれぞれ 1 文字以上含む、半角英数字 12～60 文字。", "12 to 60 half-width characters, with at least one upper-case letter, one lower-case letter, one digit and one symbol.");

/// The company phone rule, beside the field (002 line 267).
pub const PHONE_RULE: Text = text!(
    "ガイドの規則: 会社の電話番号の先頭の「0」は省略します。",
    "The guide's rule: leave out the leading 0 of the company phone number."
);

pub const FREE_MAIL_WARNING: Text = text!("フリーメールのドメインのようです。シスコ アカウントにはビジネス用のメールアドレスが推奨されており、メールアドレスのドメインがスマートアカウントのドメインになります。", "This looks like a free-mail domain. The guide recommends a business address for the Cisco account, and the e-mail's domain becomes the Smart Account's domain.");

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
        (Lang::Ja, SyntaxError::IpAddress { name }) => format!("「{name}」は IP アドレスです。ドメイン名 (例: cisco.com) を入力してください。"),
        (Lang::En, SyntaxError::IpAddress { name }) => format!("\"{name}\" is an IP address: enter a domain name (for example cisco.com)."),
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
        lines.push(text!("全角文字などが含まれています。半角英数字と記号を使ってください。", "It has full-width or other non-ASCII characters: use half-width letters, digits and symbols.").get(lang).to_owned());
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
    }
}

/// The tool's own checks on a phone number, labelled as such: they never stop the answer.
pub fn phone_warning(lang: Lang, warning: PhoneWarning) -> String {
    match (lang, warning) {
        (Lang::Ja, PhoneWarning::NotJapanese) => "日本の番号 (0 または +81 で始まる番号) ではないようです。ガイドの「先頭の 0 を省略」は日本の番号についての説明です (このツールの確認で、ガイドの規則ではありません)。".to_owned(),
        (Lang::En, PhoneWarning::NotJapanese) => "This does not look like a Japanese number (starting with 0 or +81). The guide's \"drop the leading 0\" is written for Japanese numbers (this tool's check, not the guide's rule).".to_owned(),
        (Lang::Ja, PhoneWarning::UnusualLength { digits }) => format!("先頭の 0 を除いて {digits} 桁です。日本の番号は通常 9 桁か 10 桁です (このツールの確認で、ガイドの規則ではありません)。"),
        (Lang::En, PhoneWarning::UnusualLength { digits }) => format!("{digits} digits without the leading 0; Japanese numbers usually have 9 or 10 (this tool's check, not the guide's rule)."),
    }
}

/// What the guide says must be ready before creating a Smart Account (1, 1-2, 1-3, 2-2, 2-3).
pub const READINESS_CHECKLIST: &[Text] = &[
    text!(
        "シスコ アカウント (ビジネス用メールアドレスを推奨)",
        "A Cisco account (a business e-mail address is recommended)"
    ),
    text!(
        "シスコ アカウントに会社名を英語で登録",
        "The company name registered in English on the Cisco account"
    ),
    text!(
        "会社の住所を英語で登録 (郵便番号、都道府県、市区町村、番地)",
        "The company address registered in English (postcode, prefecture, city, street)"
    ),
    text!(
        "会社の電話番号を先頭の 0 を省いて登録",
        "The company phone number registered without its leading 0"
    ),
    text!(
        "他のスマートアカウントと重複しないアカウント名 (Account Name)",
        "An Account Name no other Smart Account uses"
    ),
    text!(
        "本社の住所 (Headquarters)",
        "The head-office address (Headquarters)"
    ),
    text!(
        "プレフィクスを付ける場合: プレフィクスなしのスマートアカウント管理者の了承",
        "For a prefix: the agreement of the un-prefixed Smart Account's admin"
    ),
];

/// The tool's title and what the guide says it is about (shown folded, "About this tool").
pub const INFO: ToolInfo = ToolInfo {
    title: text!("スマートアカウントのドメイン確認", "Smart Account domain check"),
    summary: text!("スマートアカウントには、お客様組織を識別する「アカウントドメイン」が設定されます。デフォルトでは、作成者がシスコ アカウントに登録したメールアドレスのドメイン (例: cisco.com) が使われます。組織全体で同じドメインを使う場合は、重複しないようにプレフィクスを追加して (例: jp.cisco.com) 組織の一部のスマートアカウントを作成します。", "A Smart Account has an Account Domain that identifies the customer's organisation. By default it is the domain of the e-mail address the creator registered on their Cisco account (for example cisco.com). Where the whole organisation uses one domain, a part of it creates its own Smart Account by adding a prefix so the domains do not clash (for example jp.cisco.com)."),
    source: super::Source { guide: super::Guide::SmartAccount, section: "スマートアカウントの作成に関する制限事項について", lines: (78, 81) },
};

/// The pages the guide links to that this tool's visitor needs, in the order they need them.
pub const LINKS: &[GuideLink] = &[
    links::SOFTWARE_CENTRAL,
    links::PROFILE,
    links::SMART_ACCOUNTS,
    links::SMART_ACCOUNT_DOCS,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The default is allowed unless another Smart Account of the organisation already uses the
    /// domain: then a prefix is needed (002 lines 81, 414, 478).
    #[test]
    fn the_default_says_when_a_prefix_is_still_needed() {
        let title = verdict_title(&Verdict::Default);
        assert!(
            title.en.contains("unless another Smart Account"),
            "{}",
            title.en
        );
        assert!(
            title.ja.contains("プレフィクスの追加が必要"),
            "{}",
            title.ja
        );
        let why = verdict_explanation(Lang::En, &Verdict::Default, "cisco.com", "cisco.com");
        assert!(why.contains("jp.cisco.com"), "{why}");
    }

    #[test]
    fn every_verdict_and_error_has_words_in_both_languages() {
        let verdicts = [
            Verdict::Default,
            Verdict::NeedsApproval {
                prefix: "jp".into(),
                base: "cisco.com".into(),
            },
            Verdict::NotByPrefix {
                alternatives: vec![],
                parent: None,
            },
            Verdict::NotByPrefix {
                alternatives: vec![],
                parent: Some("cisco.com".into()),
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
            "cisco.com does not contain your e-mail domain. \"Add a Prefix to the Domain\" only puts labels in front of your e-mail domain (sales.cisco.com), so it cannot give cisco.com (row 3). \"Use a Different Domain\" applies to Cisco to change the Account Domain itself; it can be used once Cisco approves (row 4). cisco.com is a parent domain: someone with an @cisco.com address has it by default (the tool's reading of row 1)."
        );
        // Issue #9, wrong item 5: a domain no prefix reaches names both rows and the application route.
        let sales_japan = crate::rules::account_domain::judge("sales.cisco.com", "japan.cisco.com");
        assert_eq!(sales_japan.rows(), [3, 4]);
        let ja = verdict_explanation(Lang::Ja, &sales_japan, "sales.cisco.com", "japan.cisco.com");
        assert!(
            ja.contains("3 行目") && ja.contains("4 行目") && ja.contains("Use a Different Domain"),
            "{ja}"
        );
        assert_eq!(
            crate::rules::account_domain::judge("cisco.com", "cisco-systems.com").rows(),
            [3, 4]
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
        let text = crate::content::guide_text(Guide::SmartAccount);
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
