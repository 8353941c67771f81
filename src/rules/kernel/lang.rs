//! The widget's two UI languages and how the starting language is chosen.

/// A UI language. Japanese comes first: it is the visitors' first language and the fallback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// Reads a BCP 47 language tag such as `ja`, `ja-JP`, `EN`, `en_US`. Only the primary subtag
    /// counts; anything that is not Japanese or English gives `None` so the caller can fall back.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("ja") {
            Some(Lang::Ja)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The tag written into `lang` attributes.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The starting language of a widget: the explicit choice (a `mount()` option or the
    /// element's `data-lang`), else the host page's `<html lang>`, else Japanese.
    /// A value that names neither language is skipped, not an error: host pages carry all sorts
    /// of `lang` values (`fr`, `zh-Hant`, empty) and the widget must still start. The widget itself
    /// uses [`Lang::choose`]; this shorter form is for the tests and the fuzz harness.
    #[cfg(test)]
    pub fn resolve(explicit: Option<&str>, page: Option<&str>) -> Lang {
        Lang::choose(&Sources {
            explicit,
            page,
            ..Sources::default()
        })
    }

    /// The starting language from everything that may decide it, in this order: the explicit
    /// choice (a `mount()` option, `data-lang`, or `lang=` in the standalone page's hash); the
    /// visitor's own earlier choice, kept in this browser ([`STORAGE_KEY`]); the host page's
    /// `<html lang>`; the browser's languages, first to last; else Japanese.
    pub fn choose(sources: &Sources) -> Lang {
        sources
            .explicit
            .and_then(Lang::from_tag)
            .or_else(|| sources.saved.and_then(Lang::from_tag))
            .or_else(|| sources.page.and_then(Lang::from_tag))
            .or_else(|| sources.browser.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or_default()
    }
}

/// The localStorage key that keeps the visitor's language choice (`ja` or `en`), for every widget
/// and the standalone page of this origin: part of the documented interface, never rename.
pub const STORAGE_KEY: &str = "support-widgets:lang";

/// What may decide a widget's starting language (see [`Lang::choose`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Sources<'a> {
    pub explicit: Option<&'a str>,
    pub saved: Option<&'a str>,
    /// `<html lang>` of a host page; the standalone page's own does not count (it is ours).
    pub page: Option<&'a str>,
    /// `navigator.languages`.
    pub browser: &'a [String],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_primary_subtag_in_any_case() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("ja", Some(Lang::Ja)),
            ("ja-JP", Some(Lang::Ja)),
            ("JA", Some(Lang::Ja)),
            (" ja_jp ", Some(Lang::Ja)),
            ("en", Some(Lang::En)),
            ("en-US", Some(Lang::En)),
            ("En-gb", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("-", None),
            ("jap", None),
            ("e", None),
            ("日本語", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Lang::from_tag(tag), *expected, "tag {tag:?}");
        }
    }

    #[test]
    fn chooses_explicit_then_saved_then_page_then_browser() {
        let english_browser = ["fr-FR".to_owned(), "en-US".to_owned(), "ja".to_owned()];
        // (explicit, saved, page, browser, the language chosen)
        type Case<'a> = (
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            &'a [String],
            Lang,
        );
        let cases: &[Case] = &[
            (Some("en"), Some("ja"), Some("ja"), &[], Lang::En),
            (None, Some("en"), Some("ja"), &[], Lang::En),
            (None, Some("garbage"), Some("en"), &[], Lang::En),
            (None, None, Some("ja"), &english_browser, Lang::Ja),
            (None, None, None, &english_browser, Lang::En),
            (None, None, Some("fr"), &english_browser, Lang::En),
            (None, None, None, &[], Lang::Ja),
            (Some("zh"), None, None, &["de".to_owned()], Lang::Ja),
        ];
        for (explicit, saved, page, browser, expected) in cases {
            let sources = Sources {
                explicit: *explicit,
                saved: *saved,
                page: *page,
                browser,
            };
            assert_eq!(Lang::choose(&sources), *expected, "{sources:?}");
        }
    }

    #[test]
    fn resolves_explicit_then_page_then_japanese() {
        let cases: &[(Option<&str>, Option<&str>, Lang)] = &[
            (Some("en"), Some("ja"), Lang::En),
            (Some("ja"), Some("en"), Lang::Ja),
            (None, Some("en-US"), Lang::En),
            (None, Some("ja"), Lang::Ja),
            (Some("fr"), Some("en"), Lang::En),
            (Some(""), Some("en"), Lang::En),
            (Some("de"), Some("fr"), Lang::Ja),
            (None, None, Lang::Ja),
            (None, Some(""), Lang::Ja),
        ];
        for (explicit, page, expected) in cases {
            assert_eq!(
                Lang::resolve(*explicit, *page),
                *expected,
                "{explicit:?} / {page:?}"
            );
        }
    }

    /// The cases `web/widget.js` is tested on too (tests/lang-cases.json), so both resolve alike.
    #[test]
    fn resolves_the_shared_cases_as_the_loader_does() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lang-cases.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let cases: serde_json::Value =
            serde_json::from_str(&text).expect("tests/lang-cases.json is JSON");
        let cases = cases["cases"].as_array().expect("a list of cases");
        assert!(cases.len() >= 10);
        for case in cases {
            let expected = if case["lang"] == "en" {
                Lang::En
            } else {
                Lang::Ja
            };
            let browser: Vec<String> = case["browser"]
                .as_array()
                .map(|tags| {
                    tags.iter()
                        .filter_map(|t| t.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let sources = Sources {
                explicit: case["explicit"].as_str(),
                saved: case["saved"].as_str(),
                page: case["page"].as_str(),
                browser: &browser,
            };
            assert_eq!(Lang::choose(&sources), expected, "{case}");
        }
    }

    #[test]
    fn tag_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
