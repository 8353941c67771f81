//! The other language's texts, for a module built with one language (`only_ja`, `only_en`).
//!
//! Such a module carries its own language's strings only. When the visitor (or the host, with
//! `setLang`) switches, the widget asks the loader for the other language's table
//! (`support_widgets_texts_<lang>.json`, written by `build.rs`: each text under the key of the
//! module's own string), adds it here, and only then shows the other language, so nothing is ever
//! half translated. A module built with both languages (the standalone page's, and every native
//! test) needs no table.
//!
//! The table is per wasm instance (a `thread_local`: wasm is single-threaded), shared by the widgets
//! the instance renders, and kept for the instance's life: switching back and forth downloads once.

use std::cell::RefCell;

use crate::rules::kernel::lang::Lang;

/// The language whose strings this module carries (both, in a module built without `only_*`).
#[cfg(feature = "only_en")]
pub const BUILT: Lang = Lang::En;
#[cfg(not(feature = "only_en"))]
pub const BUILT: Lang = Lang::Ja;

/// Whether this module was built with one language only.
pub const ONE_LANGUAGE: bool = cfg!(any(feature = "only_ja", feature = "only_en"));

#[derive(Default)]
struct Table {
    /// The language the table holds, once one was added.
    lang: Option<Lang>,
    /// Sorted by key, for a binary search.
    entries: Vec<(u32, &'static str)>,
}

thread_local! {
    static OTHER: RefCell<Table> = RefCell::new(Table::default());
}

/// Whether the widget can be shown in `lang` now.
pub fn available(lang: Lang) -> bool {
    !ONE_LANGUAGE || lang == BUILT || OTHER.with(|table| table.borrow().lang == Some(lang))
}

/// Adds the other language's table as the loader read it from the file: the keys in ascending
/// order and the texts, in the same order, joined by NUL (one string crosses into the wasm, not
/// one per text). A table for the module's own language, an empty one, or one whose keys are out of
/// order or do not match its texts, is refused: the widget then stays in its language and says so.
pub fn add(lang: Lang, keys: Vec<u32>, texts: String) -> Result<(), &'static str> {
    if lang == BUILT && ONE_LANGUAGE {
        return Err("a table of the module's own language");
    }
    let in_order = keys.windows(2).all(|pair| pair[0] < pair[1]);
    if keys.is_empty() || !in_order || keys.len() != texts.split('\0').count() {
        return Err("not a texts table");
    }
    // Kept for the instance's life (the table is never replaced): leaked once, read as `'static`
    // like the module's own strings.
    let texts: &'static str = Box::leak(texts.into_boxed_str());
    let entries = keys.into_iter().zip(texts.split('\0')).collect();
    OTHER.with(|table| {
        let mut table = table.borrow_mut();
        if table.lang.is_none() {
            *table = Table {
                lang: Some(lang),
                entries,
            };
        }
    });
    Ok(())
}

