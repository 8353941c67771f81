use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::Mounted;

async fn severity(lang: &str) -> Mounted {
    Mounted::new(&[("data-support-widget", "severity"), ("data-lang", lang)]).await
}

#[wasm_bindgen_test]
async fn answering_the_questions_suggests_a_severity_with_reasons() {
    let widget = severity("en").await;
    assert_eq!(
        widget.all(".sw-question").len(),
        1,
        "one question at a time"
    );
    assert!(widget.find("[data-testid=sw-sv-card]").is_none());

    widget.click("[data-testid=sw-sv-q-production-yes]").await;
    widget.click("[data-testid=sw-sv-q-info-no]").await;
    widget.click("[data-testid=sw-sv-q-down-yes]").await;
    let suggestion = widget.text("[data-testid=sw-sv-suggestion]");
    assert!(
        suggestion.contains("Suggested severity: S1"),
        "{suggestion}"
    );
    assert!(
        suggestion.contains("nothing tried restores it"),
        "{suggestion}"
    );
    assert_eq!(widget.all(".sw-question").len(), 3);
    assert!(widget
        .text("[data-testid=sw-sv-phone-japan]")
        .contains("by phone"));
    assert!(widget
        .text("[data-testid=sw-sv-notes]")
        .contains("reachable around the clock"));

    // Changing an earlier answer re-asks the rest.
    widget.click("[data-testid=sw-sv-q-down-no]").await;
    assert!(widget.find("[data-testid=sw-sv-suggestion]").is_none());
    assert!(widget.find("[data-testid=sw-sv-q-redundancy]").is_some());
    widget.click("[data-testid=sw-sv-q-redundancy-yes]").await;
    assert!(widget
        .text("[data-testid=sw-sv-card]")
        .starts_with("Severity: S2"));

    // The visitor can override; start over clears everything.
    widget.click("[data-testid=sw-sv-sev-3]").await;
    assert!(widget
        .text("[data-testid=sw-sv-card]")
        .starts_with("Severity: S3"));
    widget.click("[data-testid=sw-sv-start-over]").await;
    assert_eq!(widget.all(".sw-question").len(), 1);
    assert!(widget.find("[data-testid=sw-sv-card]").is_none());
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_familys_example_sets_the_severity_and_outranks_the_questions() {
    let widget = severity("ja").await;
    widget.click("[data-testid=sw-sv-sev-1]").await;
    assert!(widget
        .text("[data-testid=sw-sv-common]")
        .contains("冗長化された機器の両系"));
    widget.click("[data-testid=sw-sv-start-over]").await;
    let select: web_sys::HtmlSelectElement =
        wasm_bindgen::JsCast::dyn_into(widget.get("[data-testid=sw-sv-family]")).unwrap();
    select.set_value("router-switch");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    // Every severity's examples, the family's for S1 and S2, the common ones for S3 and S4.
    assert!(widget
        .text("[data-testid=sw-sv-examples-s1]")
        .contains("特定の機能が正常に動作しなくなり"));
    assert!(widget
        .text("[data-testid=sw-sv-examples-s4]")
        .contains("製品共通の例を参照"));
    // The common questions say S2 ("a specific function is unusable") and ask to check the S1 examples.
    for answer in [
        "production-yes",
        "info-no",
        "down-no",
        "redundancy-no",
        "function-yes",
    ] {
        widget
            .click(&format!("[data-testid=sw-sv-q-{answer}]"))
            .await;
    }
    let suggestion = widget.text("[data-testid=sw-sv-suggestion]");
    assert!(
        suggestion.contains("提案するシビラティ: S2"),
        "{suggestion}"
    );
    assert!(widget.find("[data-testid=sw-sv-check-family]").is_some());
    // The family's second S1 example matches: S1, the phone at Japan TAC, and the tool says why.
    widget.click("[data-testid=sw-sv-example-s1-2]").await;
    let suggestion = widget.text("[data-testid=sw-sv-suggestion]");
    assert!(
        suggestion.contains("提案するシビラティ: S1"),
        "{suggestion}"
    );
    assert!(widget.text("[data-testid=sw-sv-ranking]").ends_with("S2"));
    assert!(widget.find("[data-testid=sw-sv-phone-japan]").is_some());
    assert!(widget
        .text("[data-testid=sw-sv-card]")
        .contains("Router / Switch (IOS / IOS-XE / IOS-XR): 特定の機能が正常に動作しなくなり"));
    assert!(widget.find("[data-testid=sw-sv-check-family]").is_none());
    widget.destroy();
}

#[wasm_bindgen_test]
async fn both_desks_say_whether_they_answer_now() {
    let widget = severity("en").await;
    widget.click("[data-testid=sw-sv-sev-1]").await;
    for desk in ["japan", "global"] {
        let now = widget.text(&format!("[data-testid=sw-sv-now-{desk}]"));
        assert!(
            now.starts_with("Right now (Japan time)") && now.ends_with("Answering now"),
            "{now}"
        );
    }
    // Global TAC S2: business hours, or round the clock only if asked; never "answering" at any hour.
    widget.click("[data-testid=sw-sv-sev-2]").await;
    let global = widget.text("[data-testid=sw-sv-now-global]");
    assert!(
        global.ends_with("Answering now")
            || global.contains("Round the clock (best effort) only if you ask for it"),
        "{global}"
    );
    assert!(
        widget.find("[data-testid=sw-sv-phone-global]").is_some(),
        "Global TAC S2 by phone"
    );
    assert!(widget.find("[data-testid=sw-sv-phone-japan]").is_none());
    assert!(
        widget.find("[data-testid=sw-sv-checklist]").is_none(),
        "no checklist link when embedded"
    );
    widget.destroy();
}
