//! What the loader (`web/widget.js`) and the Rust side of a widget must agree on: the version (the
//! loader warns when the wasm it loaded says another), and the names of the events dispatched on the
//! host element (the loader dispatches `supportwidget:mounted` itself; the crash event comes from Rust). A test reads `widget.js` and fails when
//! they drift apart (language resolution is shared through `tests/lang-cases.json`).

/// The widget's version, as `SupportWidgets.version` reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Dispatched on the host element when the widget's code panics (`detail`: the panic message).
pub const CRASH_EVENT: &str = "supportwidget:crash";

/// Dispatched on the host element whenever the tool's result changes (`detail`: the result).
pub const RESULT_EVENT: &str = "supportwidget:result";

#[cfg(test)]
mod tests {
    use super::*;

    fn loader() -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/widget.js");
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    #[test]
    fn the_loader_has_the_same_version_and_event_names() {
        let loader = loader();
        for (name, value) in [
            ("VERSION", VERSION),
            ("CRASH_EVENT", CRASH_EVENT),
            ("RESULT_EVENT", RESULT_EVENT),
            ("MOUNTED_EVENT", "supportwidget:mounted"),
        ] {
            let line = format!("const {name} = '{value}';");
            assert!(loader.contains(&line), "web/widget.js should say {line}");
        }
    }
}
