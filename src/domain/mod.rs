//! Pure rules: no yew, web-sys or gloo here, so everything in this tree compiles and is tested natively
//! with plain `cargo test`. Components call into these functions and stay thin.

pub mod account_domain;
pub mod account_readiness;
pub mod calendar;
pub mod checklist;
pub mod checklist_form;
pub mod delivery;
pub mod delivery_form;
pub mod desk;
pub mod domain_form;
pub mod end_of_sale;
pub mod form;
pub mod holidays;
pub mod jst;
pub mod lang;
pub mod route;
pub mod severity;
pub mod severity_form;
pub mod severity_guide;
pub mod tool;
pub mod tool_state;

/// URL parameters from pairs, for the deep-link tests.
#[cfg(test)]
pub(crate) fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
