//! Work for when the browser has nothing else to do: `requestIdleCallback`, or a timer in browsers
//! without it (Safari before 2025). The returned handle cancels the work when dropped, so a widget
//! unmounted first leaves nothing behind; and a crashed instance, whose handles are never dropped,
//! cancels all its waiting work (`cancel_all`), because a callback the browser still holds would
//! keep the dead instance's memory alive, and would call into it.

use std::cell::{Cell, RefCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Waiting work: cancelled on drop (a no-op once it has run).
pub(crate) struct Idle {
    handle: Handle,
    // Kept alive until the work runs or is cancelled; dropped with the handle.
    _work: Closure<dyn FnMut()>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handle {
    Idle(u32),
    Timer(i32),
}

thread_local! {
    /// The work this instance has waiting, for `cancel_all`.
    static WAITING: RefCell<Vec<Handle>> = const { RefCell::new(Vec::new()) };
    /// Set by `cancel_all`: the instance is dead, and work a queued task of it still asks for
    /// (yew's scheduler runs once more from a pending microtask) is never scheduled.
    static DEAD: Cell<bool> = const { Cell::new(false) };
}

/// Runs `work` once, when the browser is next idle; `None` if the page has no window.
pub(crate) fn when_idle(work: impl FnOnce() + 'static) -> Option<Idle> {
    if DEAD.with(Cell::get) {
        return None;
    }
    let window = web_sys::window()?;
    let work = Closure::once(work);
    let function = work.as_ref().unchecked_ref();
    let handle = match window.request_idle_callback(function) {
        Ok(id) => Handle::Idle(id),
        Err(_) => Handle::Timer(
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(function, 0)
                .ok()?,
        ),
    };
    WAITING.with(|waiting| {
        if let Ok(mut waiting) = waiting.try_borrow_mut() {
            waiting.push(handle);
        }
    });
    Some(Idle {
        handle,
        _work: work,
    })
}

fn cancel(handle: Handle) {
    let Some(window) = web_sys::window() else {
        return;
    };
    match handle {
        Handle::Idle(id) => window.cancel_idle_callback(id),
        Handle::Timer(id) => window.clear_timeout_with_handle(id),
    }
}

/// Cancels every piece of work this instance has waiting, and all it would ask for later (its
/// panic hook calls this).
pub(crate) fn cancel_all() {
    DEAD.with(|dead| dead.set(true));
    let handles = WAITING.with(|waiting| {
        waiting
            .try_borrow_mut()
            .map(|mut waiting| std::mem::take(&mut *waiting))
            .unwrap_or_default()
    });
    handles.into_iter().for_each(cancel);
}

impl Drop for Idle {
    fn drop(&mut self) {
        cancel(self.handle);
        WAITING.with(|waiting| {
            if let Ok(mut waiting) = waiting.try_borrow_mut() {
                waiting.retain(|handle| *handle != self.handle);
            }
        });
    }
}
