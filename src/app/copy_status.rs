use yew::prelude::*;

use super::use_lang;
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct CopyStatusProps {
    /// From `hooks::use_copy`: `Some(true)` copied, `Some(false)` refused by the browser.
    pub outcome: Option<bool>,
    pub testid: AttrValue,
}

/// The live message after a copy button: always present (empty) so screen readers hear the change.
#[function_component]
pub fn CopyStatus(props: &CopyStatusProps) -> Html {
    let lang = use_lang();
    html! {
        <p role="status" class="sw-copy-status" data-testid={props.testid.clone()}>
            if let Some(copied) = props.outcome {
                <span class={if copied { "sw-ok" } else { "sw-error" }}>{ tr(lang, if copied { Key::Copied } else { Key::CopyFailed }) }</span>
            }
        </p>
    }
}
