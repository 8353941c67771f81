//! Facts shown with the place in the guide they come from, and the tool's own readings of the guide
//! ("How this tool reads the guide"), the same way in every tool.
//!
//! Plain functions rather than components: they hold no state, are drawn after nearly every fact,
//! and a component each time costs code in every module and a scope at run time for nothing.

use yew::prelude::*;

use crate::content::{Cited, GuideLink, Reading, Source};
use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;

/// "Source: `<guide>「<section>」`", after a fact.
pub fn citation(lang: Lang, source: Source) -> Html {
    html! {
        <span class="sw-cite">
            { "(" }{ tr(lang, Key::SourceLabel) }{ ": " }{ source.guide.short().get(lang) }{ " 「" }{ source.section }{ "」)" }
        </span>
    }
}

/// A list of facts, their sources one tap away: the facts read without a citation after each, and
/// one "Source" disclosure after the list names where in the guide they come from, in order.
pub fn cited_list(lang: Lang, items: &[Cited], testid: Option<&'static str>) -> Html {
    if items.is_empty() {
        return html! { <ul class="sw-list" data-testid={testid}></ul> };
    }
    let mut sources: Vec<Source> = Vec::new();
    for item in items {
        if !sources.contains(&item.source) {
            sources.push(item.source);
        }
    }
    html! {
        <div class="sw-cited" data-testid={testid}>
            <ul class="sw-list">
                { for items.iter().map(|item| html! { <li>{ super::rich::rich(item.text.get(lang)) }</li> }) }
            </ul>
            { sources_fold(lang, &sources) }
        </div>
    }
}

/// Where in the guide a section's facts come from, one tap away ("Source").
pub fn sources_fold(lang: Lang, sources: &[Source]) -> Html {
    html! {
        <details class="sw-sources">
            <summary>{ tr(lang, Key::SourceLabel) }</summary>
            <ul class="sw-list">{ for sources.iter().map(|source| html! { <li>{ citation(lang, *source) }</li> }) }</ul>
        </details>
    }
}

/// Facts each followed by its citation, for lists already folded away (the readings).
fn cited_inline(lang: Lang, items: &[Cited]) -> Html {
    html! {
        <ul class="sw-list">
            { for items.iter().map(|item| html! {
                <li>{ super::rich::rich(item.text.get(lang)) }{ " " }{ citation(lang, item.source) }</li>
            }) }
        </ul>
    }
}

/// "How this tool reads the guide": where the guide is silent, terse or contradicts itself, what the
/// tool chose, each citing the text it reads.
pub fn readings(lang: Lang, readings: &[Reading], testid: &'static str) -> Html {
    html! {
        <details class="sw-details sw-readings" data-testid={testid}>
            <summary>{ tr(lang, Key::ReadingsSummary) }</summary>
            { cited_inline(lang, readings) }
        </details>
    }
}

/// "Pages the guide links to": each opens in a new tab; nothing the visitor typed goes with it.
pub fn guide_links(lang: Lang, links: &[GuideLink], testid: String) -> Html {
    if links.is_empty() {
        return html! {};
    }
    html! {
        <details class="sw-details sw-links" data-testid={testid}>
            <summary>{ tr(lang, Key::GuideLinksSummary) }</summary>
            <ul class="sw-list">
                { for links.iter().map(|link| html! {
                    <li>
                        <a href={link.url} target="_blank" rel="noopener noreferrer">{ link.label.get(lang) }</a>
                        { " " }{ citation(lang, link.source) }
                    </li>
                }) }
            </ul>
        </details>
    }
}
