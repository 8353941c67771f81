//! The widget's stylesheet as one build needs it: `build.rs` includes this file (and the native
//! tests compile it), so the module of one tool carries the rules of its own classes and the
//! shared ones only.
//!
//! A rule is kept unless one of its selectors names only classes that no source of the build
//! writes: each selector that needs an `sw-` class the build's sources never mention is dropped, and
//! a rule with no selector left goes with it (an `@media` block with no rule left too). A class
//! written with a formatted end (`"sw-sv-now-{}"`) keeps every class it could begin. Classes inside
//! `:not(…)` do not count: a selector that excludes a class still matches without it.

use std::collections::BTreeSet;

/// Drops `/* … */` comments, then each line's surrounding spaces and the empty lines.
pub fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                text.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                text.push(c);
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            None => text.push(c),
        }
    }
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `sw-…` word in `source`: a class a view may write (or an id, a test id: keeping a rule
/// too many is harmless). One that ends in `-` is the start of a formatted one.
pub fn class_words(source: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let bytes = source.as_bytes();
    let mut at = 0;
    while let Some(found) = source[at..].find("sw-") {
        let start = at + found;
        let boundary = start == 0 || !is_class_byte(bytes[start - 1]);
        let mut end = start + 3;
        while end < bytes.len() && is_class_byte(bytes[end]) {
            end += 1;
        }
        if boundary {
            words.insert(source[start..end].to_owned());
        }
        at = end;
    }
    words
}

fn is_class_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

/// The minified stylesheet without the selectors (and so the rules) whose `sw-` classes `used`
/// never names.
pub fn prune(css: &str, used: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(css.len());
    prune_block(css, used, &mut out);
    out
}

fn prune_block(css: &str, used: &BTreeSet<String>, out: &mut String) {
    let mut rest = css;
    while let Some(open) = find_outside_quotes(rest, '{') {
        let head = rest[..open].trim();
        let close = matching_brace(rest, open);
        let body = &rest[open + 1..close];
        if head.starts_with('@') {
            if head.starts_with("@media") || head.starts_with("@supports") {
                let mut inner = String::new();
                prune_block(body, used, &mut inner);
                if !inner.is_empty() {
                    push_rule(out, head, inner.trim());
                }
            } else {
                push_rule(out, head, body.trim());
            }
        } else {
            let kept: Vec<&str> = head
                .split(',')
                .map(str::trim)
                .filter(|selector| needed(selector, used))
                .collect();
            if !kept.is_empty() {
                push_rule(out, &kept.join(",\n"), body.trim());
            }
        }
        rest = &rest[close + 1..];
    }
}

fn push_rule(out: &mut String, head: &str, body: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(head);
    out.push_str(" {\n");
    out.push_str(body);
    out.push_str("\n}");
}

/// Whether every `sw-` class the selector needs (outside `:not(…)`) is one the build writes.
fn needed(selector: &str, used: &BTreeSet<String>) -> bool {
    let mut outside_not = String::with_capacity(selector.len());
    let mut rest = selector;
    while let Some(at) = rest.find(":not(") {
        outside_not.push_str(&rest[..at]);
        let after = &rest[at + ":not(".len()..];
        rest = after.find(')').map_or("", |end| &after[end + 1..]);
    }
    outside_not.push_str(rest);
    class_words(&outside_not)
        .iter()
        .filter(|class| outside_not.contains(&format!(".{class}")))
        .all(|class| {
            used.contains(class)
                || used
                    .iter()
                    .any(|word| word.ends_with('-') && class.starts_with(word.as_str()))
        })
}

fn find_outside_quotes(text: &str, wanted: char) -> Option<usize> {
    let mut quote = None;
    for (at, c) in text.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == wanted => return Some(at),
            None => {}
        }
    }
    None
}

/// Where the block opened at `open` closes (the end of the text if it never does).
fn matching_brace(text: &str, open: usize) -> usize {
    let mut depth = 0usize;
    let mut quote = None;
    for (at, c) in text[open..].char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '{' => depth += 1,
            None if c == '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + at;
                }
            }
            None => {}
        }
    }
    text.len() - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn used(words: &[&str]) -> BTreeSet<String> {
        words.iter().map(|word| (*word).to_owned()).collect()
    }

    const CSS: &str = ".sw-root {\ncolor: red;\n}\n.sw-day,\n.sw-eos td {\nfont: \"{x}\";\n}\n\
        @media (max-width: 600px) {\n.sw-day {\nmargin: 0;\n}\n}\n\
        .sw-eos > :not(.sw-result) {\ndisplay: none;\n}\n.sw-sv-now-open {\ncolor: green;\n}";

    #[test]
    fn keeps_the_rules_of_the_classes_the_build_writes() {
        let pruned = prune(CSS, &used(&["sw-root", "sw-eos"]));
        assert_eq!(
            pruned,
            ".sw-root {\ncolor: red;\n}\n.sw-eos td {\nfont: \"{x}\";\n}\n\
             .sw-eos > :not(.sw-result) {\ndisplay: none;\n}"
        );
    }

    #[test]
    fn a_formatted_class_keeps_every_class_it_could_begin() {
        let pruned = prune(CSS, &used(&["sw-sv-now-", "sw-day"]));
        assert!(pruned.contains(".sw-sv-now-open"), "{pruned}");
        assert!(
            pruned.contains("@media (max-width: 600px) {\n.sw-day {"),
            "{pruned}"
        );
        assert!(!pruned.contains(".sw-root"));
    }

    #[test]
    fn a_build_that_writes_every_class_keeps_the_whole_sheet() {
        let all = class_words(CSS);
        assert_eq!(prune(CSS, &all), CSS);
        assert_eq!(
            prune(&minify("/* a */\n  .sw-a { x: y; }\n"), &used(&["sw-a"])),
            ".sw-a {\nx: y;\n}"
        );
    }

    #[test]
    fn finds_the_words_a_source_writes() {
        let words = class_words(
            r#"class="sw-row sw-field--short" id={format!("sw-sv-now-{}", x)} not-sw-this"#,
        );
        assert_eq!(words, used(&["sw-field--short", "sw-row", "sw-sv-now-"]));
    }
}
