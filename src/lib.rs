//! Support-guide widgets: five tools built from two Japanese support guides, as one Yew app that
//! runs standalone or embedded in any page, each widget in its own shadow root.
//!
//! - `rules/`: the pure rules, tested natively: `kernel/` (shared), `contract/` (how a tool meets
//!   the shell and the host), a folder per tool.
//! - `i18n/` and `content/`: every UI string in ja and en, and the guide's facts as cited data.
//! - `ui/` (the kit), `shell/`, `tools/` (one folder per tool, views only), `hooks/`, `browser/`,
//!   `embed/`: the browser side (wasm32 only); components stay thin and call into `rules/`.
//!
//! Visibility: only what the binary and the tests outside the crate use is `pub` (the address
//! rules and the checklist storage key, `browser`'s UTS-46, `embed`); everything else is
//! `pub(crate)`, so the compiler reports dead code. The wasm32 build holds every layer, so that is
//! where dead code is judged (clippy runs on both targets in `scripts/test`); natively, code used only
//! by the components would look dead, hence the `allow` below.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

pub(crate) mod content;
pub(crate) mod i18n;
pub mod rules;
// build.rs's stylesheet pruning, compiled here for its tests only.
#[cfg(test)]
mod style_prune;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub(crate) mod hooks;
#[cfg(target_arch = "wasm32")]
pub(crate) mod shell;
#[cfg(target_arch = "wasm32")]
pub(crate) mod tools;
#[cfg(target_arch = "wasm32")]
pub(crate) mod ui;

/// The allocator: talc instead of the standard library's dlmalloc, which costs the wasm about 4 KB
/// more (brotli) for speed these widgets do not need; it grows the wasm memory the same way.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The rules' speed, for `scripts/bench` (`cargo run --release --example rules`): native only.
#[cfg(all(not(target_arch = "wasm32"), feature = "app"))]
pub fn rules_benchmark() -> String {
    rules::bench::report()
}
