//! Severity selection: questions leading to a suggested severity with its reasons, the product
//! family's own examples, what each TAC desk does next (and whether it is answering now), and a
//! result card to copy, print or take to the SR checklist.

mod card_view;
mod desks_view;
mod examples_view;
mod questions_view;

use yew::prelude::*;

use crate::app::use_lang;
use crate::browser::clock::jst_now;
use crate::content::tac;
use crate::domain::severity_form::SeverityForm;
use crate::domain::severity_guide::{progress, DesksNow};
use crate::hooks::{use_tool, ToolProps};
use card_view::CardView;
use desks_view::DesksView;
use examples_view::ExamplesView;
use questions_view::QuestionsView;

#[function_component]
pub fn SeverityTool(props: &ToolProps) -> Html {
    let lang = use_lang();
    let (form, dispatch) = use_tool::<SeverityForm>(props);
    let progress = progress(&form.answers);
    let suggestion = form.suggestion();
    let severity = form.chosen.or(suggestion.as_ref().map(|s| s.severity));
    // One reading of the clock and one calendar for both desks and the card.
    let now = severity
        .zip(jst_now())
        .and_then(|(severity, now)| DesksNow::at(severity, now, &props.settings.calendar()));
    // The link to the checklist is for the standalone page, where the URL is the tool's.
    let checklist_link = props.on_params.is_some();
    html! {
        <div class="sw-severity" data-testid="severity-tool">
            <p class="sw-lead">{ tac::AGREED_WITH_TAC.get(lang) }</p>
            <QuestionsView answers={form.answers} {progress} suggestion={suggestion.clone()} family={form.family.clone()}
                examples_to_check={form.examples_to_check()} chosen={form.chosen} on_action={dispatch.clone()} />
            <ExamplesView family={form.family.clone()} example={form.example} {severity} on_action={dispatch.clone()} />
            if let Some(severity) = severity {
                <DesksView {severity} desk={form.desk} family={form.family.clone()} {now} on_action={dispatch} />
                <CardView {severity} family={form.family.clone()} reasons={suggestion.filter(|s| s.severity == severity).map(|s| s.reasons).unwrap_or_default()}
                    desk={form.desk} {checklist_link} {now} />
            }
        </div>
    }
}
