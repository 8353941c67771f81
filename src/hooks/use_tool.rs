use std::rc::Rc;

use yew::prelude::*;

use crate::browser::clock::jst_now;
use crate::browser::BrowserUts46;
use crate::browser::{idle, something_has_focus};
use crate::hooks::use_form;
use crate::rules::contract::tool_state::{Env, Params, Settings, ToolState};
use crate::rules::kernel::lang::Lang;

/// What every tool component takes: its starting parameters (a deep link on the standalone page,
/// nothing when embedded), the host's settings, and whom to tell its parameters and result.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct ToolProps {
    #[prop_or_default]
    pub params: Params,
    #[prop_or_default]
    pub settings: Settings,
    /// Told the deep-link parameters whenever they change: the standalone page writes them into
    /// the URL (the one place the URL is written). `None` when embedded.
    #[prop_or_default]
    pub on_params: Option<Callback<Params>>,
    /// Told the tool's result (`ToolState::Result`, as a JavaScript object) whenever it changes, for
    /// the host page. `None`: no one listens, and the result is not worked out.
    #[prop_or_default]
    pub on_result: Option<Callback<wasm_bindgen::JsValue>>,
}

/// A running tool, as its view gets it: the form, what the rules worked out from it in this
/// render's one environment (the same evaluation the result event is read from), and the callback
/// that applies an action (the same callback every render, so fields given it do not re-render).
pub struct ToolRun<T: ToolState> {
    pub form: T,
    pub evaluation: Rc<T::Evaluation>,
    pub dispatch: Callback<T::Action>,
    /// True in the one render that shows the rehearsed copy ([`Rehearsal`]): a tool's own effects
    /// write nothing from it (the checklist saves nothing).
    pub rehearsing: bool,
    /// In that render, the hidden field the rehearsal sends its event to, where a visitor's first
    /// edit is typing (`ToolState::FIRST_EDIT_IS_TYPING`): the tool draws it anywhere in its view
    /// (`ui::fields::rehearsal_field`).
    pub rehearsal_field: Option<RehearsalField>,
}

/// The rehearsal's hidden field: where it is drawn, and what its input does (the tool's dispatch
/// of an action that leaves the form as it is).
pub struct RehearsalField {
    pub node: NodeRef,
    pub on_input: Callback<String>,
}

/// The first keystroke after load would pay, on top of its own work, for the browser compiling
/// the update path (yew's diff and patch, the tool's reducer and views for a changed form) and the
/// event's path (yew's listener, the field's callback, the dispatch), well over a frame on a slow
/// phone. So once, when the browser is idle after the first render, the tool renders a copy of its
/// form with a visitor's first edit applied (`ToolState::rehearsal`) and a hidden field, sends that
/// field an input event whose action leaves the form as it is (`ToolState::unchanged`), and renders
/// the real form again: all in one task, so nothing is painted between, and nothing is told to the
/// host, written to the URL or saved (those follow the real form only, which stays equal). The
/// event is not composed: it never leaves the widget's shadow root.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rehearsal {
    Waiting,
    Now,
    Done,
}

/// The environment a tool works in, in the browser: the host's settings, the time in Japan now, and
/// the browser's UTS-46. Built once per render: the clock is read here and nowhere else.
fn browser_env(settings: &Settings, lang: Lang) -> Env<'_> {
    Env {
        settings,
        now: jst_now(),
        uts46: &BrowserUts46,
        lang,
    }
}

/// Runs any tool: its state from the parameters (once), its actions, one evaluation per render, and
/// its parameters and result reported whenever they change.
#[hook]
pub fn use_tool<T: ToolState>(props: &ToolProps) -> ToolRun<T> {
    let params = props.params.clone();
    use_tool_with(props, move |env| T::from_params(&params, env))
}

/// [`use_tool`] with a starting state of the tool's own (the checklist also reads what this browser
/// saved).
#[hook]
pub fn use_tool_with<T: ToolState, F: FnOnce(&Env) -> T>(
    props: &ToolProps,
    start: F,
) -> ToolRun<T> {
    // The widget's language, provided at its root (a `Lang` context).
    let lang = use_context::<Lang>().unwrap_or_default();
    let (form, dispatch) = use_form(|| start(&browser_env(&props.settings, lang)));
    let rehearsal = use_state_eq(|| Rehearsal::Waiting);
    let rehearsal_field = use_node_ref();
    {
        let stage = rehearsal.clone();
        let field = rehearsal_field.clone();
        use_effect_with(*rehearsal, move |now| {
            let waiting = match now {
                // Not while the visitor is in a control: the rehearsal would move their caret, or
                // take the focus from a part of the answer it redraws.
                Rehearsal::Waiting => idle::when_idle(move || {
                    stage.set(if something_has_focus() {
                        Rehearsal::Done
                    } else {
                        Rehearsal::Now
                    })
                }),
                Rehearsal::Now => {
                    if T::FIRST_EDIT_IS_TYPING {
                        crate::browser::send_input(&field);
                    }
                    stage.set(Rehearsal::Done);
                    None
                }
                Rehearsal::Done => None,
            };
            // Unmounted (or moved on) first: the idle work is cancelled.
            move || drop(waiting)
        });
    }
    let env = browser_env(&props.settings, lang);
    let evaluation = Rc::new(form.evaluate(&env));
    let params = form.to_params(&env);
    let on_params = props.on_params.clone();
    use_effect_with(params, move |params| {
        if let Some(on_params) = on_params {
            on_params.emit(params.clone());
        }
    });
    let result = props.on_result.is_some().then(|| form.result(&evaluation));
    let on_result = props.on_result.clone();
    use_effect_with(result, move |result| {
        if let (Some(on_result), Some(result)) = (on_result, result) {
            on_result.emit(crate::browser::to_js(result));
        }
    });
    if *rehearsal == Rehearsal::Now {
        let mut copy = form.clone();
        copy.apply(copy.rehearsal());
        let rehearsed = Rc::new(copy.evaluate(&env));
        // Its parameters and result are worked out (and compiled) too, then dropped.
        drop(copy.to_params(&env));
        drop(crate::browser::to_js(&copy.result(&rehearsed)));
        let field = T::FIRST_EDIT_IS_TYPING.then(|| {
            let form = form.clone();
            RehearsalField {
                node: rehearsal_field,
                on_input: dispatch.reform(move |_: String| form.unchanged()),
            }
        });
        return ToolRun {
            form: copy,
            evaluation: rehearsed,
            dispatch,
            rehearsing: true,
            rehearsal_field: field,
        };
    }
    ToolRun {
        form,
        evaluation,
        dispatch,
        rehearsing: false,
        rehearsal_field: None,
    }
}
