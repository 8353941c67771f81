//! How much a field holds. Every text a visitor types (or a saved checklist or a deep link brings
//! back) is bounded by what its field can mean: a date is a few characters, a contract number a
//! few dozen, a problem description a page or so of logs. What fits is kept and the rest is
//! refused (the field says so), so a 10 MB paste cannot make each keystroke re-read megabytes.
//! A one-line field never holds a line break (it would split a `mailto:` subject or a line of the
//! text to send).

/// A date or a time as typed (`2024年3月31日`, `令和6年3月31日`, `16時45分`): a few dozen characters.
pub const DATE_OR_TIME: usize = 40;
/// A name, an address, a company: a line of text.
pub const LINE: usize = 200;
/// An e-mail address: 64 for the local part, `@`, and a name of at most 253.
pub const EMAIL: usize = 320;
/// A domain name: at most 253 characters (a little more while a trailing dot or spaces are typed).
pub const DOMAIN: usize = 260;
/// A phone number, a contract or serial number, a subscription ID.
pub const CODE: usize = 40;
/// A list of company holidays (`2026-12-29..2027-01-03,2027-08-13`, …): hundreds of entries, more
/// than any company closes (a host's list arrives in this field too, and must not be cut).
pub const HOLIDAY_LIST: usize = 20_000;
/// A problem description: room for a page or so of log lines, well past what a `mailto:` link
/// carries (the text is copied or downloaded beyond that).
pub const LONG_TEXT: usize = 10_000;

/// What a field keeps of `text`: at most `limit` characters; for a one-line field, line breaks
/// (CR, LF, and the Unicode line and paragraph separators) become spaces.
pub fn bounded(text: String, limit: usize, one_line: bool) -> String {
    let needs_cut = text.chars().nth(limit).is_some();
    let has_break = one_line && text.contains(is_line_break);
    if !needs_cut && !has_break {
        return text;
    }
    text.chars()
        .take(limit)
        .map(|c| if one_line && is_line_break(c) { ' ' } else { c })
        .collect()
}

/// A one-line field's text, bounded (see [`bounded`]).
pub fn line(text: String, limit: usize) -> String {
    bounded(text, limit, true)
}

/// A date, a time or a code, bounded, with any line break dropped (not made a space, which these
/// fields read as a separator: `2024-03-31 09:00`).
pub fn compact(text: String, limit: usize) -> String {
    let kept = bounded(text, limit, false);
    if kept.contains(is_line_break) {
        kept.chars().filter(|c| !is_line_break(*c)).collect()
    } else {
        kept
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}'
    )
}

/// Whether `text` fills its field: the visitor is told the field holds no more.
pub fn is_full(text: &str, limit: usize) -> bool {
    limit
        .checked_sub(1)
        .is_some_and(|last| text.chars().nth(last).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_fits_and_refuses_the_rest() {
        let cases: &[(&str, usize, bool, &str)] = &[
            ("2024-03-31", DATE_OR_TIME, true, "2024-03-31"),
            ("abcdef", 3, true, "abc"),
            ("クランブルー株式会社", 4, true, "クランブ"),
            ("line one\r\nline two", 100, true, "line one  line two"),
            ("line one\nline two", 100, false, "line one\nline two"),
            ("a\u{2028}b\u{2029}c", 100, true, "a b c"),
            ("abc\ndef", 5, false, "abc\nd"),
            ("", 10, true, ""),
        ];
        for (text, limit, one_line, kept) in cases {
            assert_eq!(
                bounded((*text).to_owned(), *limit, *one_line),
                *kept,
                "{text:?}"
            );
        }
        assert!(is_full("abc", 3) && !is_full("ab", 3) && is_full("abcd", 3));
        assert!(
            !is_full("", 0) && !is_full("abc", 0),
            "a field that holds nothing is never full"
        );
        assert_eq!(
            compact("2024-03-31\n".to_owned(), DATE_OR_TIME),
            "2024-03-31"
        );
        assert_eq!(compact("16:\r\n45".to_owned(), DATE_OR_TIME), "16:45");
    }

    /// A 10 MB paste keeps its first `LONG_TEXT` characters, and quickly.
    #[test]
    fn a_huge_paste_is_cut_to_the_limit() {
        let paste = "show tech output line\n".repeat(500_000);
        let kept = bounded(paste, LONG_TEXT, false);
        assert_eq!(kept.chars().count(), LONG_TEXT);
        assert!(kept.starts_with("show tech output line\nshow tech"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_longer_than_the_limit_never_a_break_in_one_line(text in ".*", limit in 1usize..50) {
                let kept = line(text.clone(), limit);
                prop_assert!(kept.chars().count() <= limit);
                prop_assert!(!kept.contains(is_line_break));
                prop_assert!(text.starts_with(&kept) || text.contains(is_line_break));
                prop_assert_eq!(line(kept.clone(), limit), kept);
            }
        }
    }
}