/// The other language's string for the module's own `text`, once its table is there (else `text`
/// itself). `Text::get`, out of line already, is its one caller.
pub fn other(text: &'static str) -> &'static str {
    let key = super::text_key::text_key(text);
    OTHER.with(|table| {
        let table = table.borrow();
        table
            .entries
            .binary_search_by_key(&key, |&(key, _)| key)
            .map_or(text, |at| table.entries[at].1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Each test runs on a thread of its own, so each starts with an empty table.

    use crate::i18n::text_key::text_key;

    #[test]
    fn finds_each_text_under_its_own_strings_key_once_the_table_is_added() {
        assert_eq!(other("七"), "七");
        let (seven, nine) = (text_key("七"), text_key("九"));
        let (keys, texts) = if seven < nine {
            (vec![seven, nine], "seven\0nine")
        } else {
            (vec![nine, seven], "nine\0seven")
        };
        add(Lang::En, keys, texts.to_owned()).unwrap();
        assert_eq!(other("七"), "seven");
        assert_eq!(other("九"), "nine");
        assert_eq!(other("八"), "八", "a text the table lacks stays as it is");
        assert!(available(Lang::En));
        // A second table never replaces the first: the strings handed out stay valid.
        add(Lang::En, vec![seven], "changed".to_owned()).unwrap();
        assert_eq!(other("七"), "seven");
    }

    #[test]
    fn refuses_a_table_that_is_not_one() {
        let refused = Err("not a texts table");
        assert_eq!(add(Lang::En, Vec::new(), String::new()), refused);
        assert_eq!(
            add(Lang::En, vec![2, 1], "b\0a".to_owned()),
            refused,
            "out of order"
        );
        assert_eq!(
            add(Lang::En, vec![1, 2], "a".to_owned()),
            refused,
            "a text short"
        );
        assert_eq!(
            add(Lang::En, vec![1], "a\0b".to_owned()),
            refused,
            "a key short"
        );
        assert!(!available(Lang::En) || !ONE_LANGUAGE);
        assert_eq!(other("一"), "一");
    }

    #[test]
    fn a_module_with_both_languages_needs_no_table() {
        const { assert!(!ONE_LANGUAGE) };
        assert!(available(Lang::Ja) && available(Lang::En));
    }

    /// The table `build.rs` wrote for `lang`, as `(key, text)` pairs: a JSON object with `keys`
    /// and `texts`, read here with serde_json as widget.js reads it with `JSON.parse`.
    fn written_table(lang: &str) -> Vec<(u32, String)> {
        let json = match lang {
            "ja" => include_str!(concat!(env!("OUT_DIR"), "/texts-ja.json")),
            _ => include_str!(concat!(env!("OUT_DIR"), "/texts-en.json")),
        };
        let table: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(table["lang"], lang);
        assert_eq!(table["version"], env!("CARGO_PKG_VERSION"));
        let keys = table["keys"].as_array().unwrap();
        let texts = table["texts"].as_array().unwrap();
        assert_eq!(keys.len(), texts.len());
        keys.iter()
            .zip(texts)
            .map(|(key, text)| {
                let key = u32::try_from(key.as_u64().unwrap()).unwrap();
                (key, text.as_str().unwrap().to_owned())
            })
            .collect()
    }

    #[test]
    fn the_tables_hold_every_text_under_the_key_of_the_other_languages_string() {
        use crate::i18n::{Key, Text};
        let ja: std::collections::HashMap<u32, String> = written_table("ja").into_iter().collect();
        let en: std::collections::HashMap<u32, String> = written_table("en").into_iter().collect();
        // Every UI string, and the facts of every tool (the catalogue's macro and the content's
        // helpers write `text!` differently: both must reach the tables).
        let mut texts: Vec<Text> = Key::ALL.iter().map(|key| key.text()).collect();
        texts.extend(crate::content::delivery::FACTS.iter().map(|fact| fact.text));
        texts.extend(crate::content::delivery::READINGS.iter().map(|r| r.text));
        texts.extend(
            crate::content::delivery::LINKS
                .iter()
                .map(|link| link.label),
        );
        for severity in crate::rules::kernel::severity::Severity::ALL {
            texts.extend(crate::content::severity::common(severity).iter().copied());
        }
        for holiday in [
            crate::rules::kernel::holidays::Holiday::NewYearsDay,
            crate::rules::kernel::holidays::Holiday::SubstituteHoliday,
        ] {
            texts.push(crate::content::holiday_names::name(holiday));
        }
        assert!(texts.len() > 200, "{} texts", texts.len());
        for text in texts {
            // A Japanese module switching to English looks up its Japanese string, and back.
            let in_english = en.get(&text_key(text.ja)).map(String::as_str);
            assert_eq!(in_english, Some(text.en), "{text:?}");
            let in_japanese = ja.get(&text_key(text.en)).map(String::as_str);
            assert_eq!(in_japanese, Some(text.ja), "{text:?}");
        }
    }

    #[test]
    fn the_key_is_fnv_1a() {
        // Worked out by hand: the offset basis for the empty string, then one step for "a".
        assert_eq!(text_key(""), 0x811c_9dc5);
        assert_eq!(
            text_key("a"),
            (0x811c_9dc5_u32 ^ 0x61).wrapping_mul(0x0100_0193)
        );
        assert_eq!(text_key("a"), 0xe40c_292c);
    }
}
