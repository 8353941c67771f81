use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::Mounted;
use support_widgets::embed::crash::{show_apology, RELOAD_ACTION};

// A real panic aborts the test's own wasm instance, so the panic itself is exercised end to end by
// the Playwright suite; here we check what the hook draws.
#[wasm_bindgen_test]
async fn the_apology_replaces_the_widget_in_its_language() {
    for (lang, title) in [
        ("en", "Sorry, this tool ran into an error."),
        ("ja", "申し訳ありません。このツールでエラーが発生しました。"),
    ] {
        let widget =
            Mounted::new(&[("data-support-widget", "delivery"), ("data-lang", lang)]).await;
        show_apology(&widget.shadow());
        let alert = widget.get("[data-testid=crash]");
        assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(alert.get_attribute("lang").as_deref(), Some(lang));
        assert!(alert.text_content().unwrap().contains(title));
        let button = widget.get("button");
        assert_eq!(
            button
                .get_attribute("data-support-widget-action")
                .as_deref(),
            Some(RELOAD_ACTION)
        );
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
        assert!(
            widget.find("[data-testid=tool-panel-delivery]").is_none(),
            "the dead widget is gone"
        );
        widget.destroy();
    }
}
