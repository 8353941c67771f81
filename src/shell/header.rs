use yew::prelude::*;

use super::language_switch::{language_switch, switch_status, Switching};
use crate::rules::kernel::lang::Lang;

/// The widget title's id; ids are scoped to the widget's shadow root, so one id serves every widget.
pub const TITLE_ID: &str = "sw-widget-title";

/// The widget's title and language switch. `level`: `h1` on the standalone page; `h2` when embedded,
/// since the host page owns its `h1`. A plain function, not a component: it holds no state (see
/// `app/cited.rs`).
pub fn header(
    lang: Lang,
    title: impl Into<AttrValue>,
    level: u8,
    (on_lang, switching): (&Callback<Lang>, &Switching),
) -> Html {
    let title = title.into();
    let heading = if level == 1 {
        html! { <h1 id={TITLE_ID} class="sw-title" data-testid="widget-title">{ title }</h1> }
    } else {
        html! { <h2 id={TITLE_ID} class="sw-title" data-testid="widget-title">{ title }</h2> }
    };
    html! {
        <>
            // A <div>, not a <header>: outside the host page's <main> a <header> would be a second banner landmark.
            <div class="sw-header">
                { heading }
                { language_switch(lang, on_lang, switching) }
            </div>
            { switch_status(lang, switching) }
        </>
    }
}
