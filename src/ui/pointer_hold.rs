//! A field's warning appears when the visitor leaves the field. With a mouse, the field is left at
//! the button press, before the click: a warning appearing then pushes the content below it down,
//! and the button the visitor is pressing moves out from under the pointer, so the click is lost.
//! The widget's root tracks whether a pointer is pressed inside it, and what would move the
//! layout waits until the pointer is released (a keyboard visitor, pressing nothing, sees it at once).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// Provided once at the widget's root, which reports presses and releases with [`PointerHold::press`]
/// and [`PointerHold::release`].
#[derive(Clone, Default)]
pub struct PointerHold(Rc<HoldState>);

#[derive(Default)]
struct HoldState {
    pressed: Cell<bool>,
    waiting: RefCell<Vec<Box<dyn FnOnce()>>>,
}

impl PartialEq for PointerHold {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl PointerHold {
    pub fn press(&self) {
        self.0.pressed.set(true);
    }

    /// The press ended (released, cancelled, or the pointer left the widget): run what waited.
    /// Pointer-up and the click it makes are hit-tested before any handler runs, so a layout
    /// change made here no longer moves the click's target.
    pub fn release(&self) {
        self.0.pressed.set(false);
        let waiting = std::mem::take(&mut *self.0.waiting.borrow_mut());
        for run in waiting {
            run();
        }
    }

    /// Runs `change` now, or when the pointer pressed inside the widget is released.
    pub fn after_release(&self, change: impl FnOnce() + 'static) {
        if self.0.pressed.get() {
            self.0.waiting.borrow_mut().push(Box::new(change));
        } else {
            change();
        }
    }
}

/// The root's listeners for a [`PointerHold`]: put them on the element that holds the whole widget.
pub struct HoldListeners {
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointerup: Callback<PointerEvent>,
    pub onpointercancel: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
}

impl HoldListeners {
    pub fn new(hold: &PointerHold) -> HoldListeners {
        let release = || {
            let hold = hold.clone();
            Callback::from(move |_: PointerEvent| hold.release())
        };
        let press = hold.clone();
        HoldListeners {
            onpointerdown: Callback::from(move |_: PointerEvent| press.press()),
            onpointerup: release(),
            onpointercancel: release(),
            onpointerleave: release(),
        }
    }
}

/// The widget's [`PointerHold`]; outside a widget (a component mounted alone) one that is never pressed.
#[hook]
pub fn use_pointer_hold() -> PointerHold {
    use_context::<PointerHold>().unwrap_or_default()
}
