//! Writes into `OUT_DIR`:
//! - the widget's stylesheet without comments and indentation (`embed/mod.rs` includes it in the
//!   wasm): the comments stay in `style/widget.css` for people, and each module carries 7 KB less.
//!   Quoted strings are copied as they are. Each build keeps only the rules whose classes its
//!   sources write (`src/style_prune.rs`): a tool's module carries no other tool's rules.
//! - `texts-ja.json` and `texts-en.json`: every text of the crate in one language, under the key of
//!   its string in the other language (`src/i18n/text_key.rs`), for a module built with that other
//!   language (`i18n::texts`);
//!   `scripts/build-tools` copies them beside the modules. Every text is written with `text!`, whose
//!   two arguments must be literals, so reading the sources as Rust tokens finds them all.

// A build script that cannot read the stylesheet or write its output can only stop the build, with
// the message saying which.
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{env, fs};

use proc_macro2::{Delimiter, TokenStream, TokenTree};

#[path = "src/style_prune.rs"]
mod style_prune;
#[path = "src/i18n/text_key.rs"]
mod text_key;

fn main() {
    // The stylesheet's rules and the language tables both follow the sources.
    println!("cargo:rerun-if-changed=style/widget.css");
    println!("cargo:rerun-if-changed=src");
    let css = fs::read_to_string("style/widget.css").expect("style/widget.css");
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out_dir);
    // Every source, read once: the texts come from all of them, the classes from this build's.
    let mut sources = Vec::new();
    read_sources(Path::new("src"), &mut sources);
    let absent = absent_tools();
    let written: String = sources
        .iter()
        .filter(|(path, _)| in_build(path, &absent))
        .map(|(_, source)| source.as_str())
        .collect();
    let css = style_prune::prune(
        &style_prune::minify(&css),
        &style_prune::class_words(&written),
    );
    fs::write(out.join("widget.min.css"), css).expect("OUT_DIR is writable");

    let texts: Vec<(String, String)> = sources
        .iter()
        .flat_map(|(path, source)| {
            let tokens: TokenStream = source
                .parse()
                .unwrap_or_else(|error| panic!("{}: {error:?}", path.display()));
            texts_in(tokens, path)
        })
        .collect();
    let version = env::var("CARGO_PKG_VERSION").expect("CARGO_PKG_VERSION");
    let english = language_table(&version, "en", texts.iter().map(|(ja, en)| (ja, en)));
    let japanese = language_table(&version, "ja", texts.iter().map(|(ja, en)| (en, ja)));
    fs::write(out.join("texts-en.json"), english).expect("OUT_DIR is writable");
    fs::write(out.join("texts-ja.json"), japanese).expect("OUT_DIR is writable");
}

/// The tools this build leaves out: each tool has a folder in `src/tools/`, named as its cargo
/// feature, and that feature is off.
fn absent_tools() -> Vec<String> {
    let mut absent = Vec::new();
    for entry in fs::read_dir("src/tools").expect("src/tools/ is readable") {
        let path = entry.expect("src/tools/ is readable").path();
        let Some(tool) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        if path.is_dir() && env::var_os(format!("CARGO_FEATURE_{}", tool.to_uppercase())).is_none()
        {
            absent.push(tool.to_owned());
        }
    }
    absent
}

/// Every `.rs` file under `dir` with its text, in path order (the tables' order does not depend on
/// the file system's).
fn read_sources(dir: &Path, into: &mut Vec<(PathBuf, String)>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|entry| entry.expect("src/ is readable").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_sources(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let source = fs::read_to_string(&path).expect("a source file is readable");
            into.push((path, source));
        }
    }
}

/// Whether a source's classes count for this build: not an absent tool's own (`rules/<tool>/`,
/// `content/<tool>(.rs|/)`, `tools/<tool>/`), nor the pruning's (its tests name every tool's).
fn in_build(path: &Path, absent: &[String]) -> bool {
    let names: Vec<&str> = path
        .components()
        .filter_map(|part| part.as_os_str().to_str())
        .collect();
    let absent_tool = names.windows(2).any(|pair| {
        let tool = pair[1].strip_suffix(".rs").unwrap_or(pair[1]);
        ["rules", "content", "tools"].contains(&pair[0]) && absent.iter().any(|t| t == tool)
    });
    !absent_tool && path.file_stem().is_some_and(|stem| stem != "style_prune")
}

