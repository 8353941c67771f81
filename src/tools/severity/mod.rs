//! Severity selection: questions leading to a suggested severity with its reasons, the product
//! family's own examples, what each TAC desk does next (and whether it is answering now), and a
//! result card to copy, print or take to the SR checklist.

mod card_view;
mod desks_view;
mod examples_view;
mod questions_view;

use yew::prelude::*;

use crate::app::use_lang;
use crate::content::tac;
use crate::domain::severity_form::{to_params, SeverityForm};
use crate::domain::severity_guide::progress;
use crate::hooks::use_form;
use card_view::CardView;
use desks_view::DesksView;
use examples_view::ExamplesView;
use questions_view::QuestionsView;

#[derive(Properties, PartialEq)]
pub struct SeverityToolProps {
    pub initial: SeverityForm,
    #[prop_or_default]
    pub on_change: Option<Callback<Vec<(String, String)>>>,
    /// Company holidays for the "answering now" check (same setting as the delivery tool).
    #[prop_or_default]
    pub company_holidays: String,
    /// Where the checklist link points (standalone page only).
    #[prop_or_default]
    pub checklist_link: bool,
}

#[function_component]
pub fn SeverityTool(props: &SeverityToolProps) -> Html {
    let lang = use_lang();
    let (form, dispatch) = use_form(|| props.initial.clone());
    {
        let on_change = props.on_change.clone();
        use_effect_with(form.clone(), move |form| {
            if let Some(on_change) = on_change {
                on_change.emit(to_params(form));
            }
        });
    }
    let progress = progress(&form.answers);
    let severity = form.severity();
    html! {
        <div class="sw-severity" data-testid="severity-tool">
            <p class="sw-lead">{ tac::AGREED_WITH_TAC.get(lang) }</p>
            <QuestionsView answers={form.answers} progress={progress.clone()} chosen={form.chosen} on_action={dispatch.clone()} />
            <ExamplesView family={form.family.clone()} {severity} on_action={dispatch.clone()} />
            if let Some(severity) = severity {
                <DesksView {severity} desk={form.desk} family={form.family.clone()} company_holidays={props.company_holidays.clone()} on_action={dispatch} />
                <CardView {severity} reasons={progress.suggestion.filter(|s| Some(s.severity) == Some(severity)).map(|s| s.reasons).unwrap_or_default()}
                    desk={form.desk} checklist_link={props.checklist_link} company_holidays={props.company_holidays.clone()} />
            }
        </div>
    }
}
