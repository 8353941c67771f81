//! The one catalogue of UI strings. Every string exists in Japanese and English, side by side, so a
//! missing translation is a compile error (the macro needs both) and an empty one fails a test.
//! Guide facts (descriptions, rules, numbers) are not UI strings: they live in `content/`, cited.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

pub mod format;
// Read by `Text` only in a one-language module; the native tests and the full module hold both
// languages (build.rs uses `text_key` too).
#[cfg_attr(not(any(feature = "only_ja", feature = "only_en")), allow(dead_code))]
pub mod text_key;
#[cfg_attr(not(any(feature = "only_ja", feature = "only_en")), allow(dead_code))]
pub mod texts;

use crate::rules::kernel::lang::Lang;

/// A text in both languages. Written with [`text!`] only, so `build.rs` finds every one.
///
/// A module built for one language (the features `only_ja`, `only_en`: `scripts/build-tools` builds
/// each tool's module once per language) keeps its own language's string only; the other language
/// comes from the table the page downloads when the visitor switches ([`texts`]).
#[cfg(not(any(feature = "only_ja", feature = "only_en")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub ja: &'static str,
    pub en: &'static str,
}

#[cfg(not(any(feature = "only_ja", feature = "only_en")))]
impl Text {
    #[doc(hidden)]
    pub const fn new(ja: &'static str, en: &'static str) -> Text {
        Text { ja, en }
    }

    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

#[cfg(all(feature = "only_ja", feature = "only_en"))]
compile_error!("a module is built for one language: only_ja or only_en, not both");

/// A text in the module's own language: the other language's string is found under this one's key
/// ([`text_key`]) once the visitor switches and its table is there.
#[cfg(any(feature = "only_ja", feature = "only_en"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    own: &'static str,
}

#[cfg(any(feature = "only_ja", feature = "only_en"))]
impl Text {
    /// Called in a constant only (see [`text!`]): the other language's string never reaches the
    /// module.
    #[doc(hidden)]
    pub const fn new(ja: &'static str, en: &'static str) -> Text {
        Text {
            own: match texts::BUILT {
                Lang::Ja => ja,
                Lang::En => en,
            },
        }
    }

    /// The text in `lang`: the module's own string, or the other language's from the downloaded
    /// table (`texts::available` says when it is there; until then the widget shows its own). Out
    /// of line: a branch and a call at every text shown would cost the module more than the other
    /// language's strings it saves.
    #[inline(never)]
    pub fn get(self, lang: Lang) -> &'static str {
        if lang == texts::BUILT {
            return self.own;
        }
        texts::other(self.own)
    }
}

/// A text, `text!("日本語", "English")`: both strings literals, so `build.rs` can list every text
/// of the crate for the language tables, and a one-language module keeps only its own string (the
/// constant is evaluated at compile time).
macro_rules! text {
    ($ja:literal, $en:literal $(,)?) => {{
        const TEXT: $crate::i18n::Text = $crate::i18n::Text::new($ja, $en);
        TEXT
    }};
}
pub(crate) use text;

