//! Severity selection: questions leading to a suggested severity with its reasons, the product
//! family's own examples, what each TAC desk does next (and whether it is answering now), and a
//! result card to copy, print or take to the SR checklist.

mod card_view;
mod desks_view;
mod examples_view;
mod questions_view;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_lang;
use crate::content::tac;
use crate::domain::severity_form::{to_params, Action, SeverityForm};
use crate::domain::severity_guide::progress;
use card_view::CardView;
use desks_view::DesksView;
use examples_view::ExamplesView;
use questions_view::QuestionsView;

#[derive(Clone, PartialEq, Default)]
struct FormState(SeverityForm);

impl Reducible for FormState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut form = self.0.clone();
        form.apply(action);
        Rc::new(FormState(form))
    }
}

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
    let form = use_reducer(|| FormState(props.initial.clone()));
    {
        let on_change = props.on_change.clone();
        use_effect_with(form.0.clone(), move |form| {
            if let Some(on_change) = on_change {
                on_change.emit(to_params(form));
            }
        });
    }
    let dispatch = {
        let form = form.clone();
        Callback::from(move |action: Action| form.dispatch(action))
    };
    let progress = progress(&form.0.answers);
    let severity = form.0.severity();
    html! {
        <div class="sw-severity" data-testid="severity-tool">
            <p class="sw-lead">{ tac::AGREED_WITH_TAC.get(lang) }</p>
            <QuestionsView answers={form.0.answers} progress={progress.clone()} chosen={form.0.chosen} on_action={dispatch.clone()} />
            <ExamplesView family={form.0.family.clone()} {severity} on_action={dispatch.clone()} />
            if let Some(severity) = severity {
                <DesksView {severity} desk={form.0.desk} family={form.0.family.clone()} company_holidays={props.company_holidays.clone()} on_action={dispatch} />
                <CardView {severity} reasons={progress.suggestion.filter(|s| Some(s.severity) == Some(severity)).map(|s| s.reasons).unwrap_or_default()}
                    desk={form.0.desk} checklist_link={props.checklist_link} company_holidays={props.company_holidays.clone()} />
            }
        </div>
    }
}
