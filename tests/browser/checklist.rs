use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::support::Mounted;
use support_widgets::rules::checklist::storage::KEY;

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn ticks_and_values_count_and_are_saved_in_this_browser() {
    storage().remove_item(KEY).unwrap();
    let widget = Mounted::new(&[("data-support-widget", "checklist"), ("data-lang", "en")]).await;
    assert_eq!(
        widget.text("[data-testid=sw-cl-progress]"),
        "0 of 16 required items ready"
    );
    widget.type_into("sw-cl-contract", "12345678").await;
    widget
        .type_into("sw-cl-company_ja", "クランブルー株式会社")
        .await;
    assert!(
        widget.find("[data-testid=sw-cl-tick-company_ja]").is_none(),
        "one control per item: a value item has no tick"
    );
    widget.type_into("sw-cl-serial", "FOC1234X0A").await;
    assert!(
        widget
            .text("[data-testid=sw-cl-serial-warning]")
            .contains("not the usual shape"),
        "a warning, not a block"
    );
    // The Japanese company name readies its 「(日本語/英語)」 pair too: contract, both names, serial.
    assert_eq!(
        widget.text("[data-testid=sw-cl-progress]"),
        "4 of 16 required items ready"
    );
    let saved = storage().get_item(KEY).unwrap().unwrap();
    assert!(
        saved.starts_with("support-widgets checklist v2\n"),
        "{saved}"
    );
    assert!(
        saved.contains("value\tcontract\t12345678") && saved.contains("value\tcompany_ja\t"),
        "{saved}"
    );

    // A second widget (as after a reload) starts from what was saved.
    widget.destroy();
    let again = Mounted::new(&[("data-support-widget", "checklist"), ("data-lang", "en")]).await;
    assert_eq!(
        again.text("[data-testid=sw-cl-progress]"),
        "4 of 16 required items ready"
    );
    let contract: HtmlInputElement = again
        .get("[data-testid=sw-cl-contract]")
        .dyn_into()
        .unwrap();
    assert_eq!(contract.value(), "12345678");
    again.destroy();
    storage().remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_save_is_recovered_and_the_visitor_told() {
    storage()
        .set_item(
            KEY,
            "support-widgets checklist v1\nvalue\tcontract\t987\n###\nvalue\tphone",
        )
        .unwrap();
    let widget = Mounted::new(&[("data-support-widget", "checklist"), ("data-lang", "ja")]).await;
    assert!(widget
        .text("[data-testid=sw-cl-load-note]")
        .contains("2 行"));
    let contract: HtmlInputElement = widget
        .get("[data-testid=sw-cl-contract]")
        .dyn_into()
        .unwrap();
    assert_eq!(contract.value(), "987");
    widget.destroy();

    storage().set_item(KEY, "{not ours}").unwrap();
    let widget = Mounted::new(&[("data-support-widget", "checklist"), ("data-lang", "en")]).await;
    assert!(widget
        .text("[data-testid=sw-cl-load-note]")
        .contains("could not be read"));
    widget.destroy();
    storage().remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
async fn clear_all_asks_first() {
    storage()
        .set_item(KEY, "support-widgets checklist v1\nvalue\tcontract\t555")
        .unwrap();
    let widget = Mounted::new(&[("data-support-widget", "checklist"), ("data-lang", "en")]).await;
    widget.click("[data-testid=sw-cl-clear]").await;
    widget.click("[data-testid=sw-cl-clear-cancel]").await;
    let contract: HtmlInputElement = widget
        .get("[data-testid=sw-cl-contract]")
        .dyn_into()
        .unwrap();
    assert_eq!(contract.value(), "555", "cancel keeps everything");
    widget.click("[data-testid=sw-cl-clear]").await;
    widget.click("[data-testid=sw-cl-clear-yes]").await;
    let contract: HtmlInputElement = widget
        .get("[data-testid=sw-cl-contract]")
        .dyn_into()
        .unwrap();
    assert_eq!(contract.value(), "");
    assert!(!storage()
        .get_item(KEY)
        .unwrap()
        .unwrap_or_default()
        .contains("555"));
    widget.destroy();
    storage().remove_item(KEY).unwrap();
}
