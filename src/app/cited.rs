//! Facts shown with the place in the guide they come from, and the tool's own readings of the guide
//! ("How this tool reads the guide"), the same way in every tool.

use yew::prelude::*;

use super::use_lang;
use crate::content::{Cited, GuideLink, Reading, Source};
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub source: Source,
}

/// "Source: <guide>「<section>」", after a fact.
#[function_component]
pub fn Citation(props: &CitationProps) -> Html {
    let lang = use_lang();
    let source = props.source;
    html! {
        <span class="sw-cite">
            { "(" }{ tr(lang, Key::SourceLabel) }{ ": " }{ source.guide.short().get(lang) }{ " 「" }{ source.section }{ "」)" }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct CitedListProps {
    pub items: Vec<Cited>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// A list of facts, each followed by its citation.
#[function_component]
pub fn CitedList(props: &CitedListProps) -> Html {
    let lang = use_lang();
    html! {
        <ul class="sw-list" data-testid={props.testid.clone()}>
            { for props.items.iter().map(|item| html! {
                <li>{ item.text.get(lang) }{ " " }<Citation source={item.source} /></li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadingsProps {
    pub readings: Vec<Reading>,
    pub testid: AttrValue,
}

/// "How this tool reads the guide": where the guide is silent, terse or contradicts itself, what the
/// tool chose, each citing the text it reads.
#[function_component]
pub fn Readings(props: &ReadingsProps) -> Html {
    let lang = use_lang();
    html! {
        <details class="sw-details sw-readings" data-testid={props.testid.clone()}>
            <summary>{ tr(lang, Key::ReadingsSummary) }</summary>
            <CitedList items={props.readings.clone()} />
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct GuideLinksProps {
    pub links: &'static [GuideLink],
    pub testid: AttrValue,
}

/// "Pages the guide links to": each opens in a new tab; nothing the visitor typed goes with it.
#[function_component]
pub fn GuideLinks(props: &GuideLinksProps) -> Html {
    let lang = use_lang();
    if props.links.is_empty() {
        return html! {};
    }
    html! {
        <details class="sw-details sw-links" data-testid={props.testid.clone()}>
            <summary>{ tr(lang, Key::GuideLinksSummary) }</summary>
            <ul class="sw-list">
                { for props.links.iter().map(|link| html! {
                    <li>
                        <a href={link.url} target="_blank" rel="noopener noreferrer">{ link.label.get(lang) }</a>
                        { " " }<Citation source={link.source} />
                    </li>
                }) }
            </ul>
        </details>
    }
}
