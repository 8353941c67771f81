//! The Yew components. Each widget is one [`Widget`]: either the whole app (all tools, navigation in
//! the URL hash, used by the standalone page) or a single tool (used when embedded).
//!
//! One rule for every component: show optional content with `if let Some(x) = … { … }`, never
//! `{ for option }`. `for` splices its items into the parent's children, and yew matches unkeyed
//! children from the end, so content appearing before a focused input would replace the input and
//! lose the visitor's focus while they type. Lists that grow (the severity questions) are keyed.

pub mod cited;
pub mod copy_status;
pub mod fields;
mod header;
mod language_switch;
mod nav;
mod overview;
mod page;
pub mod partner;
mod pointer_hold;
pub mod rich;
mod tool_panel;
mod widget;

pub use widget::{Widget, WidgetConfig, WidgetProps};

use crate::domain::lang::Lang;
use yew::prelude::*;

/// The UI language of the widget being rendered; provided once at the widget's root.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
