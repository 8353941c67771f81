//! Downloading the other language's texts, through the loader: the widget asks `loadTexts(lang)`
//! (in `mount()`'s options), widget.js fetches the table once per page, under the page's policy, and
//! answers through the widget's handle (`addTexts`, `textsFailed` in `embed`), which hands the
//! answer to the widget root here. No future and no parsing on this side: the loader reads the file.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::rules::kernel::lang::Lang;

/// Why the other language's texts could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextsFailure {
    /// A network failure: asking again may work. Anything else is the site's to fix.
    pub retry: bool,
    /// For the site's administrator: the file and what went wrong.
    pub detail: String,
}

/// What the loader answered for a language: its texts were added, or why not.
pub type TextsAnswer = (Lang, Result<(), TextsFailure>);

/// The loader's `loadTexts`, and where its answers go: the widget root listens there.
#[derive(Clone, Debug)]
pub struct TextsLoader {
    ask: js_sys::Function,
    listener: Rc<RefCell<Option<Callback<TextsAnswer>>>>,
}

impl PartialEq for TextsLoader {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.listener, &other.listener)
    }
}

impl TextsLoader {
    /// The loader's function, if `value` is one.
    pub fn new(value: JsValue) -> Option<TextsLoader> {
        let ask = value.dyn_into::<js_sys::Function>().ok()?;
        Some(TextsLoader {
            ask,
            listener: Rc::default(),
        })
    }

    /// Asks for `lang`'s texts; the answer comes to the listener. A loader that throws (a host page
    /// that broke it) is answered at once, as a failure.
    pub fn ask(&self, lang: Lang) {
        if let Err(error) = self
            .ask
            .call1(&JsValue::NULL, &JsValue::from_str(lang.tag()))
        {
            let detail = error
                .dyn_ref::<js_sys::Error>()
                .map_or_else(|| "loadTexts".to_owned(), |error| error.message().into());
            self.answer((
                lang,
                Err(TextsFailure {
                    retry: false,
                    detail,
                }),
            ));
        }
    }

    /// Where answers go from now on (the widget root, on each render).
    pub fn listen(&self, listener: Callback<TextsAnswer>) {
        *self.listener.borrow_mut() = Some(listener);
    }

    /// The loader's answer, handed to the widget root.
    pub fn answer(&self, answer: TextsAnswer) {
        let listener = self.listener.borrow().clone();
        if let Some(listener) = listener {
            listener.emit(answer);
        }
    }
}
