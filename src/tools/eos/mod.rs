//! Support after end of sale: from a product's end-of-sale date (and its EoSM date, if known), how
//! long TAC can still be reached for each kind of problem, when the service price rises, and what
//! else changes. The rules are in `domain::end_of_sale`, the words in `content::end_of_sale`.

mod result_view;

use yew::prelude::*;

use crate::app::fields::TextField;
use crate::app::use_lang;
use crate::browser::clock::jst_now;
use crate::content::end_of_sale as text;
use crate::domain::end_of_sale::{evaluate, to_params, Action, EosForm};
use crate::hooks::use_form;
use crate::i18n::{tr, Key};
use result_view::ResultView;

#[derive(Properties, PartialEq)]
pub struct EosToolProps {
    pub initial: EosForm,
    /// Told the deep-link parameters (the two dates) whenever they change.
    #[prop_or_default]
    pub on_change: Option<Callback<Vec<(String, String)>>>,
}

#[function_component]
pub fn EosTool(props: &EosToolProps) -> Html {
    let lang = use_lang();
    let (form, dispatch) = use_form(|| props.initial.clone());
    // Today in Japan, read once per render: it only decides "still open" or "ended".
    let today = jst_now().map(|now| now.date());
    let evaluation = evaluate(&form, today);
    {
        let on_change = props.on_change.clone();
        use_effect_with(to_params(&form), move |params| {
            if let Some(on_change) = on_change {
                on_change.emit(params.clone());
            }
        });
    }
    // An empty required field is not an error while the visitor has not typed anything.
    let error = |result: &Result<Option<time::Date>, _>, typed: &str| match result {
        Err(error) if !typed.trim().is_empty() => Some(text::date_error(lang, *error)),
        _ => None,
    };
    html! {
        <div class="sw-eos" data-testid="eos-tool">
            <form class="sw-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                <div class="sw-row">
                    <TextField id="sw-eos-eos" label={tr(lang, Key::EosDateLabel)} value={form.end_of_sale.clone()}
                        on_input={dispatch.reform(Action::EndOfSale)} hint={tr(lang, Key::DateFormatHint)}
                        error={error(&evaluation.end_of_sale, &form.end_of_sale)} placeholder="2024-05-01" inputmode="numeric" />
                    <TextField id="sw-eos-eosm" label={tr(lang, Key::EosmDateLabel)} value={form.end_of_sw_maintenance.clone()}
                        on_input={dispatch.reform(Action::EndOfSwMaintenance)} hint={tr(lang, Key::EosmHint)}
                        error={error(&evaluation.end_of_sw_maintenance, &form.end_of_sw_maintenance)} placeholder="2025-05-01" inputmode="numeric" />
                </div>
            </form>
            <ResultView answer={evaluation.answer} />
        </div>
    }
}
