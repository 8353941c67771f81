//! How the checklist is kept in this browser (localStorage, one key for this tool): a small versioned
//! text format, so an older, newer or damaged copy can be read as far as it goes, and the visitor told.
//!
//! ```text
//! support-widgets checklist v2
//! desk<TAB>japan<TAB>1764633600000
//! product<TAB>umbrella<TAB>1764633600000
//! value<TAB>contract<TAB>12345678<TAB>1764633612345
//! tick<TAB>licenses<TAB>1764633600000
//! cleared<TAB>value<TAB>phone<TAB>1764633650000
//! ```
//! Tabs separate fields; `\`, tab, newline and carriage return inside a value are escaped. Each line
//! ends with when its field was last set, in milliseconds since 1970 (version 1 had no times: its
//! fields count as older than any other), and a `cleared` line keeps when a field was emptied.
//!
//! Two checklist widgets on a page, or two tabs, write the same key. What they write is merged field
//! by field, the newest winning (`Stamped::merge`), so a value typed in one is never lost to a
//! keystroke in the other, and a clear wins over the values it cleared but not over what is typed
//! after it.

use std::collections::BTreeMap;

use super::{Desk, Entries};

/// The localStorage key: one per tool.
pub const KEY: &str = "support-widgets:checklist";
pub const VERSION: u32 = 2;
const HEADER: &str = "support-widgets checklist v";
/// Version 1 is this format without the times: its copies read as this version's, with no note.
const FIRST_OF_THIS_FORMAT: u32 = 1;

/// The checklist as this browser keeps it: the desk, the product row, and what was ticked and typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub desk: Option<Desk>,
    pub product: Option<String>,
    pub entries: Entries,
}

/// One field of the saved checklist: each is set, cleared and merged on its own.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Desk,
    Product,
    Value(String),
    Tick(String),
}

/// A field's last change: when, and what it became (`None`: emptied). Ordered by time, then by value,
/// so two widgets that merge the same copies always agree.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub at: u64,
    pub value: Option<String>,
}

/// The saved checklist with each field's last change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamped {
    fields: BTreeMap<Field, Stamp>,
}

impl Stamped {
    /// Every field of `saved`, set at `at`.
    pub fn new(saved: &Saved, at: u64) -> Stamped {
        let mut stamped = Stamped::default();
        stamped.observe(saved, at);
        stamped
    }

    /// Records what changed between what is known and `saved` as changed at `now` (or just after the
    /// field's last change, should this browser's clock have gone back).
    pub fn observe(&mut self, saved: &Saved, now: u64) {
        let current = fields_of(saved);
        let gone: Vec<Field> = self
            .fields
            .iter()
            .filter(|(field, stamp)| stamp.value.is_some() && !current.contains_key(*field))
            .map(|(field, _)| field.clone())
            .collect();
        let changes = current
            .into_iter()
            .map(|(field, value)| (field, Some(value)))
            .chain(gone.into_iter().map(|field| (field, None)));
        for (field, value) in changes {
            let last = self.fields.get(&field);
            if last.map(|stamp| &stamp.value) != Some(&value) {
                let at = last.map_or(now, |stamp| now.max(stamp.at.saturating_add(1)));
                self.fields.insert(field, Stamp { at, value });
            }
        }
    }

    /// Field by field, the newer of the two changes.
    pub fn merge(&self, other: &Stamped) -> Stamped {
        let mut fields = self.fields.clone();
        for (field, theirs) in &other.fields {
            match fields.get(field) {
                Some(ours) if ours >= theirs => {}
                _ => {
                    fields.insert(field.clone(), theirs.clone());
                }
            }
        }
        Stamped { fields }
    }

    /// What the fields hold now.
    pub fn saved(&self) -> Saved {
        let mut saved = Saved::default();
        for (field, stamp) in &self.fields {
            let Some(value) = &stamp.value else {
                continue;
            };
            match field {
                Field::Desk => saved.desk = Desk::parse(value),
                Field::Product => saved.product = Some(value.clone()),
                Field::Value(id) => saved.entries.set_value(id, value.clone()),
                Field::Tick(id) => saved.entries.set_ticked(id, true),
            }
        }
        saved
    }
}

fn fields_of(saved: &Saved) -> BTreeMap<Field, String> {
    let mut fields = BTreeMap::new();
    if let Some(desk) = saved.desk {
        fields.insert(Field::Desk, desk.key().to_owned());
    }
    if let Some(product) = &saved.product {
        fields.insert(Field::Product, product.clone());
    }
    for (id, value) in &saved.entries.values {
        fields.insert(Field::Value(id.clone()), value.clone());
    }
    for id in &saved.entries.ticked {
        fields.insert(Field::Tick(id.clone()), String::new());
    }
    fields
}

