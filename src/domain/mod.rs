//! Pure rules: no yew, web-sys or gloo here, so everything in this tree compiles and is tested natively
//! with plain `cargo test`. Components call into these functions and stay thin.

pub mod account_domain;
pub(crate) mod account_readiness;
pub(crate) mod calendar;
pub mod checklist;
pub(crate) mod checklist_form;
pub(crate) mod contact;
pub(crate) mod delivery;
pub(crate) mod delivery_form;
pub(crate) mod desk;
pub(crate) mod domain_form;
pub(crate) mod embedding;
pub(crate) mod end_of_sale;
pub(crate) mod form;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
pub(crate) mod holidays;
pub(crate) mod ics;
pub(crate) mod jst;
pub(crate) mod lang;
pub(crate) mod partner;
pub(crate) mod route;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod rules_bench;
pub(crate) mod severity;
pub(crate) mod severity_form;
pub(crate) mod severity_guide;
pub(crate) mod tool;
pub(crate) mod tool_state;

/// URL parameters from pairs, for the deep-link tests.
#[cfg(test)]
pub(crate) fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
