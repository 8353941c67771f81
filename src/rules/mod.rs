//! Pure rules: no yew, web-sys or gloo here, so everything in this tree compiles and is tested natively
//! with plain `cargo test`. Components call into these functions and stay thin.
//!
//! - `kernel/`: what several tools share (the JST clock and calendar, holidays, languages, severities,
//!   the desks and their contact texts, e-mail and domain syntax, phone numbers).
//! - `contract/`: how a tool meets the shell and the host page (which tools exist, a tool's state and
//!   deep link, the standalone page's routes, the partner's settings, the embedding attributes).
//! - one folder per tool, each with `mod.rs` (its rules) and `form.rs` (its state, deep link and
//!   result), behind the tool's cargo feature: no tool names another tool.

pub mod contract;
pub mod kernel;

#[cfg(feature = "account_domain")]
pub mod account_domain;
#[cfg(feature = "checklist")]
pub mod checklist;
#[cfg(feature = "delivery")]
pub(crate) mod delivery;
#[cfg(feature = "end_of_sale")]
pub(crate) mod end_of_sale;
#[cfg(feature = "severity")]
pub(crate) mod severity;

#[cfg(all(not(target_arch = "wasm32"), feature = "app"))]
pub(crate) mod bench;
#[cfg(all(test, not(target_arch = "wasm32"), feature = "app"))]
mod fuzz;

/// URL parameters from pairs, for the deep-link tests.
#[cfg(test)]
pub(crate) fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
