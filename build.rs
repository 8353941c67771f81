//! Writes the widget's stylesheet without comments and indentation into `OUT_DIR` (`embed/mod.rs`
//! includes it in the wasm): the comments stay in `style/widget.css` for people, and each module
//! carries 7 KB less. Quoted strings are copied as they are.

// A build script that cannot read the stylesheet or write its output can only stop the build, with
// the message saying which.
#![allow(clippy::expect_used)]

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=style/widget.css");
    let css = fs::read_to_string("style/widget.css").expect("style/widget.css");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("widget.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

/// Drops `/* … */` comments, then each line's surrounding spaces and the empty lines.
fn minify(css: &str) -> String {
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
