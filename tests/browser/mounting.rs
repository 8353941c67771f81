use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{set_page_lang, Mounted};

#[wasm_bindgen_test]
async fn mounts_a_tool_in_its_own_shadow_root_with_its_css() {
    let widget = Mounted::new(&[("data-support-widget", "delivery"), ("data-lang", "en")]).await;
    let shadow = widget.shadow();
    // A constructable stylesheet (a host's CSP blocks <style> elements, not the CSSOM).
    let sheets = shadow.adopted_style_sheets();
    assert_eq!(sheets.length(), 1, "one adopted stylesheet");
    assert!(
        shadow.query_selector("style").unwrap().is_none(),
        "no <style> element"
    );
    let sheet: web_sys::CssStyleSheet = sheets.get(0).unchecked_into();
    let rules = sheet.css_rules().unwrap();
    assert!(rules.length() > 50, "the widget's rules are in it");
    assert_eq!(
        widget.get(".sw-root").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        widget.text("[data-testid=widget-title]"),
        "Replacement-part delivery window"
    );
    assert!(widget.find("[data-testid=tool-panel-delivery]").is_some());
    assert!(
        widget.find("nav").is_none(),
        "a single tool has no navigation"
    );
    // Nothing was rendered into the light DOM.
    assert_eq!(widget.host.child_element_count(), 0);
    widget.destroy();
}

#[wasm_bindgen_test]
async fn language_comes_from_data_lang_then_page_then_japanese() {
    // A choice another test's visitor made would come before the page: start without one.
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.remove_item("support-widgets:lang");
    }
    // Where neither the element nor the page decides, the browser's languages do.
    let browser = gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| match tag.split('-').next() {
            Some("en") => Some("en"),
            Some("ja") => Some("ja"),
            _ => None,
        })
        .unwrap_or("ja");
    let cases: &[(Option<&str>, Option<&str>, &str)] = &[
        (Some("en"), Some("ja"), "en"),
        (Some("ja"), Some("en"), "ja"),
        (None, Some("en-US"), "en"),
        (None, Some("fr"), browser),
        (None, None, browser),
        (Some("xx"), Some("en"), "en"),
    ];
    for (data_lang, page_lang, expected) in cases {
        set_page_lang(*page_lang);
        let mut attributes = vec![("data-support-widget", "domain")];
        if let Some(lang) = data_lang {
            attributes.push(("data-lang", lang));
        }
        let widget = Mounted::new(&attributes).await;
        let actual = widget.get(".sw-root").get_attribute("lang");
        assert_eq!(
            actual.as_deref(),
            Some(*expected),
            "data-lang {data_lang:?}, page {page_lang:?}"
        );
        widget.destroy();
    }
    set_page_lang(Some("en"));
}

#[wasm_bindgen_test]
async fn mount_options_override_data_attributes() {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"tool".into(), &"severity".into()).unwrap();
    js_sys::Reflect::set(&options, &"lang".into(), &"ja".into()).unwrap();
    let widget = Mounted::with_options(
        &[("data-support-widget", "delivery"), ("data-lang", "en")],
        options.into(),
    )
    .await;
    assert!(widget.find("[data-testid=tool-panel-severity]").is_some());
    assert_eq!(
        widget.text("[data-testid=widget-title]"),
        "シビラティの選択"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn options_that_are_not_an_object_are_an_error_not_a_panic() {
    let host = gloo::utils::document().create_element("div").unwrap();
    let result = support_widgets::embed::mount(host, JsValue::from_f64(42.0));
    assert!(result.is_err());
}

/// The message of a refused `mount()` call.
fn refusal(options: &str) -> String {
    let host = gloo::utils::document().create_element("div").unwrap();
    host.set_attribute("data-support-widget", "delivery")
        .unwrap();
    let options = js_sys::JSON::parse(options).unwrap();
    let error = match support_widgets::embed::mount(host, options) {
        Ok(_) => return "mounted".to_owned(),
        Err(error) => JsValue::from(error),
    };
    js_sys::Reflect::get(&error, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
async fn an_option_of_the_wrong_type_is_named_by_its_path() {
    for (options, message) in [
        (r#"{"tool": 42}"#, "SupportWidgets.mount: tool must be text"),
        (
            r#"[1, 2]"#,
            "SupportWidgets.mount: options must be an object",
        ),
        (
            r#"{"params": "sev=2"}"#,
            "SupportWidgets.mount: params must be an object",
        ),
        (
            r#"{"params": {"sev": 2}}"#,
            "SupportWidgets.mount: params.sev must be text",
        ),
        (
            r#"{"config": {"helpDesk": {"name": {"first": "x"}}}}"#,
            "SupportWidgets.mount: config.helpDesk.name must be text",
        ),
    ] {
        assert_eq!(refusal(options), message, "{options}");
    }
}

#[wasm_bindgen_test]
async fn an_element_that_cannot_hold_a_shadow_root_is_an_error_not_a_panic() {
    let host = gloo::utils::document().create_element("input").unwrap();
    host.set_attribute("data-support-widget", "delivery")
        .unwrap();
    assert!(support_widgets::embed::mount(host, JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_string() {
    let widget = Mounted::new(&[("data-support-widget", "checklist"), ("data-lang", "ja")]).await;
    assert_eq!(
        widget
            .get("[data-testid=lang-ja]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        widget
            .get("[data-testid=lang-en]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    let japanese_progress = widget.text("[data-testid=sw-cl-progress]");

    widget.click("[data-testid=lang-en]").await;
    assert_eq!(
        widget.get(".sw-root").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        widget
            .get("[data-testid=lang-en]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        widget.text("[data-testid=widget-title]"),
        "Service request checklist"
    );
    assert_ne!(
        widget.text("[data-testid=sw-cl-progress]"),
        japanese_progress
    );
    assert_eq!(
        widget
            .get(".sw-lang")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Display language")
    );

    widget.click("[data-testid=lang-ja]").await;
    assert_eq!(
        widget.text("[data-testid=widget-title]"),
        "SR オープン時の必要情報チェックリスト"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn an_unknown_tool_is_explained_inside_the_widget() {
    let widget = Mounted::new(&[("data-support-widget", "deliveries"), ("data-lang", "en")]).await;
    let message = widget.text("[data-testid=kind-error]");
    assert!(message.contains("unknown tool"), "{message}");
    assert!(message.contains("deliveries"), "{message}");
    widget.destroy();

    let widget = Mounted::new(&[("data-support-widget", ""), ("data-lang", "ja")]).await;
    assert!(widget
        .text("[data-testid=kind-error]")
        .contains("data-support-widget"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn destroy_empties_the_shadow_root_and_a_remount_reuses_it() {
    let mut widget = Mounted::new(&[("data-support-widget", "domain")]).await;
    let host = widget.host.clone();
    widget.handle.destroy();
    yew::scheduler::flush().await;
    assert_eq!(host.shadow_root().unwrap().child_element_count(), 0);

    let again = support_widgets::embed::mount(host.clone(), JsValue::UNDEFINED)
        .unwrap_or_else(|_| panic!("remount"));
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().unwrap();
    assert_eq!(
        shadow.adopted_style_sheets().length(),
        1,
        "one stylesheet after a remount"
    );
    assert!(shadow
        .query_selector("[data-testid=tool-panel-domain]")
        .unwrap()
        .is_some());
    Mounted {
        host,
        handle: again,
    }
    .destroy();
}
