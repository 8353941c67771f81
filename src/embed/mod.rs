//! How a widget gets onto a page: `mount(host, options)` attaches an open shadow root to the host
//! element, puts the widget's CSS inside it and renders a `Widget` there. `web/widget.js` calls it
//! once per element, each time in a wasm instance of its own, so a panic poisons one widget only.

pub mod crash;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::browser::js_object::{JsObject, WrongType};
use crate::browser::texts::{TextsFailure, TextsLoader};
use crate::rules::contract::partner::{self, RawConfig};
use crate::rules::contract::tool::{WidgetKind, WidgetKindError};
use crate::rules::kernel::lang::Lang;
use crate::shell::{Widget, WidgetConfig, WidgetProps};

/// The widget's whole stylesheet. It ships inside the wasm so each shadow root gets it with no
/// extra request, no flash of unstyled content and no URL to resolve against the host page
/// (`build.rs` drops its comments and indentation first).
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// Class of the element inside the shadow root that Yew renders into.
pub const MOUNT_CLASS: &str = "sw-mount";

/// What `SupportWidgets.mount(el, options)` may pass. Each field overrides the element's matching
/// `data-*` attribute; unknown fields are ignored so older widgets accept newer pages.
struct MountOptions {
    /// `data-support-widget`: `app` or a tool slug.
    tool: Option<String>,
    /// `data-lang`.
    lang: Option<String>,
    /// `data-company-holidays`, e.g. `2026-12-29..2027-01-03,2027-08-13`.
    company_holidays: Option<String>,
    /// The tool's starting values, as its deep link names them (`{ sev: "2", product: "umbrella" }`).
    params: Vec<(String, String)>,
    /// The partner's configuration, as text (gathered by widget.js from the attributes and data-config).
    config: RawConfig,
    /// `deferSavedState: true` (frame.js): saved state waits for the visitor's first action.
    defer_saved: bool,
    /// `loadTexts` (widget.js): downloads the other language's texts for a one-language module.
    texts: Option<TextsLoader>,
}

impl MountOptions {
    /// Reads the options object by hand (see `browser::js_object`); a field of the wrong type is
    /// named by its path (`config.helpDesk.name must be text`).
    fn read(value: &JsValue) -> Result<MountOptions, String> {
        let options = JsObject::new(value).ok_or("options must be an object")?;
        let read = || -> Result<MountOptions, WrongType> {
            let config = options.object("config")?;
            let desk = config.object("helpDesk")?;
            Ok(MountOptions {
                tool: options.text("tool")?,
                lang: options.text("lang")?,
                company_holidays: options.text("companyHolidays")?,
                params: options.object("params")?.text_fields()?,
                defer_saved: options.flag("deferSavedState"),
                texts: TextsLoader::new(options.value("loadTexts")),
                config: RawConfig {
                    help_desk_name: desk.text("name")?,
                    help_desk_phone: desk.text("phone")?,
                    help_desk_email: desk.text("email")?,
                    help_desk_hours: desk.text("hours")?,
                    help_desk_replaces_cisco: desk.text("replacesCisco")?,
                    theme: config.text("theme")?,
                    compact: config.text("compact")?,
                    unreadable_json: config.flag("unreadable"),
                },
            })
        };
        read().map_err(|WrongType(message)| message)
    }
}

/// A mounted widget; `destroy()` removes it and frees what it holds.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<Widget>>,
    shadow: ShadowRoot,
    props: WidgetProps,
}

#[wasm_bindgen]
impl WidgetHandle {
    pub fn destroy(&mut self) {
        crash::forget(&self.shadow);
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        // Emptied without a string-to-HTML sink, so a host enforcing Trusted Types allows it.
        self.shadow.replace_children_with_node_0();
    }

