use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::Mounted;

fn set_hash(hash: &str) {
    gloo::utils::window().location().set_hash(hash).unwrap();
}

#[wasm_bindgen_test]
async fn the_app_follows_the_url_hash() {
    set_hash("");
    let app = Mounted::new(&[("data-support-widget", "app"), ("data-lang", "en")]).await;
    assert!(
        app.find("[data-testid=overview]").is_some(),
        "no hash opens the overview"
    );
    assert_eq!(app.all("nav a").len(), 6);
    assert_eq!(
        app.get("[data-testid=nav-overview]")
            .get_attribute("aria-current")
            .as_deref(),
        Some("page")
    );
    assert_eq!(app.all("[data-testid^=card-]").len(), 5);

    for slug in ["severity", "checklist", "delivery", "domain", "eos"] {
        set_hash(&format!("/{slug}"));
        let panel = format!("[data-testid=tool-panel-{slug}]");
        app.wait_until(&format!("{slug} is shown"), |app| {
            app.find(&panel).is_some()
        })
        .await;
        let link = app.get(&format!("[data-testid=nav-{slug}]"));
        assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));
        assert_eq!(app.all("[aria-current=page]").len(), 1);
        // Moving to a page puts focus on its heading.
        let focused = app
            .shadow()
            .active_element()
            .unwrap_or_else(|| panic!("something has focus on {slug}"));
        assert!(
            focused.has_attribute("data-page-heading"),
            "focus is on {}",
            focused.outer_html()
        );
    }

    set_hash("/no-such-tool?x=1");
    app.wait_until("not-found is shown", |app| {
        app.find("[data-testid=not-found]").is_some()
    })
    .await;
    assert!(app
        .text("[data-testid=not-found]")
        .contains("#/no-such-tool"));

    set_hash("");
    app.destroy();
}

#[wasm_bindgen_test]
async fn links_point_at_the_tool_hashes() {
    set_hash("");
    let app = Mounted::new(&[("data-support-widget", "app"), ("data-lang", "ja")]).await;
    let hrefs: Vec<String> = app
        .all("nav a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "#/",
            "#/severity",
            "#/checklist",
            "#/delivery",
            "#/domain",
            "#/eos"
        ]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_pasted_link_refills_the_tool_and_typing_updates_the_url() {
    set_hash("/delivery?level=8x7xNCD&at=2026-01-31T16:59");
    let app = Mounted::new(&[("data-support-widget", "app"), ("data-lang", "en")]).await;
    app.wait_until("the NCD answer", |app| {
        app.find("[data-testid=delivery-arrival]").is_some()
    })
    .await;
    assert_eq!(
        app.text("[data-testid=delivery-arrival]"),
        "on Sun 1 Feb 2026 (no set hour; visits 09:00–17:00)"
    );

    // Typing mirrors the form in the URL, without a hashchange (the form keeps its state).
    app.click("[data-testid=sw-dl-sev-2]").await;
    let hash = gloo::utils::window().location().hash().unwrap();
    assert_eq!(
        hash, "#/delivery?level=8x7xNCD&at=2026-01-31T16%3A59&sev=2&lang=en",
        "the language rides along in English"
    );

    set_hash("/delivery?level=8x7xNCD&at=2026-01-31T17:01");
    app.wait_until("the pasted link's answer", |app| {
        app.find("[data-testid=delivery-arrival]")
            .and_then(|e| e.text_content())
            .is_some_and(|t| t.contains("Mon 2 Feb 2026"))
    })
    .await;
    set_hash("");
    app.destroy();
}
