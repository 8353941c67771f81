//! The kit the tools and the shell are built from: fields, cited facts and sources, the copy status,
//! the partner's help desk, text with links that act, and the pointer hold that keeps a button
//! still under the click.
//!
//! One rule for every component: show optional content with `if let Some(x) = … { … }`, never
//! `{ for option }`. `for` splices its items into the parent's children, and yew matches unkeyed
//! children from the end, so content appearing before a focused input would replace the input and
//! lose the visitor's focus while they type. Lists that grow (the severity questions) are keyed.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

pub mod cited;
pub mod copy_status;
pub mod fields;
pub mod partner;
pub mod pointer_hold;
pub mod rich;
pub mod tool_spec;

use crate::rules::kernel::lang::Lang;
use yew::prelude::*;

/// The UI language of the widget being rendered; provided once at the widget's root.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
