//! What the shell needs of a tool, in one value each tool's folder provides (`tools::<tool>::SPEC`):
//! which tool it is, its title and description, the guide's pages it lists, and how to render it.
//! The shell collects the specs of the tools a build holds (`shell::registry`), so adding a tool is
//! a folder per layer and one line there, never a `match` in the shell.

use yew::prelude::*;

use crate::content::tools::ToolInfo;
use crate::content::GuideLink;
use crate::hooks::ToolProps;
use crate::rules::contract::tool::Tool;

pub struct ToolSpec {
    pub tool: Tool,
    pub info: &'static ToolInfo,
    pub links: &'static [GuideLink],
    /// The tool's component with these props, keyed (a new key starts it afresh).
    pub render: fn(ToolProps, u32) -> Html,
}
