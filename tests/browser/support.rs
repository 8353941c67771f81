//! A fixture per test: a fresh host element, the mounted widget, and helpers that wait for a condition.
//! The widget is destroyed and its host removed when the fixture is dropped; and since a failing test
//! aborts (wasm32 panics do not unwind, so nothing is dropped), the next fixture first removes any
//! host a failed test left behind.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ShadowRoot};

use support_widgets::embed::{mount, WidgetHandle};

pub struct Mounted {
    pub host: Element,
    pub handle: WidgetHandle,
}

impl Mounted {
    /// Mounts into a new `<div>` with the given attributes, appended to `<body>`.
    pub async fn new(attributes: &[(&str, &str)]) -> Mounted {
        Mounted::with_options(attributes, JsValue::UNDEFINED).await
    }

    pub async fn with_options(attributes: &[(&str, &str)], options: JsValue) -> Mounted {
        let document = gloo::utils::document();
        remove_leftovers();
        let host = document.create_element("div").unwrap();
        host.set_attribute(FIXTURE, "").unwrap();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        document.body().unwrap().append_child(&host).unwrap();
        let handle = mount(host.clone(), options).unwrap_or_else(|_| panic!("mount failed"));
        yew::scheduler::flush().await;
        Mounted { host, handle }
    }

    pub fn shadow(&self) -> ShadowRoot {
        self.host.shadow_root().expect("an open shadow root")
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.shadow().query_selector(selector).unwrap()
    }

    pub fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.shadow().query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    /// Types into a text field and moves on, as a visitor would: the value, an `input` event, then
    /// a `focusout` (fields show their errors once left).
    pub async fn type_into(&self, testid: &str, text: &str) {
        self.type_staying(testid, text).await;
        self.leave(testid).await;
    }

    /// Leaves a field (Tab away): a `focusout` event.
    pub async fn leave(&self, testid: &str) {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        self.get(&format!("[data-testid={testid}]"))
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("focusout", &init).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
    }

    /// Types into a text field and stays in it: the value, then an `input` event.
    pub async fn type_staying(&self, testid: &str, text: &str) {
        let input: web_sys::HtmlInputElement = self
            .get(&format!("[data-testid={testid}]"))
            .dyn_into()
            .unwrap();
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
    }

    pub async fn click(&self, selector: &str) {
        self.get(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    /// Waits until `condition` holds, letting the browser run tasks (events, renders) in between.
    pub async fn wait_until(&self, what: &str, condition: impl Fn(&Mounted) -> bool) {
        for _ in 0..200 {
            if condition(self) {
                return;
            }
            next_frame().await;
            yew::scheduler::flush().await;
        }
        panic!("timed out waiting until {what}");
    }

    /// Destroys the widget and removes its host now (dropping the fixture does the same).
    pub fn destroy(self) {}
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.handle.destroy();
        self.host.remove();
    }
}

/// Marks the hosts this fixture creates.
const FIXTURE: &str = "data-test-fixture";

/// Removes the hosts of earlier tests that failed before cleaning up.
fn remove_leftovers() {
    let leftovers = gloo::utils::document()
        .query_selector_all(&format!("[{FIXTURE}]"))
        .unwrap();
    for index in 0..leftovers.length() {
        if let Some(element) = leftovers
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            element.remove();
        }
    }
}

/// Resolves on the next animation frame: one turn of the browser's event loop.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

pub fn set_page_lang(lang: Option<&str>) {
    let html = gloo::utils::document().document_element().unwrap();
    match lang {
        Some(lang) => html.set_attribute("lang", lang).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
}
