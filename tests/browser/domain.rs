use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::support::Mounted;
use support_widgets::browser::BrowserUts46;
use support_widgets::rules::kernel::address::{normalise_domain, IdnaUts46, Uts46};

/// The browser's UTS-46 (the WHATWG URL parser) and the idna crate agree on Unicode names, and the
/// whole normaliser gives the same answer with either, so native tests speak for what visitors get.
#[wasm_bindgen_test]
fn the_browser_and_the_idna_crate_agree() {
    let unicode_names = [
        "日本語.jp",
        "東京.日本語.jp",
        "シスコ.jp",
        "ｼｽｺ.jp",
        "bücher.example",
        "ÖBB.at",
        "faß.de",
        "ελληνικά.gr",
        "пример.рф",
        "例子.中国",
        "日本\u{200B}語.jp",
        "Ⅻ.jp",
        "①.jp",
        "ﬁ.jp",
        "\u{E000}.jp",
        "a\u{FE0F}b.jp",
        "한국.kr",
    ];
    for name in unicode_names {
        assert_eq!(
            BrowserUts46.to_ascii(name),
            IdnaUts46.to_ascii(name),
            "{name}"
        );
    }
    // Chromium passes an all-ASCII `xn--` host through without checking its Punycode (idna refuses
    // "xn--zz.jp"); the normaliser never hands ASCII names to UTS-46 and checks `xn--` labels itself,
    // so the answers still agree.
    let more = [
        "xn--wgv71a119e.jp",
        "xn--zz.jp",
        "日本.xn--zz.jp",
        "ａｂｃ.jp",
        "Cisco.COM.",
        // Valid Punycode that UTS-46 refuses: the round trip rejects them with either implementation.
        "xn--0y0c.cisco.com",
        "xn--1ug.cisco.com",
        "xn--a-xbb.cisco.com",
        "192.168.0.1",
        // UTS-46 maps these to '`' and '_', which a domain cannot hold: both refuse them.
        "a\u{1FEF}b.cisco.com",
        "a\u{FE4D}b.cisco.com",
    ];
    for name in unicode_names.into_iter().chain(more) {
        assert_eq!(
            normalise_domain(name, &BrowserUts46),
            normalise_domain(name, &IdnaUts46),
            "{name}"
        );
    }
}

fn row(widget: &Mounted) -> Option<String> {
    widget
        .find("[data-testid=sw-sa-verdict]")
        .and_then(|v| v.get_attribute("data-row"))
}