/// One language's table for a module built with the other: `(own, other)` pairs, keyed by the
/// module's own string. A string that stands for two different texts, or two strings with one
/// key, would show the wrong text after a switch: the build stops and names them.
/// `{"version":…,"lang":…,"keys":[…],"texts":[…]}`, in key order.
fn language_table<'a>(
    version: &str,
    lang: &str,
    pairs: impl Iterator<Item = (&'a String, &'a String)>,
) -> String {
    let mut table: BTreeMap<u32, (&String, &String)> = BTreeMap::new();
    for (own, other) in pairs {
        // The loader hands the texts to the wasm joined by NUL.
        assert!(!other.contains('\0'), "{other:?} holds a NUL");
        let key = text_key::text_key(own);
        if let Some((known, known_other)) = table.insert(key, (own, other)) {
            assert!(
                known == own,
                "{known:?} and {own:?} share the key {key:#x}: change one"
            );
            assert!(
                known_other == other,
                "{own:?} stands for {known_other:?} and for {other:?}: a one-language module could not tell which to show; write one of them differently"
            );
        }
    }
    let keys: Vec<String> = table.keys().map(u32::to_string).collect();
    let strings: Vec<String> = table
        .values()
        .map(|(_, other)| json_string(other))
        .collect();
    format!(
        "{{\"version\":{},\"lang\":\"{lang}\",\"keys\":[{}],\"texts\":[{}]}}\n",
        json_string(version),
        keys.join(","),
        strings.join(",")
    )
}

/// The `(ja, en)` pairs of every `text!(…)` in `tokens`, and of every entry of the `catalogue!`
/// (`Key: "ja", "en";`, whose macro writes `text!` for each).
fn texts_in(tokens: TokenStream, path: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (at, token) in tokens.iter().enumerate() {
        let TokenTree::Group(group) = token else {
            continue;
        };
        let macro_name = match (
            at.checked_sub(2).map(|i| &tokens[i]),
            at.checked_sub(1).map(|i| &tokens[i]),
        ) {
            (Some(TokenTree::Ident(name)), Some(TokenTree::Punct(bang)))
                if bang.as_char() == '!' =>
            {
                Some(name.to_string())
            }
            _ => None,
        };
        match macro_name.as_deref() {
            Some("text") if group.delimiter() == Delimiter::Parenthesis => {
                let args: Vec<TokenTree> = group.stream().into_iter().collect();
                // The macro's own definition and the catalogue's pass metavariables (`$ja`).
                if matches!(args.first(), Some(TokenTree::Punct(p)) if p.as_char() == '$') {
                    continue;
                }
                match args.as_slice() {
                    [TokenTree::Literal(ja), TokenTree::Punct(comma), TokenTree::Literal(en), ..]
                        if comma.as_char() == ',' =>
                    {
                        found.push((string(ja, path), string(en, path)));
                    }
                    _ => panic!(
                        "{}: text!({}) takes two string literals",
                        path.display(),
                        group.stream()
                    ),
                }
            }
            Some("catalogue") => found.extend(catalogue_entries(group.stream(), path)),
            _ => found.extend(texts_in(group.stream(), path)),
        }
    }
    found
}

/// The catalogue's entries: `#[doc]` attributes skipped, then `Key: "ja", "en";`.
fn catalogue_entries(tokens: TokenStream, path: &Path) -> Vec<(String, String)> {
    let literals: Vec<proc_macro2::Literal> = tokens
        .into_iter()
        .filter_map(|token| match token {
            TokenTree::Literal(literal) => Some(literal),
            _ => None, // keys, punctuation, and the attribute groups with the doc comments
        })
        .collect();
    assert!(
        literals.len().is_multiple_of(2),
        "{}: a catalogue entry without both languages",
        path.display()
    );
    literals
        .chunks(2)
        .map(|pair| (string(&pair[0], path), string(&pair[1], path)))
        .collect()
}

fn string(literal: &proc_macro2::Literal, path: &Path) -> String {
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(text) => text.value(),
        _ => panic!("{}: {literal} is not a string literal", path.display()),
    }
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
