use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Action;
use crate::app::copy_status::CopyStatus;
use crate::app::use_lang;
use crate::hooks::use_copy;
use crate::content::checklist as text;
use crate::domain::checklist::{check_item, is_ready, Check, Desk, Entries, Item};
use crate::domain::lang::Lang;
use crate::domain::route::percent_encode;
use crate::i18n::{tr, Key};
use crate::tools::domain::BrowserUts46;

#[derive(Properties, PartialEq)]
pub struct OutputViewProps {
    pub desk: Desk,
    pub items: Vec<Item>,
    pub entries: Entries,
    pub on_action: Callback<Action>,
}

/// Missing required items first, then the text to send with copy, download and e-mail.
#[function_component]
pub fn OutputView(props: &OutputViewProps) -> Html {
    let lang = use_lang();
    let international = props.desk == Desk::Global;
    // The text is in the desk's language: Japanese for Japan TAC and Smart Account, English for Global TAC.
    let text_lang = if international { Lang::En } else { Lang::Ja };
    let checked: Vec<(Item, Check)> = props
        .items
        .iter()
        .map(|item| (*item, check_item(item, &props.entries, international, &BrowserUts46)))
        .collect();
    let missing: Vec<&Item> = props.items.iter().filter(|i| i.required && !is_ready(i, &props.entries, international, &BrowserUts46)).collect();
    let severity = checked.iter().find(|(i, _)| i.id == "severity").and_then(|(_, c)| c.value().map(str::to_owned));
    let subject = text::subject(props.desk, text_lang, &props.entries, severity.as_deref());
    let body = text::body(props.desk, &checked);
    let (on_copy, copied) = use_copy(format!("{subject}\n\n{body}"));
    let on_download = {
        let full = format!("{subject}\n\n{body}\n");
        Callback::from(move |_: MouseEvent| download("sr-request.txt", &full))
    };
    let mailto = props.desk.address().map(|address| {
        // mailto bodies use CRLF line breaks (RFC 6068).
        let href = format!("mailto:{address}?subject={}&body={}", percent_encode(&subject), percent_encode(&body.replace('\n', "\r\n")));
        (address, href)
    });
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-cl-output-title">
            <h3 class="sw-section-title">{ tr(lang, Key::MissingHeading) }</h3>
            if missing.is_empty() {
                <p class="sw-ok" data-testid="sw-cl-missing">{ tr(lang, Key::AllReady) }</p>
            } else {
                <ul class="sw-list sw-missing" data-testid="sw-cl-missing">
                    { for missing.iter().map(|item| html! { <li>{ text::label(item.id, props.desk).get(lang) }</li> }) }
                </ul>
            }
            <h3 id="sw-cl-output-title" class="sw-section-title">{ tr(lang, Key::TextHeading) }</h3>
            <p><strong>{ tr(lang, Key::SubjectLabel) }{ ": " }</strong><span data-testid="sw-cl-subject-line">{ subject.clone() }</span></p>
            <pre class="sw-result-card" data-testid="sw-cl-text" lang={text_lang.tag()}>{ body.clone() }</pre>
            <div class="sw-row sw-actions">
                <button type="button" class="sw-button" onclick={on_copy} data-testid="sw-cl-copy">{ tr(lang, Key::CopyButton) }</button>
                <button type="button" class="sw-button sw-button--secondary" onclick={on_download} data-testid="sw-cl-download">{ tr(lang, Key::DownloadButton) }</button>
                if let Some((address, href)) = mailto {
                    <a class="sw-link-button" href={href} data-testid="sw-cl-mailto">{ tr(lang, Key::MailtoLabel) }{ format!(" ({address})") }</a>
                }
            </div>
            if props.desk == Desk::Global {
                <p class="sw-note" data-testid="sw-cl-global-note">{ tr(lang, Key::GlobalNoEmail) }</p>
            }
            <CopyStatus outcome={copied} testid="sw-cl-copy-status" />
        </section>
    }
}

/// Saves `contents` as a file through a temporary object URL: nothing leaves the browser.
fn download(name: &str, contents: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
