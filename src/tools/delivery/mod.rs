//! The delivery-window calculator: the form, a one-line answer right under the service level (in
//! view on a phone after the first choice), and the full answer that updates as the visitor types.

mod calendar_strip;
mod form_view;
mod result_view;

use yew::prelude::*;

use crate::content::delivery as text;
use crate::hooks::{use_tool, ToolProps, ToolRun};
use crate::i18n::{tr, Key};
use crate::rules::delivery::form::DeliveryForm;
use crate::rules::delivery::{near_long_holidays, Promise};
use crate::ui::use_lang;
use form_view::{form_view, use_form_view, FormViewProps};
use result_view::result_view;

/// The tool, as the shell finds it.
pub const SPEC: crate::ui::tool_spec::ToolSpec = crate::ui::tool_spec::ToolSpec {
    tool: crate::rules::contract::tool::Tool::Delivery,
    info: &crate::content::delivery::INFO,
    links: crate::content::delivery::LINKS,
    render: |props, key| html! { <DeliveryTool {key} ..props /> },
};

#[function_component]
pub fn DeliveryTool(props: &ToolProps) -> Html {
    let lang = use_lang();
    let ToolRun {
        form,
        evaluation,
        dispatch,
        rehearsal_field,
        ..
    } = use_tool::<DeliveryForm>(props);
    let kept = use_form_view(&form, &dispatch);
    let checked = &evaluation.checked;
    let answer = &evaluation.answer;
    let quick = match (&checked.request, answer) {
        (Some(request), Some(Ok(answer))) => {
            let promise = answer.promise();
            let line = text::no_arrival(lang, promise)
                .unwrap_or_else(|| text::arrival(lang, answer.arrival));
            // "Now" is when the visitor looked, not when TAC will have completed the arrangement.
            let slip = evaluation.after_closing;
            let season = checked.calendar.company_holidays().is_empty()
                && matches!(promise, Promise::Arrival(_))
                && near_long_holidays(request.arranged_at.date(), answer.arrival.date());
            html! {
                <div class="sw-quick" data-testid="delivery-quick">
                    <p class="sw-quick__answer">{ line }</p>
                    if form.at_now && matches!(promise, Promise::Arrival(_)) {
                        <p class="sw-hint" data-testid="delivery-quick-slip">
                            { tr(lang, Key::CountsFromCompletion) }
                            if let Some(slip) = slip {
                                { " " }{ tr(lang, Key::IfAfterClosing) }{ " " }<strong>{ text::arrival(lang, slip) }</strong>
                            }
                        </p>
                    }
                    if season {
                        <p class="sw-note" data-testid="delivery-quick-season">{ tr(lang, Key::LongHolidaysNote) }</p>
                    }
                </div>
            }
        }
        _ => html! {},
    };
    html! {
        <div class="sw-delivery" data-testid="delivery-tool">
            { form_view(lang, FormViewProps { form: &form, checked, on_action: &dispatch, quick, kept: &kept }) }
            { result_view(lang, checked, answer.as_ref()) }
            { crate::ui::fields::rehearsal_field(rehearsal_field) }
        </div>
    }
}
