//! The Yew components. Each widget is one [`Widget`]: either the whole app (all tools, navigation in
//! the URL hash, used by the standalone page) or a single tool (used when embedded).

pub mod clock;
pub mod fields;
mod header;
mod language_switch;
mod nav;
mod overview;
mod page;
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
