//! The layers' import rules (the arrows in ARCHITECTURE.md), checked on the source text so they
//! cannot rot: `src/rules/` is pure (no yew, web-sys, js-sys or gloo) and names no browser-side
//! layer; only `src/browser/` and `src/embed/` touch the browser; the shared parts of the rules name
//! no tool; no tool names another tool in any layer; the tools never name the shell; hooks never
//! name the kit, the shell or the tools; the kit never names the shell or the tools. Every tool
//! keeps its rules' cases in the same place.
//!
//! Each rule is checked with the same finder, and a test plants a defect of each kind in a copy of
//! a real file to show the finder catches it.

use std::path::{Path, PathBuf};

/// The tools, as their folders (and files) are named in every layer.
const TOOLS: [&str; 5] = [
    "severity",
    "checklist",
    "delivery",
    "account_domain",
    "end_of_sale",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

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

/// A tool's home in one layer: `src/<layer>/<tool>/` or `src/<layer>/<tool>.rs`.
fn tool_files(layer: &str, tool: &str) -> Vec<PathBuf> {
    let dir = src().join(layer).join(tool);
    let file = src().join(layer).join(format!("{tool}.rs"));
    match (dir.is_dir(), file.is_file()) {
        (true, _) => rust_files(&dir),
        (false, true) => vec![file],
        (false, false) => panic!("{layer} has no home for {tool}"),
    }
}

/// Lines of code (comments left out) of `text` that name one of `paths` (`yew`, `crate::shell`, …),
/// directly or inside a grouped import (`use crate::content::{checklist, links};`).
fn naming(text: &str, paths: &[String]) -> Vec<String> {
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| paths.iter().any(|path| names(line, path)))
        .map(|line| line.trim().to_owned())
        .collect()
}

fn names(line: &str, path: &str) -> bool {
    if line.contains(&format!("{path}::"))
        || line.contains(&format!("use {path};"))
        || line.contains(&format!("use {path} "))
    {
        return true;
    }
    let Some((parent, last)) = path.rsplit_once("::") else {
        return false;
    };
    line.split(&format!("{parent}::{{")).skip(1).any(|group| {
        group
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == last)
    })
}

fn found_in(files: &[PathBuf], paths: &[String]) -> Vec<String> {
    files
        .iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            naming(&text, paths)
                .into_iter()
                .map(move |line| format!("{}: {line}", file.display()))
        })
        .collect()
}

fn strings(paths: &[&str]) -> Vec<String> {
    paths.iter().map(|p| (*p).to_owned()).collect()
}

const BROWSER_CRATES: [&str; 3] = ["web_sys", "js_sys", "gloo"];

/// What a tool's files in any layer must not name: every other tool, in every layer.
fn other_tools(tool: &str) -> Vec<String> {
    TOOLS
        .iter()
        .filter(|other| **other != tool)
        .flat_map(|other| {
            ["rules", "content", "tools"]
                .iter()
                .map(move |layer| format!("crate::{layer}::{other}"))
        })
        .collect()
}

fn assert_none(found: Vec<String>, rule: &str) {
    assert!(found.is_empty(), "{rule}:\n{}", found.join("\n"));
}

#[test]
fn the_rules_are_pure() {
    let files = rust_files(&src().join("rules"));
    assert!(
        files.len() > 25,
        "the rules are there ({} files)",
        files.len()
    );
    let mut forbidden = strings(&["yew", "web_sys", "js_sys", "gloo"]);
    forbidden.extend(
        ["ui", "shell", "tools", "hooks", "browser", "embed"]
            .iter()
            .map(|layer| format!("crate::{layer}")),
    );
    assert_none(
        found_in(&files, &forbidden),
        "src/rules must not use yew, the browser or the browser-side layers",
    );
}

#[test]
fn only_browser_and_embed_touch_the_browser() {
    let files: Vec<PathBuf> = rust_files(&src())
        .into_iter()
        .filter(|f| !f.starts_with(src().join("browser")) && !f.starts_with(src().join("embed")))
        .collect();
    assert!(
        files.len() > 40,
        "the source tree is there ({} files)",
        files.len()
    );
    assert_none(
        found_in(&files, &strings(&BROWSER_CRATES)),
        "only src/browser and src/embed may use web-sys, js-sys and gloo",
    );
    // And the check itself can fail: the browser module does use them.
    assert!(!found_in(&rust_files(&src().join("browser")), &strings(&["web_sys"])).is_empty());
}

