//! The SR field checklist: pick the desk and the product row, tick and fill what you have ready, and
//! take away the text to send. What the visitor types stays in this browser (localStorage, one key).

mod items_view;
mod output_view;

use yew::prelude::*;

use crate::browser::storage;
use crate::content::checklist as text;
use crate::hooks::{use_tool_with, ToolProps, ToolRun};
use crate::rules::checklist::form::ChecklistForm;
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
    let ToolRun {
        form: state,
        evaluation,
        dispatch,
    } = use_tool_with(props, move |_| {
        ChecklistForm::start(&params, storage::read(KEY).as_deref())
    });
    // Save every change. A browser that refuses storage (private mode, a full quota) does not keep
    // it: the tool works the same, and says the checklist will not be here next time.
    let kept = use_state_eq(|| true);
    {
        let kept = kept.clone();
        use_effect_with(state.saved(), move |saved| {
            kept.set(storage::write(KEY, &save(saved)))
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
