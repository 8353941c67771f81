//! Support after end of sale: from a product's end-of-sale date (and its EoSM date, if known), how
//! long TAC can still be reached for each kind of problem, when the service price rises, and what
//! else changes. The rules are in `rules::end_of_sale`, the words in `content::end_of_sale`.

mod result_view;

use yew::prelude::*;

use crate::rules::kernel::bounds;

use crate::content::end_of_sale as text;
use crate::hooks::{use_tool, ToolProps, ToolRun};
use crate::i18n::{tr, Key};
use crate::rules::end_of_sale::form::{Action, EndOfSaleForm};
use crate::ui::fields::{use_text_actions, TextField};
use crate::ui::use_lang;
use result_view::result_view;

/// The tool, as the shell finds it.
pub const SPEC: crate::ui::tool_spec::ToolSpec = crate::ui::tool_spec::ToolSpec {
    tool: crate::rules::contract::tool::Tool::EndOfSale,
    info: &crate::content::end_of_sale::INFO,
    links: crate::content::end_of_sale::LINKS,
    render: |props, key| html! { <EndOfSaleTool {key} ..props /> },
};

#[function_component]
pub fn EndOfSaleTool(props: &ToolProps) -> Html {
    let lang = use_lang();
    let ToolRun {
        form,
        evaluation,
        dispatch,
        rehearsal_field,
        ..
    } = use_tool::<EndOfSaleForm>(props);
    let [on_end_of_sale, on_end_of_sw_maintenance] =
        (*use_text_actions(&dispatch, [Action::EndOfSale, Action::EndOfSwMaintenance])).clone();
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
                        on_input={on_end_of_sale} max_chars={bounds::DATE_OR_TIME} hint={tr(lang, Key::DateFormatHint)}
                        error={error(&evaluation.end_of_sale, &form.end_of_sale)} placeholder="2024-05-01" />
                    <TextField id="sw-eos-eosm" label={tr(lang, Key::EosmDateLabel)} value={form.end_of_sw_maintenance.clone()}
                        on_input={on_end_of_sw_maintenance} max_chars={bounds::DATE_OR_TIME} hint={tr(lang, Key::EosmHint)}
                        error={error(&evaluation.end_of_sw_maintenance, &form.end_of_sw_maintenance)} placeholder="2025-05-01" />
                </div>
            </form>
            { result_view(lang, evaluation.answer.as_ref()) }
            { crate::ui::fields::rehearsal_field(rehearsal_field) }
        </div>
    }
}
