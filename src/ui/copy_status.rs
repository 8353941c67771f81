use yew::prelude::*;

use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;

/// The live message after a copy button: always present (empty) so screen readers hear the change.
/// `outcome` comes from `hooks::use_copy`: `Some(true)` copied, `Some(false)` refused by the browser.
/// A plain function, not a component: it holds no state (see `app/cited.rs`).
pub fn copy_status(lang: Lang, outcome: Option<bool>, testid: &'static str) -> Html {
    html! {
        <p role="status" class="sw-copy-status" data-testid={testid}>
            if let Some(copied) = outcome {
                <span class={if copied { "sw-ok" } else { "sw-error" }}>{ tr(lang, if copied { Key::Copied } else { Key::CopyFailed }) }</span>
            }
        </p>
    }
}
