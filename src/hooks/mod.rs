//! Custom hooks: browser side effects wrapped so components stay declarative.

mod use_copy;
mod use_form;
mod use_hash_route;

pub use use_copy::use_copy;
pub use use_form::use_form;
pub use use_hash_route::{use_hash_route, HashRoute};
