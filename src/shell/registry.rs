//! The tools this build holds, each behind its feature: the one list the shell reads (the panel,
//! the header's title, the navigation and the overview), in `Tool::ALL`'s order.

use crate::rules::contract::tool::Tool;
use crate::ui::tool_spec::ToolSpec;

pub const TOOLS: &[&ToolSpec] = &[
    #[cfg(feature = "severity")]
    &crate::tools::severity::SPEC,
    #[cfg(feature = "checklist")]
    &crate::tools::checklist::SPEC,
    #[cfg(feature = "delivery")]
    &crate::tools::delivery::SPEC,
    #[cfg(feature = "account_domain")]
    &crate::tools::account_domain::SPEC,
    #[cfg(feature = "end_of_sale")]
    &crate::tools::end_of_sale::SPEC,
];

/// The tool's spec, if this build holds it (a one-tool module holds its own only).
pub fn spec(tool: Tool) -> Option<&'static ToolSpec> {
    TOOLS.iter().copied().find(|spec| spec.tool == tool)
}
