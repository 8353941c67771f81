use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use crate::domain::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    /// `h1` on the standalone page; `h2` when embedded, since the host page owns its `h1`.
    pub level: u8,
    pub on_lang: Callback<Lang>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let title = props.title.clone();
    let heading = if props.level == 1 {
        html! { <h1 class="sw-title" data-testid="widget-title">{ title }</h1> }
    } else {
        html! { <h2 class="sw-title" data-testid="widget-title">{ title }</h2> }
    };
    html! {
        <header class="sw-header">
            { heading }
            <LanguageSwitch on_change={props.on_lang.clone()} />
        </header>
    }
}