    /// Changes the language, keeping what the visitor entered (`SupportWidgets.setLang`). A tag that
    /// names neither language is refused.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&mut self, tag: &str) -> Result<(), JsError> {
        let lang = Lang::from_tag(tag).ok_or_else(|| {
            JsError::new(&format!(
                "SupportWidgets.setLang: \"{tag}\" is not ja or en"
            ))
        })?;
        self.props.initial_lang = lang;
        self.update();
        Ok(())
    }

    /// The loader's answer to the widget's `loadTexts(lang)`: the other language's table (keys in
    /// ascending order, texts in the same order joined by NUL), added to this instance's texts.
    #[wasm_bindgen(js_name = addTexts)]
    pub fn add_texts(&self, lang: &str, keys: Vec<u32>, texts: String) {
        let Some(lang) = Lang::from_tag(lang) else {
            return;
        };
        let added = crate::i18n::texts::add(lang, keys, texts).map_err(|why| TextsFailure {
            retry: false,
            detail: why.to_owned(),
        });
        self.answer_texts(lang, added);
    }

    /// The loader's answer when the table could not be had: `retry` for a network failure, and the
    /// detail for the site's administrator.
    #[wasm_bindgen(js_name = textsFailed)]
    pub fn texts_failed(&self, lang: &str, retry: bool, detail: String) {
        if let Some(lang) = Lang::from_tag(lang) {
            self.answer_texts(lang, Err(TextsFailure { retry, detail }));
        }
    }

    fn answer_texts(&self, lang: Lang, answer: Result<(), TextsFailure>) {
        if let Some(loader) = &self.props.config.texts {
            loader.answer((lang, answer));
        }
    }

    /// Starts the tool afresh from these values, as its deep link names them
    /// (`SupportWidgets.prefill`): `{ sev: "2" }`, `{ level: "24x7x4h", at: "2026-05-03T02:00" }`.
    pub fn prefill(&mut self, params: JsValue) -> Result<(), JsError> {
        let refused = |detail: String| {
            JsError::new(&format!(
                "SupportWidgets.prefill: values must be an object of strings ({detail})"
            ))
        };
        let params = JsObject::new(&params)
            .ok_or_else(|| refused("not an object".to_owned()))?
            .text_fields()
            .map_err(|WrongType(message)| refused(message))?;
        self.props.config.params = params;
        self.props.config.generation = self.props.config.generation.wrapping_add(1);
        self.update();
        Ok(())
    }

    fn update(&mut self) {
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    /// Test hook for the crash path: panics inside this widget's wasm instance, exactly as a bug would.
    #[wasm_bindgen(js_name = simulatePanic)]
    pub fn simulate_panic(&self) {
        panic!("simulated panic (test hook)"); // ok: the point of the hook
    }
}

/// The widget's version, for the loader to check it loaded the wasm of its own release.
#[wasm_bindgen]
pub fn version() -> String {
    crate::rules::contract::embedding::VERSION.to_owned()
}

