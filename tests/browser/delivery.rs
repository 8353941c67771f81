use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

use crate::support::Mounted;

fn value_of(widget: &Mounted, testid: &str) -> String {
    widget
        .get(&format!("[data-testid={testid}]"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value()
}

async fn delivery(attributes: &[(&str, &str)]) -> Mounted {
    let mut all = vec![("data-support-widget", "delivery")];
    all.extend_from_slice(attributes);
    Mounted::new(&all).await
}

#[wasm_bindgen_test]
async fn fills_the_form_and_shows_the_arrival_with_its_steps() {
    let widget = delivery(&[("data-lang", "en")]).await;
    assert!(
        widget.find("[data-testid=delivery-incomplete]").is_some(),
        "no level chosen yet"
    );
    assert!(
        !value_of(&widget, "sw-dl-date").is_empty(),
        "the arrangement time defaults to now"
    );

    widget.click("[data-testid=sw-dl-level-24x7x4h]").await;
    widget.type_into("sw-dl-date", "2026-05-03").await;
    widget.type_into("sw-dl-time", "02:00").await;
    widget.click("[data-testid=sw-dl-sev-3]").await;

    let time = widget.get("[data-testid=delivery-arrival] time");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-05-07T13:00:00+09:00")
    );
    assert_eq!(time.text_content().unwrap(), "by Thu 7 May 2026, 13:00");
    assert_eq!(widget.all("[data-testid=delivery-steps] li").len(), 3);
    let calendar = widget.text("[data-testid=delivery-calendar]");
    assert!(
        calendar.contains("Greenery Day") && calendar.contains("Substitute Holiday"),
        "{calendar}"
    );

    widget.click("[data-testid=sw-dl-sev-1]").await;
    assert_eq!(
        widget.text("[data-testid=delivery-arrival]"),
        "by Sun 3 May 2026, 06:00"
    );

    widget.click("[data-testid=lang-ja]").await;
    assert_eq!(
        widget.text("[data-testid=delivery-arrival]"),
        "2026年5月3日(日) 06:00 までに到着"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn bad_input_gets_a_message_next_to_the_field_and_is_kept() {
    let widget = delivery(&[("data-lang", "ja")]).await;
    widget.click("[data-testid=sw-dl-level-8x5xnbd]").await;
    widget.type_into("sw-dl-date", "2026-02-30").await;
    assert_eq!(
        value_of(&widget, "sw-dl-date"),
        "2026-02-30",
        "what was typed stays"
    );
    let input = widget.get("[data-testid=sw-dl-date]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("sw-dl-date-error")
    );
    assert_eq!(
        widget.text("[data-testid=sw-dl-date-error]"),
        "2026-02-30 は存在しない日付です。",
        "an impossible day is named as such"
    );
    assert!(widget.find("[data-testid=delivery-arrival]").is_none());

    // An error waits until the visitor leaves the field, then follows every keystroke.
    widget.type_staying("sw-dl-date", "2026-1").await;
    assert!(
        widget.find("[data-testid=sw-dl-date-error]").is_none(),
        "no error while typing"
    );
    widget.leave("sw-dl-date").await;
    assert!(
        widget.find("[data-testid=sw-dl-date-error]").is_some(),
        "an error once the field is left"
    );

    for (text, expected) in [
        ("ｘｙｚ", "日付を"),
        ("1989-12-31", "1990–2099"),
        ("", "入力してください"),
    ] {
        widget.type_into("sw-dl-date", text).await;
        assert!(
            widget
                .text("[data-testid=sw-dl-date-error]")
                .contains(expected),
            "{text:?}"
        );
    }
    widget.type_into("sw-dl-date", "2026-11-20").await;
    widget.type_into("sw-dl-time", "10:00").await;
    assert!(widget.find("[data-testid=sw-dl-date-error]").is_none());
    assert_eq!(
        widget.text("[data-testid=delivery-arrival] time"),
        "2026年11月24日(火) に到着 (時刻の指定はなく、訪問は 9:00～17:00)"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn company_holidays_come_from_the_host_element() {
    let widget = delivery(&[
        ("data-lang", "en"),
        ("data-company-holidays", "2026-12-29..2027-01-03"),
    ])
    .await;
    assert!(widget
        .text("[data-testid=company-holidays-note]")
        .contains("Tue 29 Dec 2026 – Sun 3 Jan 2027"));
    widget.click("[data-testid=sw-dl-level-8x5x4h]").await;
    widget.type_into("sw-dl-date", "2026-12-28").await;
    widget.type_into("sw-dl-time", "17:30").await;
    assert_eq!(
        widget.text("[data-testid=delivery-arrival]"),
        "by Mon 4 Jan 2027, 13:00"
    );

    widget.type_into("sw-dl-company-holidays", "").await;
    assert_eq!(
        widget.text("[data-testid=delivery-arrival]"),
        "by Tue 29 Dec 2026, 13:00"
    );
    assert!(widget
        .text("[data-testid=company-holidays-note]")
        .contains("does not list"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn asks_for_the_severity_only_when_it_matters() {
    let widget = delivery(&[("data-lang", "en")]).await;
    widget.click("[data-testid=sw-dl-level-24x7x2h]").await;
    widget.type_into("sw-dl-date", "2026-11-21").await;
    widget.type_into("sw-dl-time", "03:00").await;
    assert!(widget
        .text("[data-testid=delivery-error]")
        .contains("choose the severity"));
    widget.click("[data-testid=sw-dl-level-8x5x4h]").await;
    assert_eq!(
        widget.text("[data-testid=delivery-arrival]"),
        "by Tue 24 Nov 2026, 13:00"
    );
    widget.destroy();
}
