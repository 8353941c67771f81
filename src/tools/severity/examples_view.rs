use yew::prelude::*;

use crate::app::cited::citation;

use crate::app::use_lang;
use crate::content::severity::{common, family, COMMON_SOURCE, FAMILIES};
use crate::domain::severity::Severity;
use crate::domain::severity_form::Action;
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct ExamplesViewProps {
    pub family: Option<String>,
    pub severity: Option<Severity>,
    pub on_action: Callback<Action>,
}

/// A product family's own examples beside the common definitions, for the severity in force.
#[function_component]
pub fn ExamplesView(props: &ExamplesViewProps) -> Html {
    let lang = use_lang();
    let onchange = props.on_action.reform(|event: Event| {
        let value = crate::browser::events::value(&event);
        Action::Family((!value.is_empty()).then_some(value))
    });
    let selected = props.family.as_deref().and_then(family);
    let options = FAMILIES.iter().map(|f| {
        html! { <option value={f.slug} selected={selected.is_some_and(|s| s.slug == f.slug)}>{ f.name.get(lang) }</option> }
    });
    let columns = props.severity.map(|severity| {
        let family_column = selected.map(|f| match f.examples(severity) {
            Some(examples) => html! {
                <div class="sw-column" data-testid="sw-sv-family-examples">
                    <h4 class="sw-subtitle">{ f.name.get(lang) }{ format!(" — {}", severity.label()) }</h4>
                    <ul class="sw-list">
                        { for examples.iter().map(|e| html! {
                            <li>
                                if let Some(product) = e.product { <span class="sw-tag">{ product }</span>{ " " } }
                                { e.text.get(lang) }
                            </li>
                        }) }
                    </ul>
                    <p class="sw-source">{ citation(lang, f.source) }</p>
                </div>
            },
            None => html! {
                <div class="sw-column" data-testid="sw-sv-family-examples">
                    <h4 class="sw-subtitle">{ f.name.get(lang) }{ format!(" — {}", severity.label()) }</h4>
                    <p>{ tr(lang, Key::FamilyRefersToCommon) }</p>
                    <p class="sw-source">{ citation(lang, f.source) }</p>
                </div>
            },
        });
        html! {
            <div class="sw-columns">
                <div class="sw-column" data-testid="sw-sv-common">
                    <h4 class="sw-subtitle">{ tr(lang, Key::CommonColumn) }{ format!(" — {}", severity.label()) }</h4>
                    <ul class="sw-list">{ for common(severity).iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
                    <p class="sw-source">{ citation(lang, COMMON_SOURCE) }</p>
                </div>
                if let Some(family_column) = family_column { { family_column } }
            </div>
        }
    });
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-sv-family-label">
            <div class="sw-field sw-field--wide">
                <label id="sw-sv-family-label" class="sw-label" for="sw-sv-family">{ tr(lang, Key::FamilyLabel) }</label>
                <select id="sw-sv-family" class="sw-input sw-select" data-testid="sw-sv-family" {onchange}>
                    <option value="" selected={selected.is_none()}>{ tr(lang, Key::FamilyNone) }</option>
                    { for options }
                </select>
            </div>
            if let Some(columns) = columns { { columns } }
        </section>
    }
}