macro_rules! catalogue {
    ($($(#[$doc:meta])* $key:ident: $ja:literal, $en:literal;)*) => {
        /// A UI string. Look one up with [`Key::get`] or [`tr`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($(#[$doc])* $key,)* }

        impl Key {
            #[cfg(test)]
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            // Inlined, like `tr`, so each call site keeps the one string it names: a call with a
            // key known only at run time would keep every string of the catalogue.
            #[inline(always)]
            pub const fn text(self) -> Text {
                match self { $(Key::$key => text!($ja, $en),)* }
            }
        }
    };
}

impl Key {
    #[inline(always)]
    pub fn get(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

/// Shorthand used all over the components: `tr(lang, Key::AppTitle)`.
#[inline(always)]
pub fn tr(lang: Lang, key: Key) -> &'static str {
    key.get(lang)
}

catalogue! {
    AppTitle: "サポートガイド ツール", "Support guide tools";
    AppIntro:
        "シスコ テクニカルサービスのご利用ガイドとスマートアカウント作成ガイドをもとにした 5 つのツールです。入力内容はこのブラウザーの外には送信されません。",
        "Five tools built from Cisco's technical services user guide and Smart Account creation guide. Nothing you type leaves this browser.";
    NavLabel: "ツール", "Tools";
    NavOverview: "一覧", "Overview";
    LanguageGroup: "表示言語", "Display language";
    /// Each language's own name, shown the same whatever the UI language.
    LanguageJa: "日本語", "日本語";
    LanguageEn: "English", "English";
    /// The switch of a module that downloads the other language (each text names the other language).
    LangLoading: "英語の表示を読み込んでいます…", "Loading the Japanese texts…";
    LangFailedRetry:
        "英語の表示を読み込めませんでした。接続を確認して、もう一度「English」を選んでください。入力した内容はそのままです。",
        "The Japanese texts could not be loaded. Check your connection and choose the language again. What you entered is kept.";
    LangFailedAdmin:
        "英語の表示を読み込めませんでした。サイトの管理者にお知らせください。入力した内容はそのままです。",
        "The Japanese texts could not be loaded. Please tell the site's administrator. What you entered is kept.";
    LangFailedDetails: "詳細: ", "Details: ";
    SourceLabel: "出典", "Source";
    AboutTool: "このツールについて (ガイドの説明)", "About this tool (what the guide says)";
    GuideLinksSummary: "ガイドが案内しているページ", "Pages the guide links to";
    NotFoundTitle: "ページが見つかりません", "Page not found";
    NotFoundBody: "このアドレスに該当するツールはありません。一覧から選んでください:", "No tool matches this address. Choose one from the overview:";
    MissingKind:
        "このウィジェットの種類が指定されていません。data-support-widget に severity、checklist、delivery、domain、eos のいずれかを指定してください。",
        "This widget does not say which tool to show. Set data-support-widget to one of severity, checklist, delivery, domain or eos.";
    UnknownKind:
        "このウィジェットの種類が不明です。data-support-widget には severity、checklist、delivery、domain、eos のいずれかを指定してください。指定された値:",
        "This widget names an unknown tool. Set data-support-widget to one of severity, checklist, delivery, domain or eos. The value given:";
    PartnerDeskHeading: "このページの提供元のお問い合わせ窓口", "Your help desk (from this page's provider)";
    PartnerPhone: "電話", "Phone";
    PartnerEmail: "E メール", "E-mail";
    PartnerHours: "受付時間", "Opening hours";
    PartnerReplacesCisco:
        "このページの提供元の案内により、シスコの窓口の連絡先は表示していません。",
        "At this page's provider's request, Cisco's own contact details are not shown.";
    ConfigProblemsLead:
        "このページの設定の一部を使えなかったため、既定の設定で表示しています:",
        "Some of this page's settings could not be used, so the defaults are shown:";
    ConfigNotJson: "JSON のオブジェクトとして読めません", "not a JSON object";
    ConfigTooLong: "長すぎます (最大文字数)", "too long (most characters)";
    ConfigNotPhone: "電話番号として読めません", "not a phone number";
    ConfigNotEmail: "メールアドレスとして読めません", "not an e-mail address";
    ConfigNotOneOf: "次のいずれかを指定してください:", "use one of:";
    ConfigNameMissing: "窓口の名前 (data-help-desk-name) がないため、窓口を表示していません", "no desk name (data-help-desk-name), so the desk is not shown";
    CrashTitle: "申し訳ありません。このツールでエラーが発生しました。", "Sorry, this tool ran into an error.";
    CrashBody:
        "ページ上のほかのツールはそのままお使いいただけます。入力内容はこのブラウザーの外には送信されていません。",
        "Other tools on this page keep working. Nothing you typed has left this browser.";
    CrashReload: "このツールを再読み込み", "Reload this tool";

    // Delivery-window calculator
    DeliveryIntro:
        "配送時間は、TAC が配送の手配を完了した時刻から数えます。お客様が TAC に最初に連絡した時刻ではありません。",
        "The delivery time runs from when TAC completes the parts-dispatch arrangement, not from when you first contact TAC.";
    ServiceLevelLegend: "サービスレベル (オンサイト)", "Service level (Onsite)";
    CountsFromCompletion: "TAC が手配を完了した時刻から数えます (ここでは今の時刻)。", "Counted from when TAC completes the arrangement (here: now).";
    IfAfterClosing: "17:00 を過ぎて完了した場合:", "If TAC completes it after 17:00:";
    LongHolidaysNote:
        "年末年始・ゴールデンウィーク・お盆の時期です。シスコが定めた休日はこの計算に含まれていません (このページで指定された場合を除く)。",
        "This is the year-end, Golden Week or Obon season: Cisco's own holidays are not in this calculation (unless this page gives them).";
    ArrangedLegend: "TAC が配送手配を完了した日時 (日本時間)", "When TAC completed the dispatch arrangement (Japan time)";
    DateLabel: "日付", "Date";
    TimeLabel: "時刻", "Time";
    NowButton: "現在時刻にする", "Set to now";
    SeverityLegend: "シビラティ", "Severity";
    SeverityUnknown: "未選択", "Not chosen";
    SeverityHint: "到着時刻が変わるのは 24x7 で営業時間外に手配された場合だけです。", "It changes the arrival only for 24x7 outside business hours.";
    MoreConditions: "詳しい条件 (任意)", "More conditions (optional)";
    DesiredLegend: "後日の配送を希望する場合", "If you want delivery later";
    DesiredDateLabel: "希望日", "Preferred date";
    DesiredTimeLabel: "希望時刻", "Preferred time";
    ContractLegend: "契約", "Contract";
    OrderDateLabel: "シスコの受注日", "Cisco's order date";
    ServiceStartLabel: "サービス開始日", "Service start date";
    PreviousEndLabel: "前回の契約終了日 (再契約の場合)", "Previous contract's end date (re-contracts)";
    ContractEndLabel: "この契約の終了日", "This contract's end date";
    ShipDateLabel: "交換パーツの出荷日 (わかる場合)", "Replacement's ship date (if known)";
    PartLegend: "パーツと配送先", "Part and address";
    HeavyLabel: "30kg 以上・2m 以上のパーツ、またはケーブル", "A part of 30 kg or more or 2 m or more in size, or a cable";
    OtherAddressLabel: "登録サイト以外の住所に配送する", "Delivery to an address other than the registered site";
    CompanyHolidaysLabel: "会社指定休日 (シスコが定めた休日)", "Company-designated holidays (Cisco's)";
    CompanyHolidaysHint: "日付または期間をカンマ区切りで。例: 2026-12-29..2027-01-03, 2027-08-13", "Dates or ranges, separated by commas. Example: 2026-12-29..2027-01-03, 2027-08-13";
    CompanyHolidaysNone:
        "ガイドには会社指定休日の一覧がありません。ここで指定しない限り、会社指定休日はないものとして計算しています。",
        "The guide does not list the company-designated holidays: none are assumed unless you enter them here.";
    CompanyHolidaysSome: "会社指定休日として計算に含めています:", "Counted as company-designated holidays:";
    ResultHeading: "到着の目安", "Estimated arrival";
    ClockStarts: "起算時刻", "Clock starts";
    InYourTimeZone: "お使いのタイムゾーンでは", "In your time zone";
    StepsHeading: "計算の手順", "How this was worked out";
    CalendarHeading: "手配から到着までのカレンダー", "Calendar from arrangement to arrival";
    CalendarArranged: "手配", "Arranged";
    CalendarArrival: "到着", "Arrival";
    CalendarMore: "以降省略", "and later days";
    DesiredHeading: "希望日時", "Your preferred delivery";
    ContractHeading: "契約の確認", "Checking the contract";
    CalendarFileButton: "カレンダーに追加 (.ics)", "Add to calendar (.ics)";
    FieldEngineerHeading: "フィールドエンジニア", "Field engineer";
    ReturnHeading: "障害パーツの返却", "Returning the failed part";
    CaveatsHeading: "注意事項", "Please note";
    GoodToKnowHeading: "交換について知っておくこと", "Good to know about replacements";
    FormIncomplete: "必須項目を入力すると到着時刻を計算します。", "Fill in the required fields to see the arrival.";
    FormNeedsCorrections: "エラーが表示されている項目を直すと到着時刻を計算します。", "Correct the fields that show an error to see the arrival.";
    ReadingsSummary: "ガイドの読み方 (このツールの解釈)", "How this tool reads the guide";
    // Smart Account domain validator
    DomainIntro:
        "メールアドレスと希望する Account Domain から、ガイドの表のどの場合に当たるかを判定します。入力内容はこのブラウザーの外には送信されません。",
        "Tells which case of the guide's table your e-mail address and wanted Account Domain fall under. Nothing you type leaves this browser.";
    EmailLabel: "シスコ アカウントに登録したメールアドレス", "E-mail address registered on your Cisco account";
    EmailFromLink: "共有リンクのメールドメインで判定しています。メールアドレスを入力すると置き換わります:", "Judging the e-mail domain from the shared link; typing your address replaces it:";
    ModeLegend: "Account Domain の指定方法", "How to give the Account Domain";
    ModeDomain: "ドメインをそのまま入力", "Type the whole domain";
    ModePrefix: "プレフィクスを入力 (Add a Prefix to the Domain)", "Type a prefix (Add a Prefix to the Domain)";
    AccountLabel: "希望する Account Domain", "Wanted Account Domain";
    PrefixLabel: "プレフィクス", "Prefix";
    PrefixHint: "例: jp → jp.<メールアドレスのドメイン>。空欄ならデフォルト (メールアドレスのドメイン) です。", "For example jp → jp.<your e-mail domain>. Empty means the default, your e-mail domain.";
    VerdictHeading: "判定", "Verdict";
    VerdictWhy: "理由 (ガイドの表)", "Why (the guide's table)";
    VerdictPending: "メールアドレスと Account Domain を入力すると判定します。", "Enter the e-mail address and the Account Domain to see the verdict.";
    BothForms: "Unicode 表記と ASCII 表記", "Unicode and ASCII forms";
    NormalisationHeading: "入力の読み取り", "How your input was read";
    ApprovalHeading: "承認までの流れ", "How the approval works";
    ApplicationHeading: "別のドメインを申請するには", "To apply for a different domain";
    ContactHeading: "問い合わせ先", "Contact";
    ReadinessHeading: "スマートアカウント作成前の確認", "Before you create the Smart Account";
    PasswordLabel: "パスワードの規則を試す (例の文字列で。本物のパスワードは入力しないでください)", "Try the password rule (with a sample: never type your real password)";
    PasswordHint: "このブラウザー内で確かめるだけです。表示、保存、送信はしません。", "Checked in this browser only: never shown, stored or sent.";
    PasswordOk: "パスワードのルールを満たしています。", "The password meets the rule.";
    PhoneLabel: "会社の電話番号", "Company phone number";
    PhoneForForm: "シスコ アカウントのフォームには次の形式で入力します (先頭の 0 を省略):", "Type it in the Cisco account form like this (without the leading 0):";
    PhoneAlreadyOk: "先頭の 0 を省いた形式になっています。", "It is already written without the leading 0.";
    CompanyNameLabel: "会社名 (英語表記)", "Company name (in English)";
    AddressLabel: "住所 (英語)", "Address (English)";
    NotEnglish: "英語 (半角英数字) で登録してください。英語以外の文字:", "Register it in English (half-width characters). Characters that are not:";
    ChecklistHeading: "ガイドが挙げる準備", "What the guide says to have ready";
    AccountFactsHeading: "スマートアカウントについて知っておくこと", "Good to know about Smart Accounts";

    // Support after end of sale
    EosDateLabel: "販売終了日 (End-of-Sale)", "End-of-sale date";
    EosmDateLabel: "ソフトウェア保守終了日 (EoSM、わかる場合)", "End of software maintenance (EoSM), if known";
    DateFormatHint: "例: 2024-05-01、2024/5/1、20240501、令和6年5月1日", "For example 2024-05-01, 2024/5/1 or 20240501";
    EosmHint: "通常は製品の販売終了のお知らせに記載されています (このツールの案内で、ガイドには記載がありません)。", "Usually in the product's end-of-life notice (this tool's pointer: the guide does not say).";
    EosPending: "販売終了日を入力すると、TAC にアクセスできる期間を表示します。", "Enter the end-of-sale date to see how long TAC can be reached.";
    EosResultHeading: "TAC にアクセスできる期間", "How long TAC can be reached";
    EosTableCaption: "販売終了日:", "End of sale:";
    EosColumnProblem: "問題の種類", "Problem";
    EosColumnPeriod: "期間 (ガイド)", "Period (the guide)";
    EosColumnUntil: "最終日 (目安)", "Last day (estimate)";
    EosColumnToday: "今日 (日本時間)", "Today (Japan time)";
    EosOpen: "アクセスできます", "Open";
    EosLimited: "アクセスできます (EoSM 後のため限定的な対応)", "Open (limited: past EoSM)";
    EosEnded: "期間が終わっています", "Ended";
    EosmFrom: "次の日付より後のソフトウェアの問題は、限定的な対応です (EoSM):", "Software problems after this date get limited support (EoSM):";
    EosmBeforeEos: "EoSM 日が販売終了日より前になっています。日付を確認してください。", "The EoSM date is before the end-of-sale date: please check the dates.";
    EosPriceHeading: "サービス価格の値上げ (販売終了日の 1 年後・3 年後)", "Service price rises (1 and 3 years after the end of sale)";
    EosSuccessorNow: "販売終了日を過ぎているため、交換パーツが後継製品になる場合があります。", "The end-of-sale date has passed: a replacement may be a successor model.";
    EosRuleHeading: "ガイドの原則", "What the guide says";
    EosAfterHeading: "販売終了後に変わること", "What changes after the end of sale";

    // Severity selection
    QuestionsHeading: "質問に答えてシビラティを選ぶ", "Answer a few questions";
    Yes: "はい", "Yes";
    No: "いいえ", "No";
    SuggestedSeverity: "提案するシビラティ", "Suggested severity";
    MatchedExamples: "理由 (シビラティの例):", "Why (the guide's examples):";
    RaisedByExample:
        "製品ファミリーの例では、質問の答え (製品共通の例) より高いシビラティです。高い方を提案します。質問の答えでは:",
        "The family's example ranks this case higher than the common questions did, so the higher one is suggested. The questions gave:";
    KeptFromQuestions:
        "選んだ製品ファミリーの例は、質問の答え (製品共通の例) より低いシビラティです。お客様に慎重な方として、高い方 (質問の答え) を提案します。選んだ例では:",
        "The family example you chose ranks this case lower than the common questions did; to be safe, the higher one (the questions') is suggested. The example gave:";
    CheckFamilyExamples:
        "この製品ファミリーでは、同じような状況をシビラティ 1 の例に挙げている場合があります。下の例を確認し、当てはまるものを選んでください。",
        "For this product family the guide may list a case like yours under severity 1: check its examples below and pick the one that matches.";
    SeverityExamples: "シビラティの例:", "Examples for";
    WhichExample: "当てはまる例を選ぶと、そのシビラティを提案します", "pick the example that matches your case and its severity is suggested";
    NoExampleMatches: "当てはまる例はない・わからない", "None of these matches, or not sure";
    StartOver: "最初からやり直す", "Start over";
    YourSeverity: "シビラティ (提案から変更できます)", "Severity (you can change the suggestion)";
    FamilyLabel: "製品ファミリー (製品別のシビラティの例)", "Product family (its own severity examples)";
    FamilyNone: "選択しない", "None";
    CommonColumn: "製品共通のシビラティの例", "Examples common to all products";
    FamilyRefersToCommon: "ガイドでは、シビラティ 3・4 はこの製品ファミリーでも製品共通の例を参照します。", "For severities 3 and 4 the guide refers this family to the examples common to all products.";
    HoursLabel: "対応時間", "Hours";
    RightNow: "現在 (日本時間)", "Right now (Japan time)";
    AnsweringNow: "ただいま受付中です", "Answering now";
    OnRequestOutsideHours:
        "営業時間外です。ご要望があれば 24 時間 (ベストエフォート) で対応します。希望しない場合の次の対応開始:",
        "Outside hours. Round the clock (best effort) only if you ask for it; otherwise they contact you from:";
    AnsweringFrom: "営業時間外です。次の対応開始:", "Outside hours. They will contact you from:";
    LiteralNextBusinessDay:
        "(慎重な目安: ガイドの「翌営業日にご連絡」を文字どおり読むと)",
        "(the cautious answer: the guide's \"contacted on the next business day\" read literally gives)";
    HowToOpenLabel: "申請方法", "How to open";
    RegionAssumption:
        "Global TAC のシビラティ 3・4 は営業地域の営業時間です。ここでは日本の営業時間と祝日で計算しています。",
        "Global TAC's hours for severities 3 and 4 are the region's business hours; here they are worked out for Japan's hours and holidays.";
    DeskChoice: "窓口 (サポートの言語)", "Desk (the language of support)";
    EmailDesk: "E メールで申請", "Open by e-mail";
    FamilyFold: "製品ファミリー別のシビラティの例で確かめる", "Check against your product family's examples";
    DesksFold: "Japan TAC と Global TAC の対応時間・申請方法・注意事項", "Both desks: hours, how to open, notes";
    NotesHeading: "注意事項", "Please note";
    NotCoveredHeading: "TAC のサポート対象外", "Not covered by TAC";
    NotCoveredLead: "次のお問い合わせは、販売パートナーまたはシスコ担当営業に相談してください:", "For these, ask your partner or your Cisco sales contact:";
    CardHeading: "結果カード", "Result card";
    CopyButton: "テキストをコピー", "Copy as text";
    Copied: "コピーしました。", "Copied.";
    CopyFailed: "コピーできませんでした。カードのテキストを選択してコピーしてください。", "Could not copy: select the card's text and copy it.";
    PrintButton: "印刷", "Print";
    OpenChecklist: "このシビラティで SR チェックリストを開く", "Open the SR checklist with this severity";

    // SR checklist
    ChecklistDeskLegend: "リクエストの送り先", "Where the request goes";
    ProductLabel: "製品 (ガイドの表の行)", "Product (the guide's table row)";
    ReadyTick: "準備済み", "Ready";
    OptionalTag: "任意", "optional";
    /// Under a field that holds all it can (`{n}`: its limit in characters).
    FieldFull: "この欄は {n} 文字までです。それより後は入力されません。", "This field holds up to {n} characters; anything after that is not kept.";
    SavedLocally: "入力内容はこのブラウザーにだけ保存されます (どこにも送信されません)。", "What you enter is saved in this browser only; it is never sent anywhere.";
    ClearAll: "すべて消去", "Clear all";
    HaveReadyHeading: "準備するもの", "What to have ready";
    ShowText: "テキストを表示", "Show the text";
    MailTooLong:
        "テキストが長く、メールのリンクでは送れません。「テキストをコピー」でコピーし、新しいメールに貼り付けて次の宛先に送ってください:",
        "The text is too long for a mail link: copy it with \"Copy as text\" and paste it into a new mail to";
    TextInJapanese:
        "このテキストは日本語です。",
        "This text is in Japanese: this desk takes requests in Japanese (choose Global TAC for English).";
    ClearConfirm: "このツールの入力とチェックをすべて消去しますか?", "Clear every value and tick in this tool?";
    ClearYes: "消去する", "Yes, clear";
    ClearCancel: "キャンセル", "Cancel";
    MissingHeading: "まだ準備できていない必須項目", "Required items not ready yet";
    AllReady: "必須項目はすべて準備できています。", "All required items are ready.";
    TextHeading: "送信用テキスト", "Text to send";
    CallTextHeading: "電話で伝える内容", "What to have ready for the call";
    ChannelsHeading: "申請先と申請方法", "Where and how to send it";
    SubjectLabel: "件名", "Subject";
    DownloadButton: "テキストをダウンロード (.txt)", "Download as .txt";
    MailtoLabel: "メールで送る", "Send by e-mail";
    GlobalNoEmail:
        "Global TAC は Support Case Manager (SCM) か電話で受け付けています (E メールの窓口はありません)。このテキストを SCM に貼り付けるか、電話で伝えてください。",
        "Global TAC takes requests through Support Case Manager (SCM) or by phone (there is no e-mail address): paste this text into SCM, or read it out on the phone.";

}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for key in Key::ALL {
            let text = key.text();
            assert!(!text.ja.trim().is_empty(), "{key:?} has no Japanese text");
            assert!(!text.en.trim().is_empty(), "{key:?} has no English text");
        }
    }

    #[test]
    fn english_texts_are_not_left_in_japanese() {
        // A copy-paste slip (the Japanese text pasted in the English slot) shows up as kana/kanji.
        // The language names are the one deliberate exception: each is written in its own language.
        let is_japanese = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}');
        for key in Key::ALL.iter().filter(|k| **k != Key::LanguageJa) {
            assert!(
                !key.get(Lang::En).chars().any(is_japanese),
                "{key:?} English text has Japanese in it"
            );
        }
    }

    #[test]
    fn looks_up_by_language() {
        assert_eq!(tr(Lang::Ja, Key::NavLabel), "ツール");
        assert_eq!(tr(Lang::En, Key::NavLabel), "Tools");
    }
}
