//! Work for when the browser has nothing else to do: `requestIdleCallback`, or a timer in browsers
//! without it (Safari before 2025). The returned handle cancels the work when dropped, so a widget
//! unmounted first leaves nothing behind.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Waiting work: cancelled on drop (a no-op once it has run).
pub(crate) struct Idle {
    window: web_sys::Window,
    handle: Handle,
    // Kept alive until the work runs or is cancelled; dropped with the handle.
    _work: Closure<dyn FnMut()>,
}

enum Handle {
    Idle(u32),
    Timer(i32),
}

/// Runs `work` once, when the browser is next idle; `None` if the page has no window.
pub(crate) fn when_idle(work: impl FnOnce() + 'static) -> Option<Idle> {
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
    Some(Idle {
        window,
        handle,
        _work: work,
    })
}

impl Drop for Idle {
    fn drop(&mut self) {
        match self.handle {
            Handle::Idle(id) => self.window.cancel_idle_callback(id),
            Handle::Timer(id) => self.window.clear_timeout_with_handle(id),
        }
    }
}
