//! The SR field checklist: pick the desk and the product row, tick and fill what you have ready, and
//! take away the text to send. What the visitor types stays in this browser (localStorage, one key).

mod items_view;
mod output_view;

use yew::prelude::*;

use crate::browser::storage;
use crate::content::checklist as text;
use crate::hooks::{use_tool_with, ToolProps, ToolRun};
use crate::rules::checklist::form::{Action, ChecklistForm};
use crate::rules::checklist::storage::{save, KEY};
use crate::ui::use_lang;
use items_view::ItemsView;
use output_view::OutputView;

/// The tool, as the shell finds it.
pub const SPEC: crate::ui::tool_spec::ToolSpec = crate::ui::tool_spec::ToolSpec {
    tool: crate::rules::contract::tool::Tool::Checklist,
    info: &crate::content::checklist::INFO,
    links: crate::content::checklist::LINKS,
    render: |props, key| html! { <ChecklistTool {key} ..props /> },
};

#[function_component]
pub fn ChecklistTool(props: &ToolProps) -> Html {
    let params = props.params.clone();
    // In the iframe page, what this browser saved waits for the visitor's first action there: a
    // page that frames it gets no result and no height from it before.
    let deferred = props.settings.defer_saved;
    let ToolRun {
        form: state,
        evaluation,
        dispatch,
    } = use_tool_with(props, move |_| {
        let stored = (!deferred).then(|| storage::read(KEY)).flatten();
        ChecklistForm::start(&params, stored.as_deref())
    });
    let acted = use_mut_ref(|| !deferred);
    let dispatch = {
        let acted = acted.clone();
        (*use_memo(dispatch, move |dispatch| {
            let dispatch = dispatch.clone();
            Callback::from(move |action: Action| {
                if !acted.replace(true) {
                    dispatch.emit(Action::Restore(storage::read(KEY)));
                }
                dispatch.emit(action);
            })
        }))
        .clone()
    };
    // Save every change (in the iframe page, once the saved state is back). A browser that refuses
    // storage (private mode, a full quota) does not keep it: the tool works the same, and says the
    // checklist will not be here next time.
    let kept = use_state_eq(|| true);
    {
        let kept = kept.clone();
        let acted = acted.clone();
        use_effect_with(state.saved(), move |saved| {
            if *acted.borrow() {
                kept.set(storage::write(KEY, &save(saved)))
            }
        });
    }
    let lang = use_lang();
    html! {
        <div class="sw-checklist" data-testid="checklist-tool">
            if !*kept {
                <p class="sw-note" role="status" data-testid="sw-cl-not-kept">{ text::NOT_KEPT.get(lang) }</p>
            }
            <ItemsView state={state.clone()} evaluation={evaluation.clone()} on_action={dispatch.clone()} />
            <OutputView {evaluation} product={state.product} entries={state.entries.clone()} />
        </div>
    }
}
