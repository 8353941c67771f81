//! Severity selection, the answer first: the desk, then (as soon as a severity is set) what to do
//! now at that desk with the number to call; then the questions that suggest a severity with its
//! reasons; then, folded, the product family's examples, both desks in full, and a result card to
//! copy, print or take to the SR checklist.

mod card_view;
mod desks_view;
mod examples_view;
mod next_step_view;
mod questions_view;

use yew::prelude::*;

use crate::content::desks;
use crate::content::severity::tac;
use crate::hooks::{use_tool, ToolProps, ToolRun};
use crate::i18n::{tr, Key};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::lang::Lang;
use crate::rules::severity::form::{Action, SeverityForm};
use crate::ui::fields::{choose, Choice, RadioGroup};
use crate::ui::partner::use_partner;
use crate::ui::use_lang;
use card_view::{card_text, card_view, CardViewProps};
use desks_view::{desks_view, DesksViewProps};
use examples_view::{examples_view, ExamplesViewProps};
use next_step_view::next_step_view;
use questions_view::{questions_view, QuestionsViewProps};

/// The tool, as the shell finds it.
pub const SPEC: crate::ui::tool_spec::ToolSpec = crate::ui::tool_spec::ToolSpec {
    tool: crate::rules::contract::tool::Tool::Severity,
    info: &crate::content::severity::INFO,
    links: crate::content::severity::LINKS,
    render: |props, key| html! { <SeverityTool {key} ..props /> },
};

#[function_component]
pub fn SeverityTool(props: &ToolProps) -> Html {
    let lang = use_lang();
    let partner = use_partner();
    let ToolRun {
        form,
        evaluation,
        dispatch,
        // No rehearsal field: a visitor's first edit here is a click (`FIRST_EDIT_IS_TYPING`).
        ..
    } = use_tool::<SeverityForm>(props);
    // One reading of the clock and one calendar for the card, both desks and the result event.
    let severity = evaluation.severity;
    let desk = evaluation.desk;
    let now = evaluation.now;
    let suggestion = evaluation.suggestion.clone();
    let progress = evaluation.progress.clone();
    // The link to the checklist is for the standalone page, where the URL is the tool's.
    let checklist_link = props.on_params.is_some();
    // The desk in the visitor's language comes first.
    let order = match lang {
        Lang::Ja => [Desk::Japan, Desk::Global],
        Lang::En => [Desk::Global, Desk::Japan],
    };
    let desks: Vec<Choice> = order
        .iter()
        .map(|desk| Choice::new(desk.key(), desks::desk_choice(*desk).get(lang)))
        .collect();
    let on_desk = choose(order.to_vec(), dispatch.reform(Action::Desk));
    let family_open = form.family.is_some();
    // The card's text, and its copy (a hook, so held here whether or not a severity is chosen). The
    // copy's outcome is reset by a change of what the card says, not of its "right now" time.
    let card = severity.map_or_else(String::new, |severity| {
        let reasons = suggestion
            .as_ref()
            .filter(|s| s.severity == severity)
            .map(|s| s.reasons.as_slice())
            .unwrap_or_default();
        card_text(lang, severity, form.family.as_deref(), reasons, desk, now)
    });
    let copy = crate::hooks::use_copy(card.clone(), (form.clone(), lang));
    html! {
        <div class="sw-severity" data-testid="severity-tool">
            <RadioGroup name="sw-sv-desk-choice" legend={html! { tr(lang, Key::DeskChoice) }} choices={desks}
                selected={AttrValue::Static(desk.key())} on_change={on_desk} class="sw-desk-choice" />
            // A live region that stays in the page: screen readers hear each new answer.
            <div class="sw-live" aria-live="polite" data-testid="sw-sv-live">
                if let Some(severity) = severity {
                    { next_step_view(lang, severity, desk, now, &partner) }
                }
            </div>
            if severity.is_some() && evaluation.unread_company_holidays > 0 {
                <p class="sw-note" role="status" data-testid="sw-sv-holidays-unread">
                    { tac::unread_company_holidays(lang, evaluation.unread_company_holidays) }
                </p>
            }
            { questions_view(lang, &QuestionsViewProps {
                answers: form.answers,
                progress,
                suggestion: suggestion.clone(),
                family: form.family.clone(),
                check_s1_examples: evaluation.check_s1_examples,
                chosen: form.chosen,
                on_action: dispatch.clone(),
            }) }
            <details class="sw-details sw-fold" open={family_open} data-testid="sw-sv-family-fold">
                <summary>{ tr(lang, Key::FamilyFold) }</summary>
                { examples_view(lang, &ExamplesViewProps {
                    family: form.family.clone(),
                    example: form.example,
                    severity,
                    on_action: dispatch.clone(),
                }) }
            </details>
            if let Some(severity) = severity {
                <details class="sw-details sw-fold" data-testid="sw-sv-desks-fold">
                    <summary>{ tr(lang, Key::DesksFold) }{ format!(" ({})", severity.label()) }</summary>
                    { desks_view(lang, &DesksViewProps {
                        severity,
                        family: form.family.clone(),
                        now,
                        cisco_contacts: partner.shows_cisco_contacts(),
                    }) }
                </details>
                <details class="sw-details sw-fold" data-testid="sw-sv-card-fold">
                    <summary>{ tr(lang, Key::CardHeading) }</summary>
                    { card_view(lang, CardViewProps { severity, text: &card, copy, checklist_link }) }
                </details>
            }
        </div>
    }
}
