//! The tool contract: every tool's state implements [`ToolState`], so one hook (`hooks::use_tool`)
//! runs any tool, the URL is written in one place, and every tool has a typed result for host pages.
//!
//! A tool's state is built from its deep-link parameters and the host's settings, changes only
//! through its actions (`Form::apply`), writes its parameters back (never personal values: no e-mail
//! local part, no password, nothing typed into the checklist), and gives its current result. Results
//! are `serde::Serialize` with camelCase fields; dates are ISO 8601 (`2026-11-24`) and times carry
//! their offset (`2026-11-24T13:00:00+09:00`). The result of each tool is part of the embedding
//! interface: add fields, never rename or remove one.

use serde::Serialize;
use time::PrimitiveDateTime;

use crate::rules::contract::form::Form;
use crate::rules::kernel::address::Uts46;
use crate::rules::kernel::lang::Lang;

/// Deep-link parameters, in order, percent-decoded (see `route::Route`).
pub type Params = Vec<(String, String)>;

/// What the host page gives every tool: its `data-*` attributes or `mount()` options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Company-designated holidays (`2026-12-29..2027-01-03,2027-08-13`), which the guide does not
    /// list: the delivery calculator counts them, the severity tool's "answering now" too.
    pub company_holidays: String,
    /// The iframe page (`embed.html`): what this browser saved comes back only once the visitor
    /// acts in the frame, so a page that frames it learns nothing of it (no result, no height).
    pub defer_saved: bool,
}

/// What a tool may ask of its surroundings to work out its result: the settings, the time in Japan
/// (read once per render), UTS-46 (the browser's, or `idna` in native tests), and the UI language
/// (the severity tool's desk follows it until the visitor picks one).
pub struct Env<'a> {
    pub settings: &'a Settings,
    pub now: Option<PrimitiveDateTime>,
    pub uts46: &'a dyn Uts46,
    pub lang: Lang,
}

pub trait ToolState: Form {
    /// What the tool works out from its form: once per render, in one environment (one reading of
    /// the clock), shown by the view and read by [`ToolState::result`], so the screen and the host's
    /// result event never disagree and nothing is worked out twice.
    type Evaluation: Clone + PartialEq + 'static;

    /// The tool's current answer, for host pages (`supportwidget:result`) and tests.
    type Result: Serialize + Clone + PartialEq + std::fmt::Debug + 'static;

    /// The state a deep link (or an embedded widget, with no parameters) starts from; `env` gives the
    /// host's settings and the time in Japan (the delivery tool starts at "now").
    fn from_params(params: &[(String, String)], env: &Env) -> Self;

    /// The deep-link parameters for the current state: never personal values.
    fn to_params(&self, env: &Env) -> Params;

    fn evaluate(&self, env: &Env) -> Self::Evaluation;

    /// The result, read from the evaluation (the form gives what the evaluation does not hold).
    fn result(&self, evaluation: &Self::Evaluation) -> Self::Result;

    /// A visitor's first edit, for `hooks::use_tool` to rehearse once on a copy while the browser
    /// is idle after the first render (the first keystroke would otherwise pay for the browser
    /// compiling the update path): a character typed into the tool's first field, or its first
    /// question answered. It must change the form, so the rehearsal renders something new.
    fn rehearsal(&self) -> Self::Action;

    /// An action that leaves the form exactly as it is. The rehearsal sends one through a field's
    /// input event, so that the event's path (yew's listener, a field's callback, the reducer) is
    /// compiled too before the visitor's first keystroke, and nothing changes.
    fn unchanged(&self) -> Self::Action;

    /// Whether a visitor's first edit is typing (the rehearsal then sends its event to a hidden text
    /// field); `false` where it is a click, so no text field's code comes into the module for it.
    const FIRST_EDIT_IS_TYPING: bool = true;
}

/// What a visitor's first keystroke over a filled field (all of it selected) leaves in it: one
/// character, never what the field holds already (a rehearsal must change the form).
pub fn typed_over(current: &str) -> String {
    if current == "1" { "2" } else { "1" }.to_owned()
}

/// The last value of `key`, as deep links are read: a later repeat wins.
pub fn param<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::rules::kernel::address::IdnaUts46;

    pub static SETTINGS: Settings = Settings {
        company_holidays: String::new(),
        defer_saved: false,
    };

    /// An environment for native tests: no company holidays, a fixed "now", the `idna` crate.
    pub fn env(now: Option<PrimitiveDateTime>) -> Env<'static> {
        Env {
            settings: &SETTINGS,
            now,
            uts46: &IdnaUts46,
            lang: Lang::Ja,
        }
    }

    /// A host's settings with these company holidays (as the host's attribute gives them).
    pub fn host_settings(company_holidays: &str) -> Settings {
        Settings {
            company_holidays: company_holidays.to_owned(),
            defer_saved: false,
        }
    }

    /// [`env`] on a host with these settings.
    pub fn env_with(settings: &Settings, now: Option<PrimitiveDateTime>) -> Env<'_> {
        Env {
            settings,
            ..env(now)
        }
    }

    /// A result worked out in one step, as the hook does it (evaluate, then read the result).
    pub trait ResultIn: ToolState {
        fn result_in(&self, env: &Env) -> Self::Result {
            self.result(&self.evaluate(env))
        }
    }

    impl<T: ToolState> ResultIn for T {}

    /// The result as host pages will read it.
    pub fn json<T: ToolState>(state: &T, env: &Env) -> serde_json::Value {
        serde_json::to_value(state.result(&state.evaluate(env))).expect("a result serialises")
    }

    /// Building from a state's own parameters gives the same parameters back.
    pub fn round_trips<T: ToolState + std::fmt::Debug>(state: &T, env: &Env) {
        let params = state.to_params(env);
        let again = T::from_params(&params, env);
        assert_eq!(again.to_params(env), params, "{state:?}");
    }
}
