//! What the loader (`web/widget.js`) and the Rust side of a widget must agree on: the version (the
//! loader warns when the wasm it loaded says another), the names of the events dispatched on the
//! host element (the loader dispatches `supportwidget:mounted` itself; the crash event comes from
//! Rust) and the crash box's reload action. `contract/embedding.json` holds them for every layer
//! outside Rust; a test checks it and `widget.js` against these (language resolution is shared
//! through `tests/lang-cases.json`).

/// The widget's version, as `SupportWidgets.version` reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Dispatched on the host element when the widget's code panics (`detail`: the panic message).
pub const CRASH_EVENT: &str = "supportwidget:crash";

/// Dispatched on the host element whenever the tool's result changes (`detail`: the result).
pub const RESULT_EVENT: &str = "supportwidget:result";

/// `data-support-widget-action` of the crash box's reload button; `web/widget.js` listens for it.
pub const RELOAD_ACTION: &str = "reload";

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    fn contract() -> serde_json::Value {
        serde_json::from_str(&read("contract/embedding.json"))
            .expect("contract/embedding.json is JSON")
    }

    #[test]
    fn the_contract_file_names_the_events_and_the_reload_action_as_rust_does() {
        let contract = contract();
        assert_eq!(contract["events"]["result"], RESULT_EVENT);
        assert_eq!(contract["events"]["crash"], CRASH_EVENT);
        assert_eq!(contract["events"]["mounted"], "supportwidget:mounted");
        assert_eq!(contract["reloadAction"], RELOAD_ACTION);
    }

    #[test]
    fn the_loader_has_the_same_version_and_event_names() {
        let loader = read("web/widget.js");
        for (name, value) in [
            ("VERSION", VERSION),
            ("CRASH_EVENT", CRASH_EVENT),
            ("RESULT_EVENT", RESULT_EVENT),
            ("MOUNTED_EVENT", "supportwidget:mounted"),
            ("RELOAD_ACTION", RELOAD_ACTION),
        ] {
            let line = format!("const {name} = '{value}';");
            assert!(loader.contains(&line), "web/widget.js should say {line}");
        }
    }
}
