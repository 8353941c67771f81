//! The standalone page's location, kept in the URL hash so that a link opens the right tool in the
//! right state (`#/severity?family=sdwan&sev=2`) and back/forward work. Only the standalone page
//! routes: an embedded widget never touches its host page's URL.

use crate::rules::contract::tool::Tool;
use crate::rules::kernel::lang::Lang;

/// The standalone page's language parameter: part of the deep-link format, never rename.
pub const LANG: &str = "lang";

/// Which page the hash points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// No hash, `#` or `#/`: the overview of all five tools.
    Overview,
    Tool(Tool),
    /// A path that names no tool; kept so the page can say what was not found.
    NotFound(String),
}

/// A parsed hash: the page plus its query parameters, in order, already percent-decoded.
/// Each tool reads the parameters it knows and ignores the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub page: Page,
    pub params: Vec<(String, String)>,
}

impl Route {
    pub fn overview() -> Route {
        Route {
            page: Page::Overview,
            params: Vec::new(),
        }
    }

    pub fn tool(tool: Tool) -> Route {
        Route {
            page: Page::Tool(tool),
            params: Vec::new(),
        }
    }

    /// Parses `location.hash` (with or without the leading `#`). Never fails: whatever a visitor
    /// pastes gives some page.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let path = percent_decode(path);
        let path = path.trim().trim_matches('/');
        let page = if path.is_empty() {
            Page::Overview
        } else {
            Tool::from_slug(path).map_or_else(|| Page::NotFound(path.to_owned()), Page::Tool)
        };
        let params = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(key), percent_decode(value))
            })
            .collect();
        Route { page, params }
    }

    /// The standalone page's language in the link: `lang=en` for English, none for Japanese (the
    /// default), replacing any `lang` the route had; the tool's own parameters keep their order.
    pub fn with_lang(mut self, lang: Lang) -> Route {
        self.params.retain(|(key, _)| key != LANG);
        if lang != Lang::Ja {
            self.params.push((LANG.to_owned(), lang.tag().to_owned()));
        }
        self
    }

    /// The tool's own parameters: the route's, without the page's `lang`.
    pub fn tool_params(&self) -> Vec<(String, String)> {
        self.params
            .iter()
            .filter(|(key, _)| key != LANG)
            .cloned()
            .collect()
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        let mut hash = String::from("#/");
        match &self.page {
            Page::Overview => {}
            Page::Tool(tool) => hash.push_str(tool.slug()),
            Page::NotFound(path) => hash.push_str(&percent_encode(path)),
        }
        for (index, (key, value)) in self.params.iter().enumerate() {
            hash.push(if index == 0 { '?' } else { '&' });
            hash.push_str(&percent_encode(key));
            hash.push('=');
            hash.push_str(&percent_encode(value));
        }
        hash
    }
}

// Measured: `form_urlencoded` and `percent-encoding` in place of these two functions made the release
// wasm 3.4 KB larger (661,520 against 658,139 bytes), so they stay hand-written and tested.

