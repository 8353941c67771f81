//! How the checklist is kept in this browser (localStorage, one key for this tool): a small versioned
//! text format, so an older, newer or damaged copy can be read as far as it goes, and the visitor told.
//!
//! ```text
//! support-widgets checklist v1
//! desk<TAB>japan
//! product<TAB>umbrella
//! value<TAB>contract<TAB>12345678
//! tick<TAB>licenses
//! ```
//! Tabs separate fields; `\`, tab, newline and carriage return inside a value are escaped.

use super::{Desk, Entries};

/// The localStorage key: one per tool.
pub const KEY: &str = "support-widgets:checklist";
pub const VERSION: u32 = 1;
const HEADER: &str = "support-widgets checklist v";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub desk: Option<Desk>,
    pub product: Option<String>,
    pub entries: Entries,
}

/// What the visitor is told after loading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadNote {
    /// Saved by an older version of the tool: what could be read was kept.
    OlderVersion { version: u32, skipped: usize },
    /// Saved by a newer version: what could be read was kept.
    NewerVersion { version: u32, skipped: usize },
    /// Some lines were damaged and skipped; the rest was kept.
    Damaged { skipped: usize },
    /// Not a saved checklist at all: nothing could be used.
    Unreadable,
}

pub fn save(saved: &Saved) -> String {
    let mut lines = vec![format!("{HEADER}{VERSION}")];
    if let Some(desk) = saved.desk {
        lines.push(format!("desk\t{}", desk.key()));
    }
    if let Some(product) = &saved.product {
        lines.push(format!("product\t{}", escape(product)));
    }
    for (id, value) in &saved.entries.values {
        lines.push(format!("value\t{}\t{}", escape(id), escape(value)));
    }
    for id in &saved.entries.ticked {
        lines.push(format!("tick\t{}", escape(id)));
    }
    lines.join("\n")
}

pub fn load(text: &str) -> (Saved, Option<LoadNote>) {
    let mut lines = text.lines();
    let version = lines
        .next()
        .and_then(|header| header.strip_prefix(HEADER))
        .and_then(|v| v.trim().parse::<u32>().ok());
    let Some(version) = version else {
        return (
            Saved::default(),
            (!text.trim().is_empty()).then_some(LoadNote::Unreadable),
        );
    };
    let mut saved = Saved::default();
    let mut skipped = 0;
    for line in lines.filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        // Whether the line could be read; an unreadable line is counted and skipped.
        let read = match fields.as_slice() {
            ["desk", desk] => {
                saved.desk = Desk::parse(desk);
                saved.desk.is_some()
            }
            ["product", product] => {
                saved.product = unescape(product);
                saved.product.is_some()
            }
            ["value", id, value] => match (unescape(id), unescape(value)) {
                (Some(id), Some(value)) => {
                    let value = super::bounded_value(&id, value);
                    saved.entries.set_value(&id, value);
                    true
                }
                _ => false,
            },
            ["tick", id] => match unescape(id) {
                Some(id) => {
                    saved.entries.set_ticked(&id, true);
                    true
                }
                None => false,
            },
            _ => false,
        };
        if !read {
            skipped += 1;
        }
    }
    let note = match version {
        v if v < VERSION => Some(LoadNote::OlderVersion {
            version: v,
            skipped,
        }),
        v if v > VERSION => Some(LoadNote::NewerVersion {
            version: v,
            skipped,
        }),
        _ if skipped > 0 => Some(LoadNote::Damaged { skipped }),
        _ => None,
    };
    (saved, note)
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                '\\' => out.push('\\'),
                't' => out.push('\t'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Saved {
        let mut entries = Entries::default();
        entries.set_value("contract", "12345678".into());
        entries.set_value("description", "Line one\n\tindented \\ backslash".into());
        entries.set_ticked("licenses", true);
        Saved {
            desk: Some(Desk::Global),
            product: Some("umbrella".into()),
            entries,
        }
    }

    #[test]
    fn round_trips_and_reads_exactly_this_format() {
        let text = save(&sample());
        assert_eq!(
            text,
            "support-widgets checklist v1\ndesk\tglobal\nproduct\tumbrella\nvalue\tcontract\t12345678\nvalue\tdescription\tLine one\\n\\tindented \\\\ backslash\ntick\tlicenses"
        );
        assert_eq!(load(&text), (sample(), None));
        assert_eq!(load(""), (Saved::default(), None));
    }

    #[test]
    fn damaged_older_newer_and_foreign_copies() {
        let damaged = "support-widgets checklist v1\ndesk\tjapan\nvalue\tcontract\nvalue\tphone\t03-1234-5678\ngarbage\nvalue\tx\tbad\\q";
        let (saved, note) = load(damaged);
        assert_eq!(note, Some(LoadNote::Damaged { skipped: 3 }));
        assert_eq!(saved.desk, Some(Desk::Japan));
        assert_eq!(saved.entries.value("phone"), "03-1234-5678");

        let older = "support-widgets checklist v0\nvalue\tcontract\t999\nold-field\tx";
        let (saved, note) = load(older);
        assert_eq!(
            note,
            Some(LoadNote::OlderVersion {
                version: 0,
                skipped: 1
            })
        );
        assert_eq!(saved.entries.value("contract"), "999");

        let (_, note) = load("support-widgets checklist v7\nvalue\tcontract\t1");
        assert_eq!(
            note,
            Some(LoadNote::NewerVersion {
                version: 7,
                skipped: 0
            })
        );

        assert_eq!(
            load("{\"json\": true}"),
            (Saved::default(), Some(LoadNote::Unreadable))
        );
        assert_eq!(
            load("support-widgets checklist vX").1,
            Some(LoadNote::Unreadable)
        );
    }

    /// A hostile or damaged save with 100,000 distinct ids loads in one pass (it used to take time
    /// quadratic in the ids: minutes here), keeping every readable line.
    #[test]
    fn a_huge_save_loads_in_one_pass() {
        let mut text = format!("{HEADER}{VERSION}\n");
        for index in 0..100_000 {
            text.push_str(&format!("value\tid{index}\tx\ntick\tid{index}\n"));
        }
        let (saved, note) = load(&text);
        assert_eq!(
            (saved.entries.values.len(), saved.entries.ticked.len(), note),
            (100_000, 100_000, None)
        );
        assert_eq!(saved.entries.value("id99999"), "x");
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_stored_text_loads_without_panicking(text in ".*") {
                let _ = load(&text);
            }

            /// Any value the checklist keeps (within its item's bounds) comes back as it was.
            #[test]
            fn any_values_round_trip(values in prop::collection::vec(("[a-z_]{1,12}", ".*"), 0..6)) {
                let mut entries = Entries::default();
                for (id, value) in values {
                    entries.set_value(&id, crate::rules::checklist::bounded_value(&id, value));
                }
                let saved = Saved { desk: Some(Desk::Japan), product: None, entries };
                prop_assert_eq!(load(&save(&saved)), (saved, None));
            }
        }
    }
}
