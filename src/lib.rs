//! Support-guide widgets: four tools built from two Japanese support guides, as one Yew app that
//! runs standalone or embedded in any page, each widget in its own shadow root.
//!
//! - `domain/`: the pure rules, tested natively.
//! - `i18n/` and `content/`: every UI string in ja and en, and the guide's facts as cited data.
//! - `app/` (the shell), `tools/` (one folder per tool), `hooks/`, `embed/`: the browser side (wasm32
//!   only); components stay thin and call into `domain/`.

pub mod content;
pub mod domain;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod tools;
