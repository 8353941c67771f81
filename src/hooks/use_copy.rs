use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Copying a text to the clipboard: the callback for the button, and the outcome to announce
/// (`None` until the visitor copies, and again whenever the text changes).
#[hook]
pub fn use_copy(text: String) -> (Callback<MouseEvent>, Option<bool>) {
    let outcome = use_state(|| None);
    {
        let outcome = outcome.clone();
        use_effect_with(text.clone(), move |_| outcome.set(None));
    }
    let copy = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&text);
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(Some(JsFuture::from(promise).await.is_ok()));
            });
        })
    };
    (copy, *outcome)
}
