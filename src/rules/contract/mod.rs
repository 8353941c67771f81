//! How a tool meets the shell and the host page: which tools exist, a tool's state and deep link,
//! the standalone page's routes, the partner's settings and the embedding attributes.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

pub(crate) mod embedding;
pub(crate) mod form;
pub(crate) mod partner;
pub(crate) mod route;
pub(crate) mod tool;
pub(crate) mod tool_state;
