use yew::prelude::*;

use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;

/// Two toggle buttons, each labelled in its own language so a visitor who cannot read the current
/// one still finds theirs. A plain function, not a component: it holds no state (see `app/cited.rs`).
pub fn language_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    let buttons = Lang::ALL.into_iter().map(|lang| {
        let name = match lang {
            Lang::Ja => Key::LanguageJa,
            Lang::En => Key::LanguageEn,
        };
        let onclick = on_change.reform(move |_: MouseEvent| lang);
        html! {
            <button
                type="button"
                class="sw-lang__option"
                lang={lang.tag()}
                aria-pressed={(lang == current).to_string()}
                data-testid={format!("lang-{}", lang.tag())}
                {onclick}
            >
                { tr(current, name) }
            </button>
        }
    });
    html! {
        <div class="sw-lang" role="group" aria-label={tr(current, Key::LanguageGroup)}>
            { for buttons }
        </div>
    }
}
