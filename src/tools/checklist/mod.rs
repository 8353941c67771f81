//! The SR field checklist: pick the desk and the product row, tick and fill what you have ready, and
//! take away the text to send. What the visitor types stays in this browser (localStorage, one key).

mod items_view;
mod output_view;

use yew::prelude::*;

use crate::browser::storage;
use crate::domain::checklist::storage::{save, KEY};
use crate::domain::checklist::{items_for, plan};
use crate::domain::checklist_form::ChecklistState;
use crate::hooks::{use_tool_with, ToolProps};
use items_view::ItemsView;
use output_view::OutputView;

#[function_component]
pub fn ChecklistTool(props: &ToolProps) -> Html {
    let params = props.params.clone();
    let (state, dispatch) = use_tool_with(props, move |_| {
        ChecklistState::start(&params, storage::read(KEY).as_deref())
    });
    // Save every change; a browser that refuses storage (private mode, quota) just does not save.
    use_effect_with(state.saved(), |saved| storage::write(KEY, &save(saved)));
    let product = state.product();
    let items = items_for(state.desk, product);
    // Where the text goes and how (CSSM On-Prem and Smart Account are inquiries; S1 goes by phone).
    let plan = plan(state.desk, product, state.severity());
    html! {
        <div class="sw-checklist" data-testid="checklist-tool">
            <ItemsView state={state.clone()} items={items.clone()} {plan} on_action={dispatch.clone()} />
            <OutputView {plan} product={state.product} items={items} entries={state.entries.clone()} />
        </div>
    }
}
