//! The delivery-window calculator: the form, and the answer that updates as the visitor types.

mod calendar_strip;
mod form_view;
mod result_view;

use yew::prelude::*;

use crate::domain::delivery::calculate;
use crate::domain::delivery_form::{check, DeliveryForm};
use crate::hooks::{use_tool, ToolProps};
use form_view::FormView;
use result_view::ResultView;

#[function_component]
pub fn DeliveryTool(props: &ToolProps) -> Html {
    let (form, dispatch) = use_tool::<DeliveryForm>(props);
    let checked = check(&form);
    let answer = checked
        .request
        .as_ref()
        .map(|request| calculate(request, &checked.calendar));
    html! {
        <div class="sw-delivery" data-testid="delivery-tool">
            <FormView {form} checked={checked.clone()} on_action={dispatch} />
            <ResultView request={checked.request.clone()} needs_corrections={checked.needs_corrections()} answer={answer} calendar={checked.calendar.clone()} />
        </div>
    }
}
