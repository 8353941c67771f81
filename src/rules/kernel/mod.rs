//! What several tools share: nothing here names a tool.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

pub mod address;
pub(crate) mod bounds;
pub(crate) mod calendar;
pub(crate) mod contact;
pub(crate) mod desk;
pub(crate) mod holidays;
pub(crate) mod jst;
pub(crate) mod lang;
pub(crate) mod phone;
pub(crate) mod severity;