#[test]
fn the_shared_rules_name_no_tool() {
    let mut files = rust_files(&src().join("rules/kernel"));
    files.extend(rust_files(&src().join("rules/contract")));
    let tools: Vec<String> = TOOLS
        .iter()
        .flat_map(|tool| {
            [
                format!("crate::rules::{tool}"),
                format!("crate::content::{tool}"),
            ]
        })
        .collect();
    assert_none(
        found_in(&files, &tools),
        "rules/kernel and rules/contract must not name a tool",
    );
}

#[test]
fn no_tool_names_another_tool() {
    for tool in TOOLS {
        for layer in ["rules", "content", "tools"] {
            let files = tool_files(layer, tool);
            assert_none(
                found_in(&files, &other_tools(tool)),
                &format!("src/{layer}/{tool} must not name another tool"),
            );
            assert_none(
                found_in(&files, &strings(&["super::super::super"])),
                &format!("src/{layer}/{tool} must not reach out of its layer by super::"),
            );
        }
    }
}

/// One way to place tests in every tool: the rules' cases in `rules/<tool>/tests.rs`, declared at
/// the foot of its `mod.rs`, never inline there nor in a folder of their own.
#[test]
fn every_tool_keeps_its_rules_cases_in_tests_rs() {
    for tool in TOOLS {
        let home = src().join("rules").join(tool);
        let rules = std::fs::read_to_string(home.join("mod.rs")).expect("rules/<tool>/mod.rs");
        assert!(
            rules.trim_end().ends_with("#[cfg(test)]\nmod tests;"),
            "src/rules/{tool}/mod.rs must end with `#[cfg(test)] mod tests;`"
        );
        assert!(home.join("tests.rs").is_file(), "src/rules/{tool}/tests.rs");
        assert!(
            !home.join("tests").exists(),
            "src/rules/{tool}/tests/ must be tests.rs"
        );
    }
}

#[test]
fn the_tools_never_name_the_shell() {
    assert_none(
        found_in(
            &rust_files(&src().join("tools")),
            &strings(&["crate::shell"]),
        ),
        "src/tools must not name the shell",
    );
}

#[test]
fn hooks_and_the_kit_stay_below_the_tools() {
    assert_none(
        found_in(
            &rust_files(&src().join("hooks")),
            &strings(&["crate::ui", "crate::shell", "crate::tools"]),
        ),
        "src/hooks must not name the kit, the shell or the tools",
    );
    assert_none(
        found_in(
            &rust_files(&src().join("ui")),
            &strings(&["crate::shell", "crate::tools"]),
        ),
        "src/ui must not name the shell or the tools",
    );
}

/// The finder catches each kind of defect, planted in a copy of a real file's text.
#[test]
fn a_planted_defect_of_each_kind_is_found() {
    let real = std::fs::read_to_string(src().join("tools/delivery/mod.rs"))
        .expect("the delivery view is there");
    assert!(
        naming(&real, &other_tools("delivery")).is_empty(),
        "the real file is clean"
    );
    let rules = std::fs::read_to_string(src().join("rules/delivery/mod.rs"))
        .expect("the delivery rules are there");
    let planted = [
        (
            &real,
            "use crate::rules::severity::suggest;",
            other_tools("delivery"),
        ),
        (
            &real,
            "let x = crate::content::checklist::ITEMS;",
            other_tools("delivery"),
        ),
        (
            &real,
            "use crate::tools::end_of_sale;",
            other_tools("delivery"),
        ),
        (
            &real,
            "use crate::shell::{Widget};",
            strings(&["crate::shell"]),
        ),
        (&rules, "use yew::prelude::*;", strings(&["yew"])),
        (
            &rules,
            "gloo::console::log!(\"x\");",
            strings(&BROWSER_CRATES),
        ),
    ];
    for (base, line, rule) in planted {
        assert!(
            naming(base, &rule).is_empty(),
            "the real file is clean of {rule:?}"
        );
        let text = format!("{base}\n{line}\n");
        assert_eq!(naming(&text, &rule), vec![line.to_owned()], "{line}");
    }
    // A comment that mentions another tool is not an import.
    let commented = format!("{real}\n// see crate::rules::severity::suggest\n");
    assert!(naming(&commented, &other_tools("delivery")).is_empty());
}
