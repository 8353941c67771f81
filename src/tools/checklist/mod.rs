//! The SR field checklist: pick the desk and the product row, tick and fill what you have ready, and
//! take away the text to send. What the visitor types stays in this browser (localStorage, one key).

mod items_view;
mod output_view;

use yew::prelude::*;

use crate::browser::{clock, storage};
use crate::content::checklist as text;
use crate::hooks::{use_tool_with, ToolProps, ToolRun};
use crate::rules::checklist::form::{Action, ChecklistForm};
use crate::rules::checklist::storage::{load, sync, take_theirs, Stamped, KEY};
use crate::ui::use_lang;
use items_view::{items_view, ItemsViewProps};
use output_view::{output_view, text_to_send, OutputViewProps};

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
    let stored_at_start = use_memo((), move |()| {
        (!deferred).then(|| storage::read(KEY)).flatten()
    });
    let ToolRun {
        form: state,
        evaluation,
        dispatch: apply,
        rehearsing,
        rehearsal_field,
    } = use_tool_with(props, {
        let stored = stored_at_start.clone();
        move |_| ChecklistForm::start(&params, stored.as_deref())
    });
    // What this widget knows of each saved field's last change: merged with what other checklists,
    // on this page or in other tabs, write (`storage::sync`), so no one's typing is lost.
    let known = use_mut_ref(|| {
        stored_at_start
            .as_deref()
            .map_or_else(Stamped::default, |text| load(text).0)
    });
    let acted = use_mut_ref(|| !deferred);
    let dispatch = {
        let acted = acted.clone();
        let known = known.clone();
        (*use_memo(apply.clone(), move |apply| {
            let apply = apply.clone();
            Callback::from(move |action: Action| {
                if !acted.replace(true) {
                    let stored = storage::read(KEY);
                    *known.borrow_mut() = stored
                        .as_deref()
                        .map_or_else(Stamped::default, |text| load(text).0);
                    apply.emit(Action::Restore(stored));
                }
                apply.emit(action);
            })
        }))
        .clone()
    };
    // Save every change (in the iframe page, once the saved state is back), merged with what is
    // stored; show what the merge brought in. A browser that refuses storage (private mode, a full
    // quota) does not keep it: the tool works the same, and says the checklist will not be here next
    // time. What is stored already is not written again (nor announced to the other checklists).
    // The rehearsed copy (`hooks::use_tool`) is merged on a copy of what is known, and nothing of it
    // is written.
    let kept = use_state_eq(|| true);
    {
        let kept = kept.clone();
        let acted = acted.clone();
        let known = known.clone();
        let apply = apply.clone();
        use_effect_with((state.saved(), rehearsing), move |(saved, rehearsing)| {
            if *rehearsing {
                let mut copy = known.borrow().clone();
                drop(sync(
                    &mut copy,
                    saved,
                    clock::unix_ms(),
                    storage::read(KEY).as_deref(),
                ));
            } else if *acted.borrow() {
                let stored = storage::read(KEY);
                let (text, theirs) = sync(
                    &mut known.borrow_mut(),
                    saved,
                    clock::unix_ms(),
                    stored.as_deref(),
                );
                if stored.as_deref() != Some(text.as_str()) {
                    kept.set(storage::write(KEY, &text));
                    storage::announce(KEY);
                }
                if let Some(entries) = theirs {
                    apply.emit(Action::Merge(entries));
                }
            }
        });
    }
    // Another checklist wrote: take what it typed or cleared since (not before the visitor acted
    // in the iframe page, where nothing saved shows until then).
    use_effect_with((), move |()| {
        let listeners = storage::on_change(KEY, move || {
            if !*acted.borrow() {
                return;
            }
            let theirs = take_theirs(&mut known.borrow_mut(), storage::read(KEY).as_deref());
            if let Some(entries) = theirs {
                apply.emit(Action::Merge(entries));
            }
        });
        move || drop(listeners)
    });
    let lang = use_lang();
    let partner = crate::ui::partner::use_partner();
    let to_send = text_to_send(&evaluation, &state.entries);
    // The text to send carries no time: it is its own subject.
    let copy = crate::hooks::use_copy(to_send.full.clone(), to_send.full.clone());
    let confirming = use_state(|| false);
    let items = items_view(
        lang,
        ItemsViewProps {
            state: &state,
            evaluation: &evaluation,
            on_action: &dispatch,
            confirming,
        },
    );
    let output = output_view(
        lang,
        OutputViewProps {
            evaluation: &evaluation,
            product: state.product,
            text: to_send,
            copy,
            partner: &partner,
        },
    );
    html! {
        <div class="sw-checklist" data-testid="checklist-tool">
            if !*kept {
                <p class="sw-note" role="status" data-testid="sw-cl-not-kept">{ text::NOT_KEPT.get(lang) }</p>
            }
            { items }
            { output }
            { crate::ui::fields::rehearsal_field(rehearsal_field) }
        </div>
    }
}
