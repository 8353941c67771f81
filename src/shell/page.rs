use yew::prelude::*;

use super::nav::Nav;
use super::overview::Overview;
use super::tool_panel::{tool_panel, Panel};
use super::WidgetConfig;
use crate::browser::history::replace_hash;
use crate::hooks::{use_hash_route, HashRoute};
use crate::i18n::{tr, Key};
use crate::rules::contract::route::{Page, Route};
use crate::ui::use_lang;

#[derive(Properties, PartialEq)]
pub struct StandalonePageProps {
    pub config: WidgetConfig,
}

/// The standalone page: navigation plus whichever page the URL hash names.
#[function_component]
pub fn StandalonePage(props: &StandalonePageProps) -> Html {
    let lang = use_lang();
    let HashRoute { route, generation } = use_hash_route();
    let content_ref = use_node_ref();
    use_focus_heading_after_navigation(route.page.clone(), content_ref.clone());

    // The language rides in the link (`lang=en`), so a shared link opens in the sharer's language.
    use_effect_with(lang, |lang| {
        let current = crate::browser::history::hash();
        let wanted = Route::parse(&current).with_lang(*lang).to_hash();
        // An empty hash stays empty in Japanese, the default.
        if !(current.is_empty() && *lang == crate::rules::kernel::lang::Lang::Ja) {
            replace_hash(&wanted);
        }
    });
    let content = match &route.page {
        Page::Overview => html! { <Overview /> },
        Page::Tool(tool) => {
            let tool = *tool;
            let on_params = Callback::from(move |params: Vec<(String, String)>| {
                replace_hash(
                    &Route {
                        page: Page::Tool(tool),
                        params,
                    }
                    .with_lang(lang)
                    .to_hash(),
                );
            });
            tool_panel(
                lang,
                Panel {
                    tool,
                    show_title: true,
                    params: route.tool_params(),
                    on_params: Some(on_params),
                    config: &props.config,
                    generation,
                },
            )
        }
        Page::NotFound(path) => html! {
            <section class="sw-panel" data-testid="not-found">
                <h2 class="sw-page-title" tabindex="-1" data-page-heading="">{ tr(lang, Key::NotFoundTitle) }</h2>
                <p>{ tr(lang, Key::NotFoundBody) }{ " " }<a href={Route::overview().to_hash()}>{ tr(lang, Key::NavOverview) }</a></p>
                <p class="sw-source"><code>{ format!("#/{path}") }</code></p>
            </section>
        },
    };
    html! {
        <>
            <Nav current={route.page.clone()} />
            <div class="sw-page" ref={content_ref}>{ content }</div>
        </>
    }
}

/// After the visitor moves to another page, put keyboard and screen-reader focus on its heading, as
/// a page load would. Not on the first render: opening the page must not steal focus.
#[hook]
fn use_focus_heading_after_navigation(page: Page, content_ref: NodeRef) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(page, move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        crate::browser::focus_first(&content_ref, "[data-page-heading]");
    });
}
