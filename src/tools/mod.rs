//! One folder per tool. Each tool's component takes its starting state and reports changes, so the
//! standalone page can mirror them in the URL; the rules live in `domain/`, the words in `content/`.

pub mod checklist;
pub mod delivery;
pub mod domain;
pub mod eos;
pub mod severity;