/// A widget's write: what it knows (`known`, updated here) with what the visitor has now (`saved`,
/// changed at `now`), merged with what is stored (another widget or tab may have written since).
/// Returns the text to store, and the entries the widget should show when the merge changed them.
pub fn sync(
    known: &mut Stamped,
    saved: &Saved,
    now: u64,
    stored: Option<&str>,
) -> (String, Option<Entries>) {
    known.observe(saved, now);
    let changed = take_theirs(known, stored);
    (save(known), changed)
}

/// Another widget or tab wrote: what is stored, merged into what this widget knows. Returns the
/// entries to show when theirs changed any (their desk and product row stay theirs: a page may show
/// two checklists for two products).
pub fn take_theirs(known: &mut Stamped, stored: Option<&str>) -> Option<Entries> {
    let theirs = stored.map(|text| load(text).0).unwrap_or_default();
    let merged = known.merge(&theirs);
    let before = known.saved().entries;
    *known = merged;
    let after = known.saved().entries;
    (after != before).then_some(after)
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

pub fn save(stamped: &Stamped) -> String {
    let mut lines = vec![format!("{HEADER}{VERSION}")];
    for (field, stamp) in &stamped.fields {
        let at = stamp.at;
        let line = match (field, &stamp.value) {
            (Field::Desk, Some(value)) => format!("desk\t{}\t{at}", escape(value)),
            (Field::Product, Some(value)) => format!("product\t{}\t{at}", escape(value)),
            (Field::Value(id), Some(value)) => {
                format!("value\t{}\t{}\t{at}", escape(id), escape(value))
            }
            (Field::Tick(id), Some(_)) => format!("tick\t{}\t{at}", escape(id)),
            (Field::Desk, None) => format!("cleared\tdesk\t{at}"),
            (Field::Product, None) => format!("cleared\tproduct\t{at}"),
            (Field::Value(id), None) => format!("cleared\tvalue\t{}\t{at}", escape(id)),
            (Field::Tick(id), None) => format!("cleared\ttick\t{}\t{at}", escape(id)),
        };
        lines.push(line);
    }
    lines.join("\n")
}

pub fn load(text: &str) -> (Stamped, Option<LoadNote>) {
    let mut lines = text.lines();
    let version = lines
        .next()
        .and_then(|header| header.strip_prefix(HEADER))
        .and_then(|v| v.trim().parse::<u32>().ok());
    let Some(version) = version else {
        return (
            Stamped::default(),
            (!text.trim().is_empty()).then_some(LoadNote::Unreadable),
        );
    };
    let mut stamped = Stamped::default();
    let mut skipped = 0;
    for line in lines.filter(|l| !l.is_empty()) {
        match read_line(line) {
            Some((field, stamp)) => {
                let kept = stamped
                    .fields
                    .get(&field)
                    .is_some_and(|known| *known >= stamp);
                if !kept {
                    stamped.fields.insert(field, stamp);
                }
            }
            None => skipped += 1,
        }
    }
    let note = match version {
        v if v < FIRST_OF_THIS_FORMAT => Some(LoadNote::OlderVersion {
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
    (stamped, note)
}

/// One stored line, or `None` when it cannot be read. The time at its end is optional (version 1
/// had none): a line is read with it first, and whole (at time 0) when that does not fit, so a
/// version 1 value made of digits stays a value.
fn read_line(line: &str) -> Option<(Field, Stamp)> {
    let parts: Vec<&str> = line.split('\t').collect();
    let (cleared, rest) = match parts.as_slice() {
        ["cleared", rest @ ..] => (true, rest),
        all => (false, all),
    };
    let timed = rest.split_last().and_then(|(last, shape)| {
        let at = (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
            .then(|| last.parse::<u64>().ok())
            .flatten()?;
        Some((read_field(cleared, shape)?, at))
    });
    let ((field, value), at) = match timed {
        Some(read) => read,
        None => (read_field(cleared, rest)?, 0),
    };
    Some((field, Stamp { at, value }))
}

/// A line's field and what it holds (`None`: cleared; an empty value is a cleared field too, as
/// the entries keep no empty value).
fn read_field(cleared: bool, shape: &[&str]) -> Option<(Field, Option<String>)> {
    let (field, value) = match (cleared, shape) {
        (false, ["desk", desk]) => (Field::Desk, Some(Desk::parse(desk)?.key().to_owned())),
        (false, ["product", product]) => (Field::Product, Some(unescape(product)?)),
        (false, ["value", id, value]) => {
            let id = unescape(id)?;
            let value = super::bounded_value(&id, unescape(value)?);
            (
                Field::Value(id),
                Some(value).filter(|value| !value.is_empty()),
            )
        }
        (false, ["tick", id]) => (Field::Tick(unescape(id)?), Some(String::new())),
        (true, ["desk"]) => (Field::Desk, None),
        (true, ["product"]) => (Field::Product, None),
        (true, ["value", id]) => (Field::Value(unescape(id)?), None),
        (true, ["tick", id]) => (Field::Tick(unescape(id)?), None),
        _ => return None,
    };
    Some((field, value))
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

    /// The visitor's entries after typing `values` (id, value; an empty value clears the field).
    fn typed(base: &Saved, values: &[(&str, &str)]) -> Saved {
        let mut saved = base.clone();
        for (id, value) in values {
            saved.entries.set_value(id, (*value).to_owned());
        }
        saved
    }

    #[test]
    fn round_trips_and_reads_exactly_this_format() {
        let mut stamped = Stamped::new(&sample(), 1_000);
        stamped.observe(&typed(&sample(), &[("contract", "")]), 2_000);
        let text = save(&stamped);
        assert_eq!(
            text,
            "support-widgets checklist v2\ndesk\tglobal\t1000\nproduct\tumbrella\t1000\ncleared\tvalue\tcontract\t2000\nvalue\tdescription\tLine one\\n\\tindented \\\\ backslash\t1000\ntick\tlicenses\t1000"
        );
        assert_eq!(load(&text), (stamped.clone(), None));
        assert_eq!(load(&text).0.saved(), typed(&sample(), &[("contract", "")]));
        assert_eq!(load(""), (Stamped::default(), None));
    }

    /// Version 1 had no times: it reads whole (a value made of digits stays a value), its fields
    /// older than anything typed since, and no note.
    #[test]
    fn a_version_1_copy_reads_whole_and_counts_as_older() {
        let v1 = "support-widgets checklist v1\ndesk\tglobal\nproduct\tumbrella\nvalue\tcontract\t12345678\nvalue\tdescription\tLine one\\n\\tindented \\\\ backslash\ntick\tlicenses";
        let (stamped, note) = load(v1);
        assert_eq!((stamped.saved(), note), (sample(), None));
        assert_eq!(stamped, Stamped::new(&sample(), 0));
        let mut here = Stamped::new(&Saved::default(), 5);
        here.observe(&typed(&Saved::default(), &[("contract", "999")]), 5);
        assert_eq!(
            here.merge(&stamped).saved().entries.value("contract"),
            "999"
        );
    }

    #[test]
    fn damaged_older_newer_and_foreign_copies() {
        let damaged = "support-widgets checklist v2\ndesk\tjapan\t1\nvalue\tcontract\nvalue\tphone\t03-1234-5678\t1\ngarbage\nvalue\tx\tbad\\q\t1";
        let (stamped, note) = load(damaged);
        assert_eq!(note, Some(LoadNote::Damaged { skipped: 3 }));
        let saved = stamped.saved();
        assert_eq!(saved.desk, Some(Desk::Japan));
        assert_eq!(saved.entries.value("phone"), "03-1234-5678");

        let older = "support-widgets checklist v0\nvalue\tcontract\t999\nold-field\tx";
        let (stamped, note) = load(older);
        assert_eq!(
            note,
            Some(LoadNote::OlderVersion {
                version: 0,
                skipped: 1
            })
        );
        assert_eq!(stamped.saved().entries.value("contract"), "999");

        let (_, note) = load("support-widgets checklist v7\nvalue\tcontract\t1\t5");
        assert_eq!(
            note,
            Some(LoadNote::NewerVersion {
                version: 7,
                skipped: 0
            })
        );

        assert_eq!(
            load("{\"json\": true}"),
            (Stamped::default(), Some(LoadNote::Unreadable))
        );
        assert_eq!(
            load("support-widgets checklist vX").1,
            Some(LoadNote::Unreadable)
        );
    }

    /// Two widgets (or tabs) A and B, worked through by hand.
    #[test]
    fn two_writers_merge_field_by_field() {
        let start = Saved::default();
        // A types the contract at 10, B the phone at 11: both are kept.
        let mut a = Stamped::new(&start, 0);
        let mut b = Stamped::new(&start, 0);
        let (stored, changed) = sync(&mut a, &typed(&start, &[("contract", "111")]), 10, None);
        assert_eq!(changed, None, "nothing stored yet: A keeps what it has");
        let (stored, changed) = sync(
            &mut b,
            &typed(&start, &[("phone", "03-1111-2222")]),
            11,
            Some(&stored),
        );
        let both = typed(&start, &[("contract", "111"), ("phone", "03-1111-2222")]).entries;
        assert_eq!(changed, Some(both.clone()), "B shows A's contract");
        assert_eq!(
            take_theirs(&mut a, Some(&stored)),
            Some(both.clone()),
            "A shows B's phone"
        );

        // Both then type the contract: the later (B at 21) wins in both.
        let a_now = typed(&a.saved(), &[("contract", "222")]);
        let (stored, _) = sync(&mut a, &a_now, 20, Some(&stored));
        let b_now = typed(&b.saved(), &[("contract", "333")]);
        let (stored, changed) = sync(&mut b, &b_now, 21, Some(&stored));
        assert_eq!(changed, None, "B's own value is the newest");
        assert_eq!(
            take_theirs(&mut a, Some(&stored)).map(|e| e.value("contract").to_owned()),
            Some("333".to_owned())
        );

        // A clears everything at 30; B, which had not heard yet, types the subject at 31: the clear
        // wins over the older values, and the subject typed after it stays.
        let (stored, _) = sync(&mut a, &start, 30, Some(&stored));
        let b_now = typed(&b.saved(), &[("subject", "Router down")]);
        let (stored, changed) = sync(&mut b, &b_now, 31, Some(&stored));
        let only_subject = typed(&start, &[("subject", "Router down")]).entries;
        assert_eq!(changed, Some(only_subject.clone()));
        assert_eq!(take_theirs(&mut a, Some(&stored)), Some(only_subject));
    }

    /// A clock that went back still records the visitor's latest change as the newest.
    #[test]
    fn a_change_is_newer_than_the_last_one_whatever_the_clock() {
        let mut known = Stamped::new(&typed(&Saved::default(), &[("contract", "1")]), 1_000);
        known.observe(&typed(&Saved::default(), &[("contract", "2")]), 10);
        let older = Stamped::new(&typed(&Saved::default(), &[("contract", "old")]), 999);
        assert_eq!(known.merge(&older).saved().entries.value("contract"), "2");
    }

    /// A hostile or damaged save with 100,000 distinct ids loads in one pass (it used to take time
    /// quadratic in the ids: minutes here), keeping every readable line.
    #[test]
    fn a_huge_save_loads_in_one_pass() {
        let mut text = format!("{HEADER}{VERSION}\n");
        for index in 0..100_000 {
            text.push_str(&format!("value\tid{index}\tx\t1\ntick\tid{index}\t1\n"));
        }
        let (stamped, note) = load(&text);
        let saved = stamped.saved();
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

        /// A copy as some widget wrote it: a few fields (set or cleared) at a few times.
        fn stamped() -> impl Strategy<Value = Stamped> {
            let field = prop_oneof![
                Just(Field::Desk),
                Just(Field::Product),
                "[a-c]".prop_map(Field::Value),
                "[a-c]".prop_map(Field::Tick),
            ];
            let stamp = (0u64..5, prop::option::of("[xyz]{1,2}"))
                .prop_map(|(at, value)| Stamp { at, value });
            prop::collection::btree_map(field, stamp, 0..8).prop_map(|fields| Stamped { fields })
        }

        proptest! {
            #[test]
            fn any_stored_text_loads_without_panicking(text in ".*") {
                let _ = load(&text);
            }

            /// Any values the checklist keeps (within its item's bounds), at any times, come back.
            #[test]
            fn any_values_round_trip(values in prop::collection::vec(("[a-z_]{1,12}", ".*", any::<u64>()), 0..6)) {
                let mut stamped = Stamped::default();
                for (id, value, at) in values {
                    let value = crate::rules::checklist::bounded_value(&id, value);
                    let value = Some(value).filter(|value| !value.is_empty());
                    stamped.fields.insert(Field::Value(id), Stamp { at, value });
                }
                prop_assert_eq!(load(&save(&stamped)), (stamped, None));
            }

            /// Merging is order-free: whichever widget hears of which copy first, all end the same.
            #[test]
            fn merging_is_commutative_associative_and_idempotent(a in stamped(), b in stamped(), c in stamped()) {
                prop_assert_eq!(a.merge(&b), b.merge(&a));
                prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
                prop_assert_eq!(a.merge(&a), a.clone());
            }

            /// What the visitor has just typed survives any merge with copies written before it.
            #[test]
            fn the_latest_change_survives_older_copies(known in stamped(), other in stamped(), value in "[pq]{1,3}") {
                let mut known = known;
                let mut now = known.saved();
                now.entries.set_value("a", value.clone());
                known.observe(&now, 5);
                let merged = known.merge(&other).saved();
                prop_assert_eq!(merged.entries.value("a"), value.as_str());
            }
        }
    }
}
