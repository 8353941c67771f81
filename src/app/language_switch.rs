use yew::prelude::*;

use super::use_lang;
use crate::domain::lang::Lang;
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub on_change: Callback<Lang>,
}

/// Two toggle buttons, each labelled in its own language so a visitor who cannot read the current
/// one still finds theirs.
#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let current = use_lang();
    let buttons = Lang::ALL.into_iter().map(|lang| {
        let name = match lang {
            Lang::Ja => Key::LanguageJa,
            Lang::En => Key::LanguageEn,
        };
        let onclick = props.on_change.reform(move |_: MouseEvent| lang);
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