/// Mounts a widget into `host`. Errors (an element that cannot have a shadow root, options that are
/// not an object) come back as a JS exception for the loader to report; they never panic.
#[wasm_bindgen]
pub fn mount(host: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    crash::install_panic_hook();
    let options = MountOptions::read(&options)
        .map_err(|error| JsError::new(&format!("SupportWidgets.mount: {error}")))?;

    let kind = match WidgetKind::parse(
        options
            .tool
            .or_else(|| host.get_attribute("data-support-widget"))
            .as_deref(),
    ) {
        // A one-tool module (`scripts/build-tools`) has no standalone page: widget.js never asks
        // it for one, and if asked it says so, as for any name it does not know.
        Ok(WidgetKind::App) if cfg!(not(feature = "app")) => {
            Err(WidgetKindError::Unknown(WidgetKind::APP_SLUG.to_owned()))
        }
        kind => kind,
    };
    // The standalone page's `lang=` in the hash is explicit too; its own `<html lang>` is ours, not
    // a host's, so there the browser's languages decide before it.
    let standalone = matches!(kind, Ok(WidgetKind::App));
    let hash_lang = standalone
        .then(|| crate::rules::contract::route::Route::parse(&crate::browser::history::hash()))
        .and_then(|route| {
            crate::rules::contract::tool_state::param(&route.params, "lang").map(str::to_owned)
        });
    let explicit_lang = options
        .lang
        .or(hash_lang)
        .or_else(|| host.get_attribute("data-lang"));
    // The page's language for this widget: the nearest `lang` around it (its own included), as a
    // partner marks an English section of a Japanese page, else `<html lang>`.
    let page_lang = (!standalone)
        .then(|| {
            host.closest("[lang]")
                .ok()
                .flatten()
                .or_else(|| gloo::utils::document().document_element())
        })
        .flatten()
        .and_then(|element| element.get_attribute("lang"));
    let saved_lang = crate::browser::storage::read(crate::rules::kernel::lang::STORAGE_KEY);
    let browser_langs = crate::browser::languages();
    let initial_lang = Lang::choose(&crate::rules::kernel::lang::Sources {
        explicit: explicit_lang.as_deref(),
        saved: saved_lang.as_deref(),
        page: page_lang.as_deref(),
        browser: &browser_langs,
    });

    // What the partner configured: unusable values are named once in the console and in the widget.
    let (partner, problems) = partner::read(&options.config);
    for problem in &problems {
        crate::browser::warn(&format!(
            "SupportWidgets: {} could not be used ({}); the default is used instead",
            problem.setting,
            crate::ui::partner::explain(Lang::En, &problem.kind)
        ));
    }
    let config = WidgetConfig {
        partner,
        config_problems: problems,
        company_holidays: options
            .company_holidays
            .or_else(|| host.get_attribute("data-company-holidays")),
        params: options.params,
        defer_saved: options.defer_saved,
        texts: options.texts,
        generation: 0,
        on_result: Some(result_dispatcher(&host)),
    };

    let shadow = shadow_root_of(&host)?;
    let document = gloo::utils::document();
    adopt_stylesheet(&shadow)?;
    let container = document.create_element("div").map_err(js_error)?;
    container.set_class_name(MOUNT_CLASS);
    shadow.append_child(&container).map_err(js_error)?;

    crash::remember(&shadow);
    let props = WidgetProps {
        kind,
        initial_lang,
        config,
    };
    let app = yew::Renderer::<Widget>::with_root_and_props(container, props.clone()).render();
    Ok(WidgetHandle {
        app: Some(app),
        shadow,
        props,
    })
}

/// Dispatches `supportwidget:result` on the host element, `detail` being the tool's result (a plain
/// object: camelCase fields, ISO dates with offsets). It bubbles, and crosses no shadow boundary
/// (the host element is in the host page's own tree).
fn result_dispatcher(host: &Element) -> yew::Callback<JsValue> {
    let host = host.clone();
    yew::Callback::from(move |detail: JsValue| {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(
            crate::rules::contract::embedding::RESULT_EVENT,
            &init,
        ) {
            let _ = host.dispatch_event(&event);
        }
    })
}

thread_local! {
    /// The widget's stylesheet, made once per wasm instance and shared by its shadow roots.
    static SHEET: std::cell::OnceCell<Option<web_sys::CssStyleSheet>> = const { std::cell::OnceCell::new() };
}

/// Puts the widget's CSS into the shadow root as a constructable stylesheet (`adoptedStyleSheets`):
/// a host page's Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks a `<style>`
/// element but not a stylesheet made through the CSSOM. Browsers without constructable stylesheets
/// get a `<style>` element, as before.
fn adopt_stylesheet(shadow: &ShadowRoot) -> Result<(), JsError> {
    let sheet = SHEET.with(|cell| {
        cell.get_or_init(|| {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(WIDGET_CSS).ok()?;
            Some(sheet)
        })
        .clone()
    });
    if let Some(sheet) = sheet {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        return Ok(());
    }
    let style = gloo::utils::document()
        .create_element("style")
        .map_err(js_error)?;
    style.set_text_content(Some(WIDGET_CSS));
    shadow.append_child(&style).map_err(js_error)?;
    Ok(())
}

/// The host's own open shadow root, emptied (a remount after a crash reuses it: a shadow root
/// cannot be detached), or a new one.
fn shadow_root_of(host: &Element) -> Result<ShadowRoot, JsError> {
    if let Some(shadow) = host.shadow_root() {
        shadow.replace_children_with_node_0();
        return Ok(shadow);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).map_err(|error| {
        let tag = host.tag_name().to_ascii_lowercase();
        JsError::new(&format!(
            "SupportWidgets.mount: <{tag}> cannot hold a widget (it cannot have a shadow root); use a <div> ({})",
            describe(&error)
        ))
    })
}

fn js_error(value: JsValue) -> JsError {
    JsError::new(&describe(&value))
}

fn describe(value: &JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}
