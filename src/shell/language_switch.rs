use yew::prelude::*;

use crate::browser::texts::TextsFailure;
use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;

/// Where a switch to the other language stands, in a module that downloads its texts
/// (`i18n::texts`); a module with both languages is always `Idle`.
#[derive(Clone, Debug, PartialEq)]
pub enum Switching {
    Idle,
    /// Its texts are being downloaded: the widget stays as it is meanwhile.
    Loading(Lang),
    /// They could not be had: the widget stays in its language, usable, and says why.
    Failed(Lang, TextsFailure),
}

/// Two toggle buttons, each labelled in its own language so a visitor who cannot read the current
/// one still finds theirs, and the state of a switch that downloads. A plain function, not a
/// component: it holds no state (see `app/cited.rs`).
pub fn language_switch(current: Lang, on_change: &Callback<Lang>, switching: &Switching) -> Html {
    let buttons = Lang::ALL.into_iter().map(|lang| {
        let name = match lang {
            Lang::Ja => tr(current, Key::LanguageJa),
            Lang::En => tr(current, Key::LanguageEn),
        };
        let onclick = on_change.reform(move |_: MouseEvent| lang);
        let busy = *switching == Switching::Loading(lang);
        html! {
            <button
                type="button"
                class="sw-lang__option"
                lang={lang.tag()}
                aria-pressed={(lang == current).to_string()}
                aria-busy={busy.then_some("true")}
                data-testid={format!("lang-{}", lang.tag())}
                {onclick}
            >
                { name }
            </button>
        }
    });
    html! {
        <div class="sw-lang" role="group" aria-label={tr(current, Key::LanguageGroup)}>
            { for buttons }
        </div>
    }
}

/// What the switch is doing, under the header: said in the language shown (always this module's
/// own, or one already downloaded). In a module that downloads texts the region is always there, so
/// a screen reader announces what appears in it; a module with both languages never needs it.
pub fn switch_status(current: Lang, switching: &Switching) -> Html {
    if !crate::i18n::texts::ONE_LANGUAGE {
        return html! {};
    }
    let status = match switching {
        Switching::Idle => html! {},
        Switching::Loading(_) => html! { tr(current, Key::LangLoading) },
        Switching::Failed(_, failure) => html! {
            <span class="sw-error-text">
                // Each key named where it is read: a key chosen at run time would keep the whole
                // catalogue in the module (see `Key::text`).
                if failure.retry { { tr(current, Key::LangFailedRetry) } } else { { tr(current, Key::LangFailedAdmin) } }
                <small class="sw-lang-status__detail">{ tr(current, Key::LangFailedDetails) }{ &failure.detail }</small>
            </span>
        },
    };
    html! {
        <p class="sw-lang-status" role="status" data-testid="lang-status">{ status }</p>
    }
}
