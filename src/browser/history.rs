//! The URL hash: read it, replace it without a history entry, and hear when the visitor changes it.

use gloo::events::EventListener;

/// `location.hash`, or empty.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the URL's hash without a history entry or a `hashchange` event.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(hash) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Calls `changed` on every `hashchange` until the returned listener is dropped.
pub fn on_hash_change(mut changed: impl FnMut() + 'static) -> Option<EventListener> {
    web_sys::window().map(|window| EventListener::new(&window, "hashchange", move |_| changed()))
}
