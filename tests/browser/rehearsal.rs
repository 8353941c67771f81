//! Once the browser is idle after the first render, every tool rehearses a visitor's first edit
//! on a copy of its form, sends a hidden field one input event (each tool a visitor types into),
//! and shows its real form again
//! (`hooks::use_tool`): the tool is redrawn in one task, and ends exactly as it was, with nothing
//! saved, no result event, and the event kept inside the widget.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::support::{next_frame, Mounted};

/// What the page saw from now on: DOM changes in the shadow root, input events in it and on the
/// host, result events from the host, and whether the saved checklist changed.
fn watch(widget: &Mounted) -> JsValue {
    let watch = js_sys::Function::new_with_args(
        "host, root",
        "const seen = { records: 0, results: 0, inputs: 0, hostInputs: 0, saved: localStorage.getItem('support-widgets:checklist') };
         root.addEventListener('input', () => { seen.inputs += 1; });
         host.addEventListener('input', () => { seen.hostInputs += 1; });
         new MutationObserver((records) => { seen.records += records.length; })
           .observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
         host.addEventListener('supportwidget:result', () => { seen.results += 1; });
         seen.savedNow = () => localStorage.getItem('support-widgets:checklist');
         return seen;",
    );
    watch
        .call2(&JsValue::NULL, &widget.host, &widget.shadow())
        .unwrap()
}

fn number(seen: &JsValue, key: &str) -> f64 {
    js_sys::Reflect::get(seen, &key.into())
        .unwrap()
        .as_f64()
        .unwrap()
}

fn values(widget: &Mounted) -> Vec<String> {
    widget
        .all("input")
        .into_iter()
        .filter_map(|input| input.dyn_into::<HtmlInputElement>().ok())
        .map(|input| format!("{}={}", input.name(), input.value()))
        .collect()
}

#[wasm_bindgen_test]
async fn every_tool_rehearses_its_first_edit_and_ends_as_it_was() {
    for tool in ["severity", "checklist", "delivery", "domain", "eos"] {
        let widget = Mounted::new(&[("data-support-widget", tool), ("data-lang", "en")]).await;
        let before = (widget.shadow().inner_html(), values(&widget));
        let seen = watch(&widget);
        widget
            .wait_until(&format!("{tool} rehearsed its first edit"), |_| {
                number(&seen, "records") > 0.0
            })
            .await;
        next_frame().await;
        yew::scheduler::flush().await;
        assert_eq!(
            (widget.shadow().inner_html(), values(&widget)),
            before,
            "{tool} is shown as it was"
        );
        assert_eq!(number(&seen, "results"), 0.0, "{tool}: no result event");
        // The severity tool draws no field for it: its first edit is a click, not typing.
        let sent = if tool == "severity" { 0.0 } else { 1.0 };
        assert_eq!(
            number(&seen, "inputs"),
            sent,
            "{tool}: one input event sent"
        );
        assert_eq!(
            number(&seen, "hostInputs"),
            0.0,
            "{tool}: the event stays in the widget"
        );
        let saved_now = js_sys::Reflect::get(&seen, &"savedNow".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>()
            .call0(&JsValue::NULL)
            .unwrap();
        assert_eq!(
            saved_now,
            js_sys::Reflect::get(&seen, &"saved".into()).unwrap(),
            "{tool}: nothing saved"
        );
    }
}
