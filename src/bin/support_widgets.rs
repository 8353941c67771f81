//! The thin binary trunk builds. `web/widget.js` instantiates it once per widget and calls the
//! library's exported `mount`; `main` runs at each instantiation and only installs the panic hook.

fn main() {
    #[cfg(target_arch = "wasm32")]
    support_widgets::embed::crash::install_panic_hook();
}
