//! The browser, behind plain functions: the clock and the visitor's time zone, local storage, the
//! clipboard, downloads, printing, the URL hash, focus, form-event values, idle time and the
//! browser's UTS-46.
//! With `embed/`, the only place that touches `web-sys`, `js-sys` and `gloo`: components and hooks
//! call these, and `domain/` never sees the browser at all.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

pub(crate) mod clipboard;
pub(crate) mod clock;
pub(crate) mod events;
pub(crate) mod files;
pub(crate) mod history;
pub(crate) mod idle;
pub(crate) mod js_object;
pub(crate) mod storage;
pub(crate) mod texts;
mod uts46;

pub use uts46::BrowserUts46;

/// A Rust value as the JavaScript object a host page reads (camelCase fields, as the value's serde
/// attributes say); `undefined` if it cannot be converted.
pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> wasm_bindgen::JsValue {
    serde_wasm_bindgen::to_value(value).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// The browser's languages (`navigator.languages`), first to last; empty if unreadable.
pub(crate) fn languages() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A warning in the browser's console, for the page's developers.
pub(crate) fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Opens the browser's print dialog (the print stylesheet shows only the result).
pub(crate) fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The first element under `container` that matches `selector`, if the container is drawn.
fn first_under(container: &yew::NodeRef, selector: &str) -> Option<web_sys::Element> {
    container
        .cast::<web_sys::Element>()
        .and_then(|content| content.query_selector(selector).ok().flatten())
}

/// Moves keyboard and screen-reader focus to the first element under `container` that matches
/// `selector`, as a page load would.
pub(crate) fn focus_first(container: &yew::NodeRef, selector: &str) {
    use wasm_bindgen::JsCast;
    let element = first_under(container, selector)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Sends the first `<input>` under `container` an `input` event, as typing there would, but not
/// composed: it stays in the widget's shadow root, where no host script listens.
pub(crate) fn send_input(container: &yew::NodeRef) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let (Some(input), Ok(event)) = (
        first_under(container, "input"),
        web_sys::Event::new_with_event_init_dict("input", &init),
    ) {
        let _ = input.dispatch_event(&event);
    }
}

/// Whether some element of the page has keyboard focus (a field, a button, a widget: anything but
/// the page itself).
pub(crate) fn something_has_focus() -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let body = document.body().map(web_sys::Element::from);
    document.active_element().is_some_and(|active| {
        Some(&active) != body.as_ref() && document.document_element().as_ref() != Some(&active)
    })
}
