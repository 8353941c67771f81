//! This browser's local storage, as text. Nothing here throws: a browser or host page that refuses
//! storage (private mode, a sandboxed frame, a `localStorage` getter that throws, an object that is
//! not a Storage, a full quota) just does not keep anything: reading gives `None`, and writing says
//! it did not keep the value, so the tool can tell the visitor.

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
