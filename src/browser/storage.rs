//! This browser's local storage, as text. Nothing here throws: a browser or host page that refuses
//! storage (private mode, a sandboxed frame, a `localStorage` getter that throws, an object that is
//! not a Storage, a full quota) just does not keep anything: reading gives `None`, and writing says
//! it did not keep the value, so the tool can tell the visitor.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Whether the value was kept.
pub fn write(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// What a widget sends the others on this page once it wrote a key: the browser's `storage` event
/// reaches only the other pages of this origin.
const WRITTEN_EVENT: &str = "support-widgets:stored";

/// Tells the other widgets on this page that `key` was written.
pub fn announce(key: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&key.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(WRITTEN_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls `changed` whenever another page (`storage`) or another widget here (`announce`) wrote `key`,
/// or the page's storage was cleared. Listening stops when the listeners are dropped.
pub fn on_change(key: &'static str, changed: impl Fn() + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let changed = std::rc::Rc::new(changed);
    let from_other_pages = {
        let changed = changed.clone();
        EventListener::new(&window, "storage", move |event| {
            let written = event
                .dyn_ref::<web_sys::StorageEvent>()
                .map(web_sys::StorageEvent::key);
            if matches!(written, Some(None)) || written.flatten().as_deref() == Some(key) {
                changed();
            }
        })
    };
    let from_this_page = EventListener::new(&window, WRITTEN_EVENT, move |event| {
        let written = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|event| event.detail().as_string());
        if written.as_deref() == Some(key) {
            changed();
        }
    });
    vec![from_other_pages, from_this_page]
}
