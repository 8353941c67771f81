//! Custom hooks: browser side effects wrapped so components stay declarative.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

mod use_copy;
mod use_form;
mod use_hash_route;
mod use_tool;

pub use use_copy::use_copy;
pub use use_form::use_form;
pub use use_hash_route::{use_hash_route, HashRoute};
pub use use_tool::{use_tool, use_tool_with, RehearsalField, ToolProps, ToolRun};
