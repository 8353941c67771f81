use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use crate::domain::lang::Lang;

/// The widget title's id; ids are scoped to the widget's shadow root, so one id serves every widget.
pub const TITLE_ID: &str = "sw-widget-title";

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
        html! { <h1 id={TITLE_ID} class="sw-title" data-testid="widget-title">{ title }</h1> }
    } else {
        html! { <h2 id={TITLE_ID} class="sw-title" data-testid="widget-title">{ title }</h2> }
    };
    html! {
        // A <div>, not a <header>: outside the host page's <main> a <header> would be a second banner landmark.
        <div class="sw-header">
            { heading }
            <LanguageSwitch on_change={props.on_lang.clone()} />
        </div>
    }
}
