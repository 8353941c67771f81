//! The shell around the tools: each widget is one [`Widget`], either the whole app (all tools,
//! navigation in the URL hash, used by the standalone page) or a single tool (used when embedded),
//! with its header, language switch and tool panel. The tools never name the shell.

mod header;
mod language_switch;
#[cfg(feature = "app")]
mod nav;
#[cfg(feature = "app")]
mod overview;
#[cfg(feature = "app")]
mod page;
mod registry;
mod tool_panel;
mod widget;

pub use widget::{Widget, WidgetConfig, WidgetProps};
