//! The delivery-window calculator: the form, and the answer that updates as the visitor types.

mod calendar_strip;
mod form_view;
mod result_view;

use yew::prelude::*;

use crate::browser::clock::jst_now;
use crate::domain::delivery::calculate;
use crate::domain::delivery_form::{check, Action, DeliveryForm};
use crate::domain::form::Form;
use crate::hooks::use_form;
use form_view::FormView;
use result_view::ResultView;

#[derive(Properties, PartialEq)]
pub struct DeliveryToolProps {
    /// The starting form (from a deep link and the embedding page's company holidays). Empty date and
    /// time mean "now".
    pub initial: DeliveryForm,
    /// Told every change, for the standalone page to mirror the form in the URL.
    #[prop_or_default]
    pub on_change: Option<Callback<DeliveryForm>>,
}

#[function_component]
pub fn DeliveryTool(props: &DeliveryToolProps) -> Html {
    let (form, dispatch) = use_form(|| {
        let mut initial = props.initial.clone();
        if initial.date.is_empty() && initial.time.is_empty() {
            if let Some(now) = jst_now() {
                initial.apply(Action::At(now));
            }
        }
        initial
    });
    {
        let on_change = props.on_change.clone();
        use_effect_with(form.clone(), move |form| {
            if let Some(on_change) = on_change {
                on_change.emit(form.clone());
            }
        });
    }
    let checked = check(&form);
    let answer = checked
        .request
        .as_ref()
        .map(|request| calculate(request, &checked.calendar));
    html! {
        <div class="sw-delivery" data-testid="delivery-tool">
            <FormView {form} checked={checked.clone()} on_action={dispatch} />
            <ResultView request={checked.request.clone()} answer={answer} calendar={checked.calendar.clone()} />
        </div>
    }
}
