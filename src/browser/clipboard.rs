//! Writing text to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then tells `done` whether the browser allowed it.
pub fn write_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}