/// Decodes `%XX` escapes and `+` (as `URLSearchParams` does, so links built by JavaScript agree).
/// A broken escape is kept as typed, and bytes that are not UTF-8 become U+FFFD: a pasted link
/// must never stop the page.
pub fn percent_decode(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let escaped = bytes.get(index + 1..index + 3).and_then(|pair| {
                    let text = std::str::from_utf8(pair).ok()?;
                    u8::from_str_radix(text, 16).ok()
                });
                match escaped {
                    Some(byte) => {
                        out.push(byte);
                        index += 3;
                    }
                    None => {
                        out.push(b'%');
                        index += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                index += 1;
            }
            byte => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but RFC 3986 unreserved characters, so the result is safe in a hash query.
pub fn percent_encode(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::contract::tool_state::param;
    use crate::rules::params;

    /// The cases `web/widget.js`'s `linkLang` is tested on too (tests/link-lang-cases.json), so the
    /// loader downloads the module in the language the widget will start in.
    #[test]
    fn reads_the_links_lang_as_the_loader_does() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/link-lang-cases.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display())); // ok: test code
        let cases: serde_json::Value =
            serde_json::from_str(&text).expect("tests/link-lang-cases.json is JSON"); // ok: test code
        let cases = cases["cases"].as_array().expect("a list of cases"); // ok: test code
        assert!(cases.len() >= 10);
        for case in cases {
            let hash = case["hash"].as_str().expect("each case has a hash"); // ok: test code
            let route = Route::parse(hash);
            assert_eq!(param(&route.params, LANG), case["lang"].as_str(), "{hash}");
        }
    }

    #[test]
    fn parses_pages() {
        let cases: &[(&str, Page)] = &[
            ("", Page::Overview),
            ("#", Page::Overview),
            ("#/", Page::Overview),
            ("#//", Page::Overview),
            ("#/severity", Page::Tool(Tool::Severity)),
            ("#/checklist", Page::Tool(Tool::Checklist)),
            ("#/delivery", Page::Tool(Tool::Delivery)),
            ("#/domain", Page::Tool(Tool::AccountDomain)),
            ("#delivery", Page::Tool(Tool::Delivery)),
            ("#/delivery/", Page::Tool(Tool::Delivery)),
            ("#/Delivery", Page::Tool(Tool::Delivery)),
            ("/domain", Page::Tool(Tool::AccountDomain)),
            ("#/%64omain", Page::Tool(Tool::AccountDomain)),
            ("#/nope", Page::NotFound("nope".into())),
            ("#/delivery/extra", Page::NotFound("delivery/extra".into())),
            ("#/%E3%81%82", Page::NotFound("あ".into())),
        ];
        for (hash, expected) in cases {
            assert_eq!(&Route::parse(hash).page, expected, "hash {hash:?}");
        }
    }

    #[test]
    fn parses_parameters_in_order_and_decoded() {
        let route = Route::parse("#/severity?family=sdwan&sev=2&desk=japan");
        assert_eq!(route.page, Page::Tool(Tool::Severity));
        assert_eq!(
            route.params,
            params(&[("family", "sdwan"), ("sev", "2"), ("desk", "japan")])
        );
        assert_eq!(param(&route.params, "sev"), Some("2"));
        assert_eq!(param(&route.params, "missing"), None);

        let route = Route::parse("#/delivery?at=2026-05-03T02%3A00&note=a+b&flag&=x&&empty=");
        assert_eq!(
            route.params,
            params(&[
                ("at", "2026-05-03T02:00"),
                ("note", "a b"),
                ("flag", ""),
                ("", "x"),
                ("empty", "")
            ])
        );

        // The tools read parameters in order, so a repeated one's last value wins, as with `param`.
        let route = Route::parse("#/domain?q=1&q=2");
        assert_eq!(param(&route.params, "q"), Some("2"), "last value wins");
    }

    #[test]
    fn decodes_by_hand_worked_escapes() {
        let cases: &[(&str, &str)] = &[
            ("abc", "abc"),
            ("a%20b", "a b"),
            ("a+b", "a b"),
            ("%2B", "+"),
            ("%e6%97%a5%e6%9c%ac", "日本"),
            ("100%", "100%"),
            ("%zz", "%zz"),
            ("%4", "%4"),
            ("%%41", "%A"),
            ("%FF", "\u{FFFD}"),
            ("%E6%97", "\u{FFFD}"),
        ];
        for (input, expected) in cases {
            assert_eq!(percent_decode(input), *expected, "input {input:?}");
        }
    }

    #[test]
    fn the_language_rides_in_the_link_for_english_only() {
        let route = Route::parse("#/delivery?lang=ja&level=24x7x4h&sev=3");
        assert_eq!(
            route.tool_params(),
            [
                ("level".into(), "24x7x4h".into()),
                ("sev".into(), "3".into())
            ]
        );
        assert_eq!(
            route.clone().with_lang(Lang::En).to_hash(),
            "#/delivery?level=24x7x4h&sev=3&lang=en"
        );
        assert_eq!(
            route.with_lang(Lang::Ja).to_hash(),
            "#/delivery?level=24x7x4h&sev=3"
        );
        assert_eq!(
            Route::overview().with_lang(Lang::En).to_hash(),
            "#/?lang=en"
        );
    }

    #[test]
    fn formats_hashes() {
        assert_eq!(Route::overview().to_hash(), "#/");
        assert_eq!(Route::tool(Tool::Delivery).to_hash(), "#/delivery");
        let route = Route {
            page: Page::Tool(Tool::Delivery),
            params: params(&[
                ("level", "24x7x4h"),
                ("at", "2026-05-03T02:00"),
                ("note", "日本 a&b"),
            ]),
        };
        assert_eq!(
            route.to_hash(),
            "#/delivery?level=24x7x4h&at=2026-05-03T02%3A00&note=%E6%97%A5%E6%9C%AC%20a%26b"
        );
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn parse_never_panics(hash in ".*") {
                let _ = Route::parse(&hash);
            }

            #[test]
            fn decode_inverts_encode(text in ".*") {
                prop_assert_eq!(percent_decode(&percent_encode(&text)), text);
            }

            #[test]
            fn tool_routes_round_trip(
                tool in prop::sample::select(Tool::ALL.to_vec()),
                pairs in prop::collection::vec(("[^\u{0}]{0,8}", ".{0,8}"), 0..5),
            ) {
                let route = Route { page: Page::Tool(tool), params: pairs };
                prop_assert_eq!(Route::parse(&route.to_hash()), route);
            }
        }
    }
}
