use yew::prelude::*;

use super::WidgetConfig;
use crate::hooks::ToolProps;
use crate::i18n::{tr, Key};
use crate::rules::contract::tool::Tool;
use crate::rules::contract::tool_state::Settings;
use crate::rules::kernel::lang::Lang;
use crate::ui::cited::guide_links;

/// What a tool's panel shows, and where its state comes from and goes.
pub struct Panel<'a> {
    pub tool: Tool,
    /// The standalone page titles the panel; an embedded widget already shows the title in its header.
    pub show_title: bool,
    /// The tool's starting state: the URL's (standalone page), or the host's `prefill` values.
    pub params: Vec<(String, String)>,
    /// Told the tool's state as URL parameters whenever it changes (standalone page only).
    pub on_params: Option<Callback<Vec<(String, String)>>>,
    pub config: &'a WidgetConfig,
    /// Changes when the visitor follows or pastes a link: the tool then starts afresh from `params`.
    /// (It keys the tool, not the panel, so the panel's heading stays in place for focus.)
    pub generation: u32,
}

/// A tool's panel: what the guide says the tool is about, then the tool. A plain function, not a
/// component: the tool inside is the component (keyed, and skipped while its props are the same).
pub fn tool_panel(lang: Lang, props: Panel) -> Html {
    // The widget turns a tool this build does not hold into an "unknown tool" message first.
    let Some(spec) = super::registry::spec(props.tool) else {
        return html! {};
    };
    let info = spec.info;
    // Every tool takes the same props and runs on the same hook (`hooks::use_tool`).
    let tool_props = ToolProps {
        params: props.params,
        settings: Settings {
            company_holidays: props.config.company_holidays.clone().unwrap_or_default(),
            defer_saved: props.config.defer_saved,
        },
        on_params: props.on_params,
        on_result: props.config.on_result.clone(),
    };
    let body = (spec.render)(tool_props, props.generation);
    let title_id = format!("sw-tool-title-{}", props.tool.slug());
    let source = info.source;
    html! {
        <section class="sw-panel" aria-labelledby={props.show_title.then(|| title_id.clone())}
            data-testid={format!("tool-panel-{}", props.tool.slug())}>
            if props.show_title {
                <h2 id={title_id} class="sw-page-title" tabindex="-1" data-page-heading="">{ info.title.get(lang) }</h2>
            }
            // What the guide says the tool is about, one tap away: the tool itself comes first.
            <details class="sw-details sw-about" data-testid={format!("about-{}", props.tool.slug())}>
                <summary>{ tr(lang, Key::AboutTool) }</summary>
                <p>{ crate::ui::rich::rich(info.summary.get(lang)) }</p>
                <p class="sw-source">
                    { tr(lang, Key::SourceLabel) }{ ": " }{ source.guide.title().get(lang) }{ " 「" }{ source.section }{ "」" }
                </p>
            </details>
            { body }
            { guide_links(lang, spec.links, format!("guide-links-{}", props.tool.slug())) }
        </section>
    }
}
