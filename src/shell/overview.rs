use yew::prelude::*;

use crate::i18n::{tr, Key};
use crate::rules::contract::route::Route;
use crate::ui::use_lang;

/// The standalone page's landing page: what each tool is for, with the tool's name as its link.
#[function_component]
pub fn Overview() -> Html {
    let lang = use_lang();
    let cards = super::registry::TOOLS.iter().map(|spec| {
        let (tool, info) = (spec.tool, spec.info);
        html! {
            <li class="sw-card" data-testid={format!("card-{}", tool.slug())}>
                <h3 class="sw-card__title">
                    <a href={Route::tool(tool).to_hash()}>{ info.title.get(lang) }</a>
                </h3>
                <p>{ info.summary.get(lang) }</p>
            </li>
        }
    });
    html! {
        <section class="sw-overview" aria-labelledby="sw-overview-title" data-testid="overview">
            <h2 id="sw-overview-title" class="sw-page-title" tabindex="-1" data-page-heading="">{ tr(lang, Key::NavOverview) }</h2>
            <p>{ tr(lang, Key::AppIntro) }</p>
            <ul class="sw-cards">{ for cards }</ul>
        </section>
    }
}
