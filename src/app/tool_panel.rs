use yew::prelude::*;

use super::cited::GuideLinks;
use super::use_lang;
use super::WidgetConfig;
use crate::content::{severity, tools};
use crate::domain::delivery_form::{self, DeliveryForm};
use crate::domain::tool::Tool;
use crate::domain::{domain_form, severity_form};
use crate::i18n::{tr, Key};
use crate::tools::checklist::ChecklistTool;
use crate::tools::delivery::DeliveryTool;
use crate::tools::domain::DomainTool;
use crate::tools::eos::EosTool;
use crate::tools::severity::SeverityTool;

#[derive(Properties, PartialEq)]
pub struct ToolPanelProps {
    pub tool: Tool,
    /// The standalone page titles the panel; an embedded widget already shows the title in its header.
    pub show_title: bool,
    /// The tool's state from the URL (standalone page only).
    #[prop_or_default]
    pub params: Vec<(String, String)>,
    /// Told the tool's state as URL parameters whenever it changes (standalone page only).
    #[prop_or_default]
    pub on_params: Option<Callback<Vec<(String, String)>>>,
    #[prop_or_default]
    pub config: WidgetConfig,
    /// Changes when the visitor follows or pastes a link: the tool then starts afresh from `params`.
    /// (It keys the tool, not the panel, so the panel's heading stays in place for focus.)
    #[prop_or_default]
    pub generation: u32,
}

/// A tool's panel: what the guide says the tool is about, then the tool.
#[function_component]
pub fn ToolPanel(props: &ToolPanelProps) -> Html {
    let lang = use_lang();
    let info = tools::info(props.tool);
    let body = match props.tool {
        Tool::Delivery => {
            let defaults = DeliveryForm {
                company_holidays: props.config.company_holidays.clone().unwrap_or_default(),
                ..DeliveryForm::default()
            };
            let initial = delivery_form::from_params(&props.params, defaults);
            let on_change = props.on_params.clone().map(|on_params| {
                on_params.reform(|form: DeliveryForm| delivery_form::to_params(&form))
            });
            html! { <DeliveryTool key={props.generation} {initial} {on_change} /> }
        }
        Tool::Severity => {
            let initial =
                severity_form::from_params(&props.params, |slug| severity::family(slug).is_some());
            html! {
                <SeverityTool key={props.generation} {initial} on_change={props.on_params.clone()}
                    company_holidays={props.config.company_holidays.clone().unwrap_or_default()} checklist_link={props.on_params.is_some()} />
            }
        }
        Tool::Domain => {
            let initial = domain_form::from_params(&props.params);
            html! { <DomainTool key={props.generation} {initial} on_change={props.on_params.clone()} /> }
        }
        Tool::EndOfSale => {
            let initial = crate::domain::end_of_sale::from_params(&props.params);
            html! { <EosTool key={props.generation} {initial} on_change={props.on_params.clone()} /> }
        }
        Tool::Checklist => html! {
            <ChecklistTool key={props.generation} params={props.params.clone()} on_change={props.on_params.clone()} />
        },
    };
    let title_id = format!("sw-tool-title-{}", props.tool.slug());
    let source = info.source;
    html! {
        <section class="sw-panel" aria-labelledby={props.show_title.then(|| title_id.clone())}
            data-testid={format!("tool-panel-{}", props.tool.slug())}>
            if props.show_title {
                <h2 id={title_id} class="sw-page-title" tabindex="-1" data-page-heading="">{ info.title.get(lang) }</h2>
            }
            <p>{ info.summary.get(lang) }</p>
            <p class="sw-source">
                { tr(lang, Key::SourceLabel) }{ ": " }{ source.guide.title().get(lang) }{ " 「" }{ source.section }{ "」" }
            </p>
            { body }
            <GuideLinks links={crate::content::links::for_tool(props.tool)} testid={format!("guide-links-{}", props.tool.slug())} />
        </section>
    }
}
