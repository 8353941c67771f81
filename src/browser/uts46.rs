use crate::rules::kernel::address::Uts46;

/// UTS-46 as the browser does it: the WHATWG URL parser's host parsing (domain to ASCII). The widget
/// ships no Unicode tables of its own for this. Callers refuse ASCII delimiters (`/`, `@`, `:` …)
/// first, so the text can only be read as a host.
pub struct BrowserUts46;

impl Uts46 for BrowserUts46 {
    fn to_ascii(&self, domain: &str) -> Option<String> {
        let url = web_sys::Url::new(&format!("http://{domain}/")).ok()?;
        Some(url.hostname())
    }
}
