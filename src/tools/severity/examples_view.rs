use yew::prelude::*;

use crate::ui::cited::citation;

use crate::content::severity::{common, entries, family, Family, Shape, COMMON_SOURCE, FAMILIES};
use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::form::Action;
use crate::rules::severity::ExampleRef;

pub struct ExamplesViewProps {
    pub family: Option<String>,
    pub example: Option<ExampleRef>,
    pub severity: Option<Severity>,
    pub on_action: Callback<Action>,
}

/// The product family, then every one of its examples, severity by severity in the guide's order,
/// for the visitor to say which matches their case (that example's severity is then suggested).
/// Without a family, the common examples for the severity in force.
pub fn examples_view(lang: Lang, props: &ExamplesViewProps) -> Html {
    let onchange = props.on_action.reform(|event: Event| {
        let value = crate::browser::events::value(&event);
        Action::Family((!value.is_empty()).then_some(value))
    });
    let selected = props.family.as_deref().and_then(family);
    let options = FAMILIES.iter().map(|f| {
        html! { <option value={f.slug} selected={selected.is_some_and(|s| s.slug == f.slug)}>{ f.name.get(lang) }</option> }
    });
    let body = match selected {
        Some(family) => picker(lang, family, props.example, &props.on_action),
        None => props
            .severity
            .map(|severity| common_examples(lang, severity))
            .unwrap_or_default(),
    };
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-sv-family-label">
            <div class="sw-field sw-field--wide">
                <label id="sw-sv-family-label" class="sw-label" for="sw-sv-family">{ tr(lang, Key::FamilyLabel) }</label>
                <select id="sw-sv-family" class="sw-input sw-select" data-testid="sw-sv-family" {onchange}>
                    <option value="" selected={selected.is_none()}>{ tr(lang, Key::FamilyNone) }</option>
                    { for options }
                </select>
            </div>
            { body }
        </section>
    }
}

fn common_examples(lang: Lang, severity: Severity) -> Html {
    html! {
        <details class="sw-details" data-testid="sw-sv-common">
            <summary>{ tr(lang, Key::CommonColumn) }{ format!(" — {}", severity.label()) }</summary>
            <ul class="sw-list">{ for common(severity).iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
            <p class="sw-source">{ citation(lang, COMMON_SOURCE) }</p>
        </details>
    }
}

/// One radio group (`sw-sv-example`) across the four severities: native radios, so the arrow keys
/// move through every example and Space picks one.
fn picker(
    lang: Lang,
    family: &'static Family,
    chosen: Option<ExampleRef>,
    on_action: &Callback<Action>,
) -> Html {
    let radio = |value: String, example: Option<ExampleRef>, label: Html, sub: bool| {
        let id = format!("sw-sv-example-{value}");
        let onchange = on_action.reform(move |_: Event| Action::Example(example));
        html! {
            <div class={classes!("sw-choice", sub.then_some("sw-choice--sub"))}>
                <input type="radio" name="sw-sv-example" id={id.clone()} data-testid={id.clone()}
                    checked={chosen == example} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let severity_group = |severity: Severity| {
        let lines = entries(family, severity).into_iter().map(|entry| match entry.reference {
            None => html! { <p class="sw-example-lead">{ entry.text.get(lang) }</p> },
            Some(reference) => {
                let label = html! {
                    <>
                        if let Some(product) = entry.product { <span class="sw-tag">{ product }</span>{ " " } }
                        { entry.text.get(lang) }
                    </>
                };
                radio(reference.key(), Some(reference), label, entry.shape == Shape::Sub)
            }
        });
        let items = html! {
            <>
                if family.examples(severity).is_none() {
                    <p class="sw-hint">{ tr(lang, Key::FamilyRefersToCommon) }</p>
                }
                { for lines }
            </>
        };
        html! {
            <div class="sw-example-group" data-testid={format!("sw-sv-examples-s{}", severity.number())}>
                <h4 class="sw-subtitle">{ tr(lang, Key::SeverityExamples) }{ format!(" {}", severity.label()) }</h4>
                <div class="sw-choices sw-choices--list">{ items }</div>
            </div>
        }
    };
    html! {
        <fieldset class="sw-fieldset" data-testid="sw-sv-family-examples">
            <legend class="sw-legend">{ family.name.get(lang) }{ ": " }{ tr(lang, Key::WhichExample) }</legend>
            { for Severity::ALL.into_iter().map(severity_group) }
            <div class="sw-choices sw-choices--list">
                { radio("none".to_owned(), None, html! { tr(lang, Key::NoExampleMatches) }, false) }
            </div>
            <p class="sw-source">{ citation(lang, family.source) }{ " " }{ citation(lang, COMMON_SOURCE) }</p>
        </fieldset>
    }
}
