//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
//! Each test mounts a widget through the real `mount` entry point into a fresh element, waits for
//! the scheduler or a condition (never a fixed time), and destroys the widget afterwards.
#![cfg(target_arch = "wasm32")]
// A test crate: its helpers unwrap as the tests do, a panic being a failing test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod checklist;
mod crash;
mod delivery;
mod domain;
mod mounting;
mod navigation;
mod rehearsal;
mod severity;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
