//! Custom hooks: browser side effects wrapped so components stay declarative.

mod use_copy;
mod use_form;
mod use_hash_route;
mod use_tool;

pub use use_copy::use_copy;
pub use use_form::use_form;
pub use use_hash_route::{use_hash_route, HashRoute};
pub use use_tool::{use_tool, use_tool_with, ToolProps};
