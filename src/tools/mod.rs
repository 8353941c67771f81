//! One folder per tool, named as its rules (`rules/<tool>/`) and content (`content/<tool>.rs`), each
//! behind the tool's cargo feature. Each tool's component takes its starting state and reports
//! changes, so the standalone page can mirror them in the URL; the rules live in `rules/`, the words
//! in `content/`. No tool names another tool or the shell.

#[cfg(feature = "account_domain")]
pub mod account_domain;
#[cfg(feature = "checklist")]
pub mod checklist;
#[cfg(feature = "delivery")]
pub mod delivery;
#[cfg(feature = "end_of_sale")]
pub mod end_of_sale;
#[cfg(feature = "severity")]
pub mod severity;
