use yew::prelude::*;

use crate::i18n::{tr, Key};
use crate::rules::contract::route::{Page, Route};
use crate::ui::use_lang;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub current: Page,
}

/// Plain links to hashes: the browser gives keyboard use, new-tab, copy-link and back/forward for free.
#[function_component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = use_lang();
    let link = |route: Route, label: &'static str, testid: String| {
        let current = (route.page == props.current).then_some("page");
        html! {
            <li><a class="sw-nav__link" href={route.to_hash()} aria-current={current} data-testid={testid}>{ label }</a></li>
        }
    };
    let tool_links = super::registry::TOOLS.iter().map(|spec| {
        link(
            Route::tool(spec.tool),
            spec.info.title.get(lang),
            format!("nav-{}", spec.tool.slug()),
        )
    });
    html! {
        <nav class="sw-nav" aria-label={tr(lang, Key::NavLabel)}>
            <ul class="sw-nav__list">
                { link(Route::overview(), tr(lang, Key::NavOverview), "nav-overview".to_owned()) }
                { for tool_links }
            </ul>
        </nav>
    }
}
