//! The one catalogue of UI strings. Every string exists in Japanese and English, side by side, so a
//! missing translation is a compile error (the macro needs both) and an empty one fails a test.
//! Guide facts (descriptions, rules, numbers) are not UI strings: they live in `content/`, cited.

pub mod format;

use crate::domain::lang::Lang;

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub ja: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

macro_rules! catalogue {
    ($($(#[$doc:meta])* $key:ident: $ja:literal, $en:literal;)*) => {
        /// A UI string. Look one up with [`Key::get`] or [`tr`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($(#[$doc])* $key,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            pub const fn text(self) -> Text {
                match self { $(Key::$key => Text { ja: $ja, en: $en },)* }
            }
        }
    };
}

impl Key {
    pub const fn get(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

/// Shorthand used all over the components: `tr(lang, Key::AppTitle)`.
pub const fn tr(lang: Lang, key: Key) -> &'static str {
    key.get(lang)
}

catalogue! {
    AppTitle: "サポートガイド ツール", "Support guide tools";
    AppIntro:
        "シスコ テクニカルサービスのご利用ガイドとスマートアカウント作成ガイドをもとにした 4 つのツールです。入力内容はこのブラウザーの外には送信されません。",
        "Four tools built from Cisco's technical services user guide and Smart Account creation guide. Nothing you type leaves this browser.";
    NavLabel: "ツール", "Tools";
    NavOverview: "一覧", "Overview";
    OpenTool: "ツールを開く", "Open the tool";
    LanguageGroup: "表示言語", "Display language";
    /// Each language's own name, shown the same whatever the UI language.
    LanguageJa: "日本語", "日本語";
    LanguageEn: "English", "English";
    SourceLabel: "出典", "Source";
    ComingSoon:
        "このツールは準備中です。現在はガイドの該当箇所の概要のみを表示しています。",
        "This tool is being built. For now it shows only a summary of the relevant part of the guide.";
    NotFoundTitle: "ページが見つかりません", "Page not found";
    NotFoundBody: "このアドレスに該当するツールはありません。一覧から選んでください:", "No tool matches this address. Choose one from the overview:";
    MissingKind:
        "このウィジェットの種類が指定されていません。data-support-widget に severity、checklist、delivery、domain のいずれかを指定してください。",
        "This widget does not say which tool to show. Set data-support-widget to one of severity, checklist, delivery or domain.";
    UnknownKind:
        "このウィジェットの種類が不明です。data-support-widget には severity、checklist、delivery、domain のいずれかを指定してください。指定された値:",
        "This widget names an unknown tool. Set data-support-widget to one of severity, checklist, delivery or domain. The value given:";
    CrashTitle: "申し訳ありません。このツールでエラーが発生しました。", "Sorry, this tool ran into an error.";
    CrashBody:
        "ページ上のほかのツールはそのままお使いいただけます。入力内容はこのブラウザーの外には送信されていません。",
        "Other tools on this page keep working. Nothing you typed has left this browser.";
    CrashReload: "このツールを再読み込み", "Reload this tool";
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
            assert!(!key.get(Lang::En).chars().any(is_japanese), "{key:?} English text has Japanese in it");
        }
    }

    #[test]
    fn looks_up_by_language() {
        assert_eq!(tr(Lang::Ja, Key::NavLabel), "ツール");
        assert_eq!(tr(Lang::En, Key::NavLabel), "Tools");
    }
}
