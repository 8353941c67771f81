//! This browser's local storage, as text. A browser that refuses it (private mode, a full quota, a
//! policy) just does not keep anything: reading gives `None`, writing does nothing.

use gloo::storage::{LocalStorage, Storage};

pub fn read(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) {
    let _ = LocalStorage::raw().set_item(key, value);
}
