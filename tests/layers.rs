//! The layers' import rules, checked on the source text so the compiler-independent rule cannot rot:
//! `src/domain/` is pure (no yew, web-sys, js-sys or gloo), and only `src/browser/` and `src/embed/`
//! touch the browser (web-sys, js-sys, gloo). See ARCHITECTURE.md.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Lines of code (comments left out) that name one of `crates`.
fn uses(path: &Path, crates: &[&str]) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| {
            crates.iter().any(|name| {
                line.contains(&format!("{name}::")) || line.contains(&format!("use {name}"))
            })
        })
        .map(|line| format!("{}: {}", path.display(), line.trim()))
        .collect()
}

#[test]
fn the_domain_is_pure() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found: Vec<String> = rust_files(&src.join("domain"))
        .iter()
        .flat_map(|f| uses(f, &["yew", "web_sys", "js_sys", "gloo"]))
        .collect();
    assert!(
        found.is_empty(),
        "src/domain must not use the browser or yew:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_browser_and_embed_touch_the_browser() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    assert!(
        files.len() > 40,
        "the source tree is there ({} files)",
        files.len()
    );
    let found: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with(src.join("browser")) && !f.starts_with(src.join("embed")))
        .flat_map(|f| uses(f, &["web_sys", "js_sys", "gloo"]))
        .collect();
    assert!(
        found.is_empty(),
        "only src/browser and src/embed may use web-sys, js-sys and gloo:\n{}",
        found.join("\n")
    );
    // And the check itself can fail: the browser module does use them.
    assert!(rust_files(&src.join("browser"))
        .iter()
        .any(|f| !uses(f, &["web_sys"]).is_empty()));
}
