//! What a visitor sees when the widget's code panics. On wasm a panic aborts the whole instance, so
//! nothing in it can run afterwards: the hook replaces every widget this instance hosts with a short
//! apology and a reload button. The button is handled by `web/widget.js`, which lives outside the
//! dead instance and mounts the widget again in a fresh one. Other widgets on the page run in other
//! instances and keep working.

use std::cell::RefCell;
use std::panic::PanicHookInfo;
use std::sync::Once;

use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, Element, HtmlElement, Node, ShadowRoot};

use super::MOUNT_CLASS;
use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;

/// Event dispatched on the host element when its widget crashed (bubbles, so pages can log it).
pub use crate::rules::contract::embedding::CRASH_EVENT;
pub use crate::rules::contract::embedding::RELOAD_ACTION;

thread_local! {
    /// Shadow roots of the widgets this instance hosts: where the apology goes.
    static MOUNTED: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook through yew, because yew replaces any hook not set through it when it renders.
pub fn install_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
}

pub(super) fn remember(shadow: &ShadowRoot) {
    MOUNTED.with(|mounted| {
        if let Ok(mut mounted) = mounted.try_borrow_mut() {
            mounted.push(shadow.clone());
        }
    });
}

pub(super) fn forget(shadow: &ShadowRoot) {
    MOUNTED.with(|mounted| {
        if let Ok(mut mounted) = mounted.try_borrow_mut() {
            mounted.retain(|root| root != shadow);
        }
    });
}

/// The hook must not panic itself: every step that can fail is skipped instead.
fn on_panic(info: &PanicHookInfo) {
    web_sys::console::error_1(&format!("Support widget crashed: {info}").into());
    // Nothing may call into the dead instance, nor keep it alive, after this.
    crate::browser::idle::cancel_all();
    let roots = MOUNTED.with(|mounted| {
        mounted
            .try_borrow()
            .map(|roots| roots.clone())
            .unwrap_or_default()
    });
    for root in roots {
        show_apology(&root);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&info.to_string().into());
        if let Ok(event) = CustomEvent::new_with_event_init_dict(CRASH_EVENT, &init) {
            let _ = root.host().dispatch_event(&event);
        }
    }
}

/// Replaces the widget in `root` with the apology, in the language the widget was showing.
pub fn show_apology(root: &ShadowRoot) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let Ok(Some(mount)) = root.query_selector(&format!(".{MOUNT_CLASS}")) else {
        return;
    };
    let lang = root
        .query_selector(".sw-root")
        .ok()
        .flatten()
        .and_then(|widget| widget.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let had_focus = root.active_element().is_some();
    let Some(apology) = build_apology(&document, lang) else {
        return;
    };
    // In place of what the widget showed (no string-to-HTML sink: Trusted Types hosts allow it).
    mount.replace_children_with_node_1(&apology);
    if had_focus {
        let button = apology
            .query_selector("button")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    }
}

fn build_apology(document: &Document, lang: Lang) -> Option<Element> {
    let element = |tag: &str, class: &str, text: &str| -> Option<Node> {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        element.set_text_content(Some(text));
        Some(element.into())
    };
    let root = document.create_element("div").ok()?;
    root.set_class_name("sw-root sw-crash");
    root.set_attribute("lang", lang.tag()).ok()?;
    root.set_attribute("role", "alert").ok()?;
    root.set_attribute("data-testid", "crash").ok()?;
    let button: Element = element("button", "sw-button", tr(lang, Key::CrashReload))?
        .dyn_into()
        .ok()?;
    button.set_attribute("type", "button").ok()?;
    button
        .set_attribute("data-support-widget-action", RELOAD_ACTION)
        .ok()?;
    root.append_child(&element("p", "sw-crash__title", tr(lang, Key::CrashTitle))?)
        .ok()?;
    root.append_child(&element("p", "", tr(lang, Key::CrashBody))?)
        .ok()?;
    root.append_child(&button).ok()?;
    Some(root)
}
