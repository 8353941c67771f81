//! Phone numbers and e-mail addresses inside a text, found so the views can make each one a link
//! that acts (`tel:`, `mailto:`) while the visible text stays exactly as the guide writes it.

/// A piece of a text: plain, or a number or address to link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// `shown` as written; `href` the `tel:` target.
    Phone {
        shown: &'a str,
        href: String,
    },
    /// `shown` as written; `href` the `mailto:` target.
    Email {
        shown: &'a str,
        href: String,
    },
}

/// The `tel:` target of a Japanese number as the guides write it (`0120-608-802`): E.164 without
/// the leading 0 (`tel:+81120608802`). `0066-…` is a carrier's access code dialled from Japan with
/// no E.164 form, so it is kept as dialled (`tel:006633800926`).
pub fn tel_href(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if !digits.starts_with('0') || digits.len() < 9 {
        return None;
    }
    Some(if digits.starts_with("0066") {
        format!("tel:{digits}")
    } else {
        format!("tel:+81{}", &digits[1..])
    })
}

/// A run of digits and hyphens that starts with 0, has two hyphens or more and 9 digits or more:
/// the guides' phone numbers (postcodes, dates and IDs do not).
fn is_phone(run: &str) -> bool {
    run.starts_with('0')
        && run.matches('-').count() >= 2
        && run.chars().filter(char::is_ascii_digit).count() >= 9
        && !run.ends_with('-')
}

fn is_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_host(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
}

/// The text cut into plain pieces, phone numbers and e-mail addresses, in order; joined, the pieces'
/// visible text is the input.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    // Phone numbers: maximal runs of digits and hyphens, not glued to letters or other digits.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'-') {
                i += 1;
            }
            let mut end = i;
            while end > start && bytes[end - 1] == b'-' {
                end -= 1;
            }
            let glued = i < bytes.len() && bytes[i].is_ascii_alphabetic();
            if !glued && is_phone(&text[start..end]) {
                found.push((start, end, true));
            }
        } else {
            i += 1;
        }
    }
    // E-mail addresses: the characters around each `@` that addresses use.
    for (at, _) in text.match_indices('@') {
        let before = &text[..at];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_local(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let after = &text[at + 1..];
        let host_len = after
            .char_indices()
            .take_while(|(_, c)| is_host(*c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let host = after[..host_len].trim_end_matches(['.', '-']);
        if start < at && host.contains('.') && !host.starts_with('.') {
            // Put in order among the numbers (found in order already): a handful of matches, and
            // a sort would add its own code to every module.
            let found_address = (start, at + 1 + host.len(), false);
            let position = found.partition_point(|earlier| *earlier < found_address);
            found.insert(position, found_address);
        }
    }
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end, phone) in found {
        if start < at {
            continue; // inside an address already taken
        }
        if start > at {
            pieces.push(Segment::Text(&text[at..start]));
        }
        let shown = &text[start..end];
        pieces.push(if phone {
            match tel_href(shown) {
                Some(href) => Segment::Phone { shown, href },
                None => Segment::Text(shown),
            }
        } else {
            Segment::Email {
                shown,
                href: format!("mailto:{shown}"),
            }
        });
        at = end;
    }
    if at < text.len() {
        pieces.push(Segment::Text(&text[at..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(String, String)> {
        segments(text)
            .into_iter()
            .filter_map(|segment| match segment {
                Segment::Phone { shown, href } | Segment::Email { shown, href } => {
                    Some((shown.to_owned(), href))
                }
                Segment::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn finds_the_guides_numbers_and_addresses() {
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        let cases: &[(&str, Vec<(String, String)>)] = &[
            (
                "電話: 0120-608-802",
                vec![pair("0120-608-802", "tel:+81120608802")],
            ),
            (
                "Phone: 0066-33-800-926, 03-6434-2042 (charged)",
                vec![
                    pair("0066-33-800-926", "tel:006633800926"),
                    pair("03-6434-2042", "tel:+81364342042"),
                ],
            ),
            (
                "電話: 0120-339-836 / 03-6434-6780",
                vec![
                    pair("0120-339-836", "tel:+81120339836"),
                    pair("03-6434-6780", "tel:+81364346780"),
                ],
            ),
            (
                "E メール: japan-tac@cisco.com、電話",
                vec![pair("japan-tac@cisco.com", "mailto:japan-tac@cisco.com")],
            ),
            (
                "(sbsc-japan-enduser@cisco.com).",
                vec![pair(
                    "sbsc-japan-enduser@cisco.com",
                    "mailto:sbsc-japan-enduser@cisco.com",
                )],
            ),
            ("2026-12-29..2027-01-03, 〒107-6227, 2023-06-10", vec![]),
            (
                "https://community.cisco.com/t5/-/-/ta-p/4164748#toc-hId--555742655",
                vec![],
            ),
            ("serial FOC1234-5678-9012X", vec![]),
            ("03-6434-XXXX", vec![]),
            ("", vec![]),
            ("@ alone, a@b, x@.com", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(&links(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_pieces_join_back_into_the_text() {
        for text in [
            "電話 0120-608-802（シビラティ１） mailto:web-help-j@cisco.com 終わり",
            "a@b.c@d.e",
            "0120-608-802",
            "日本語だけ",
        ] {
            let joined: String = segments(text)
                .iter()
                .map(|segment| match segment {
                    Segment::Text(text) => *text,
                    Segment::Phone { shown, .. } | Segment::Email { shown, .. } => shown,
                })
                .collect();
            assert_eq!(joined, text);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_splits_without_panicking_and_joins_back(text in "\\PC{0,80}") {
                let joined: String = segments(&text)
                    .iter()
                    .map(|segment| match segment {
                        Segment::Text(text) => *text,
                        Segment::Phone { shown, .. } | Segment::Email { shown, .. } => shown,
                    })
                    .collect();
                prop_assert_eq!(joined, text);
            }
        }
    }
}