#[wasm_bindgen_test]
async fn judges_the_guides_four_rows_as_the_visitor_types() {
    let widget = Mounted::new(&[("data-support-widget", "domain"), ("data-lang", "en")]).await;
    assert!(widget.find("[data-testid=sw-sa-pending]").is_some());
    assert!(
        widget.find("[data-testid=sw-sa-email-error]").is_none(),
        "no error before typing"
    );

    for (email, account, expected_row) in [
        ("hanako@cisco.com", "cisco.com", "1"),
        ("hanako@cisco.com", "abc.cisco.com", "2"),
        ("hanako@sales.cisco.com", "japan.cisco.com", "3 4"),
        ("hanako@cisco.com", "cisco-systems.com", "3 4"),
    ] {
        widget.type_into("sw-sa-email", email).await;
        widget.type_into("sw-sa-account", account).await;
        assert_eq!(
            row(&widget).as_deref(),
            Some(expected_row),
            "{email} → {account}"
        );
    }
    let title = widget.text("[data-testid=sw-sa-verdict-title]");
    assert!(title.starts_with("Needs an application"), "{title}");
    assert!(
        widget
            .find("[data-testid=sw-sa-verdict-title].sw-note")
            .is_some(),
        "an application is a way forward, shown as a note, not an error"
    );
    assert!(widget.find("[data-testid=sw-sa-application]").is_some());

    widget
        .type_into("sw-sa-email", "hanako@sales.cisco.com")
        .await;
    widget.type_into("sw-sa-account", "japan.cisco.com").await;
    let alternatives = widget.text("[data-testid=sw-sa-alternatives]");
    assert!(
        alternatives.contains("sales.cisco.com") && alternatives.contains("japan.sales.cisco.com"),
        "{alternatives}"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn syntax_errors_show_next_to_the_field_and_keep_the_text() {
    let widget = Mounted::new(&[("data-support-widget", "domain"), ("data-lang", "ja")]).await;
    for (email, message) in [
        ("hanako", "@ がありません"),
        ("a@b@c.com", "1 つだけ"),
        ("@cisco.com", "@ の前"),
        ("a@localhost", "localhost"),
    ] {
        widget.type_into("sw-sa-email", email).await;
        assert!(
            widget
                .text("[data-testid=sw-sa-email-error]")
                .contains(message),
            "{email}"
        );
        let input: HtmlInputElement = widget.get("[data-testid=sw-sa-email]").dyn_into().unwrap();
        assert_eq!(input.value(), email);
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    }
    widget.type_into("sw-sa-email", "a@cisco.com").await;
    widget.type_into("sw-sa-account", "co.jp").await;
    assert!(widget
        .text("[data-testid=sw-sa-account-error]")
        .contains("パブリックサフィックス"));
    widget
        .type_into("sw-sa-account", "ｊｐ．ｃｉｓｃｏ．ｃｏｍ")
        .await;
    assert_eq!(row(&widget).as_deref(), Some("2"));
    assert!(widget
        .text("[data-testid=sw-sa-steps]")
        .contains("全角文字を半角に変換しました"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_password_is_checked_but_never_shown() {
    let widget = Mounted::new(&[("data-support-widget", "domain"), ("data-lang", "en")]).await;
    // The rule is beside the field before anything is typed.
    let hint = widget.text("#sw-sa-password-hint");
    assert!(
        hint.contains("12 to 60") && hint.contains("one symbol"),
        "{hint}"
    );
    assert!(widget
        .text("#sw-sa-phone-hint")
        .contains("leave out the leading 0"));
    let secret = "Sup3rSecretPw";
    widget.type_into("sw-sa-password", secret).await;
    let input = widget.get("[data-testid=sw-sa-password]");
    assert_eq!(input.get_attribute("type").as_deref(), Some("password"));
    let report = widget.text("[data-testid=sw-sa-password-report]");
    assert!(report.contains("No symbol"), "{report}");
    assert!(
        !widget.shadow().inner_html().contains(secret),
        "the password appears nowhere in the widget's markup"
    );
    widget.type_into("sw-sa-password", "Sup3rSecretPw!").await;
    assert_eq!(
        widget.text("[data-testid=sw-sa-password-report]"),
        "The password meets the rule."
    );

    widget.type_into("sw-sa-phone", "03-6434-XXXX").await;
    assert!(widget
        .text("[data-testid=sw-sa-phone-advice]")
        .contains("3-6434-XXXX (+81 3-6434-XXXX)"));
    // The tool's own length check warns; the guide's rule still gives the answer.
    widget.type_into("sw-sa-phone", "03-6434-123").await;
    assert!(widget
        .text("[data-testid=sw-sa-phone-warning]")
        .contains("this tool's check, not the guide's rule"));
    assert!(widget
        .text("[data-testid=sw-sa-phone-advice]")
        .contains("3-6434-123"));
    assert!(widget.find("[data-testid=sw-sa-phone-error]").is_none());
    widget.type_into("sw-sa-company", "クランブルー").await;
    assert!(widget
        .text("[data-testid=sw-sa-company-warning]")
        .contains("クランブルー"));
    assert_eq!(
        widget
            .get("[data-testid=sw-sa-company]")
            .get_attribute("aria-invalid"),
        None,
        "a warning, not an error"
    );
    widget.destroy();
}
