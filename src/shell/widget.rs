use yew::prelude::*;

use super::header::{header, TITLE_ID};
use super::language_switch::Switching;
#[cfg(feature = "app")]
use super::page::StandalonePage;
use super::tool_panel::{tool_panel, Panel};
use crate::browser::texts::{TextsAnswer, TextsFailure, TextsLoader};
use crate::i18n::texts;
use crate::i18n::{tr, Key};
use crate::rules::contract::partner::{PartnerConfig, Problem};
use crate::rules::contract::tool::{WidgetKind, WidgetKindError};
use crate::rules::kernel::lang::Lang;
use crate::ui::partner::config_problems;
use crate::ui::pointer_hold::{HoldListeners, PointerHold};

/// Settings the embedding page gives a widget (`data-*` attributes or `mount()` options).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetConfig {
    /// `deferSavedState` (the iframe page): saved state waits for the visitor's first action.
    pub defer_saved: bool,
    /// `data-company-holidays`: company-designated holidays, for the delivery calculator and for
    /// whether a TAC desk is answering now (severity selection).
    pub company_holidays: Option<String>,
    /// A single tool's starting parameters, as a deep link would give them (`prefill`).
    pub params: Vec<(String, String)>,
    /// Bumped by `prefill`: the tool starts afresh from `params`.
    pub generation: u32,
    /// Told the tool's result whenever it changes (the host's `supportwidget:result` event).
    pub on_result: Option<Callback<wasm_bindgen::JsValue>>,
    /// How a one-language module gets the other language's texts (widget.js's `loadTexts`).
    pub texts: Option<TextsLoader>,
    /// The partner's help desk, colour scheme and compact mode.
    pub partner: PartnerConfig,
    /// Settings the page gave that could not be used (shown once, in the widget).
    pub config_problems: Vec<Problem>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// What the host element asked for; an unreadable request is shown as a message, not a crash.
    pub kind: Result<WidgetKind, WidgetKindError>,
    /// The language; the visitor's own choice in the widget wins until the host sets another.
    pub initial_lang: Lang,
    #[prop_or_default]
    pub config: WidgetConfig,
}

/// The root of every widget instance: owns the language (the one piece of state every part needs)
/// and provides it as context.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    // The language shown. A one-language module shows another only once its texts are there, so
    // a page is never half translated; until then the switch says it is loading, or why it cannot.
    let lang = use_state_eq(|| {
        if texts::available(props.initial_lang) {
            props.initial_lang
        } else {
            texts::BUILT
        }
    });
    let switching = use_state_eq(|| Switching::Idle);
    // The language last asked for: a download that ends after the visitor chose again is dropped.
    let asked = use_mut_ref(|| props.initial_lang);
    let hold = use_memo((), |_| PointerHold::default());
    let request = {
        let (lang, switching, loader) =
            (lang.clone(), switching.clone(), props.config.texts.clone());
        let asked = asked.clone();
        Callback::from(move |chosen: Lang| {
            *asked.borrow_mut() = chosen;
            if texts::available(chosen) {
                switching.set(Switching::Idle);
                lang.set(chosen);
            } else if let Some(loader) = &loader {
                switching.set(Switching::Loading(chosen));
                loader.ask(chosen);
            } else {
                switching.set(Switching::Failed(chosen, no_loader()));
            }
        })
    };
    if let Some(loader) = &props.config.texts {
        // The loader's answer: shown only if it is still the language last asked for.
        let (lang, switching) = (lang.clone(), switching.clone());
        loader.listen(Callback::from(move |(answered, outcome): TextsAnswer| {
            if *asked.borrow() != answered {
                return;
            }
            match outcome {
                Ok(()) => {
                    switching.set(Switching::Idle);
                    lang.set(answered);
                }
                Err(failure) => switching.set(Switching::Failed(answered, failure)),
            }
        }));
    }
    {
        // The host changed the language (`SupportWidgets.setLang`), or the page's: follow it,
        // keeping the tool's state. At mount this fetches the texts a one-language module lacks.
        let request = request.clone();
        use_effect_with(props.initial_lang, move |chosen| request.emit(*chosen));
    }
    let on_lang = request.reform(|chosen: Lang| {
        // The visitor's own choice is kept for their next visit (a browser that refuses storage
        // keeps nothing, and the switch still works).
        crate::browser::storage::write(crate::rules::kernel::lang::STORAGE_KEY, chosen.tag());
        chosen
    });
    let lang = *lang;
    let switch = (&on_lang, &*switching);

    let body = match &props.kind {
        #[cfg(feature = "app")]
        Ok(WidgetKind::App) => html! {
            <>
                { header(lang, tr(lang, Key::AppTitle), 1, switch) }
                <StandalonePage config={props.config.clone()} />
            </>
        },
        #[cfg(not(feature = "app"))]
        Ok(WidgetKind::App) => html! {}, // `embed::mount` makes this an unknown name
        Ok(WidgetKind::Single(tool)) => match super::registry::spec(*tool) {
            Some(spec) => html! {
                <>
                    { header(lang, spec.info.title.get(lang), 2, switch) }
                    { tool_panel(lang, Panel {
                        tool: *tool,
                        show_title: false,
                        params: props.config.params.clone(),
                        on_params: None,
                        config: &props.config,
                        generation: props.config.generation,
                    }) }
                </>
            },
            // A one-tool module asked for another tool (widget.js never does): a name it does not know.
            None => kind_error(
                lang,
                &WidgetKindError::Unknown(tool.slug().to_owned()),
                switch,
            ),
        },
        Err(error) => kind_error(lang, error, switch),
    };

    // `sw-root` resets everything the host page could pass down by inheritance (see widget.css).
    // An embedded widget is a named region landmark of its own, so its content is inside a landmark
    // wherever the host page puts it; the standalone app sits inside the page's <main>.
    // The partner's colour scheme and compact mode are classes on the root (see widget.css).
    let partner = &props.config.partner;
    let class = classes!(
        "sw-root",
        partner.theme.class(),
        partner.compact.then_some("sw-root--compact")
    );
    let problems = config_problems(lang, &props.config.config_problems);
    let HoldListeners {
        onpointerdown,
        onpointerup,
        onpointercancel,
        onpointerleave,
    } = HoldListeners::new(&hold);
    let root = if matches!(props.kind, Ok(WidgetKind::App)) {
        html! {
            <div class={classes!(class, "sw-root--app")} lang={lang.tag()} data-testid="widget-root"
                {onpointerdown} {onpointerup} {onpointercancel} {onpointerleave}>{ problems }{ body }</div>
        }
    } else {
        html! {
            <section {class} lang={lang.tag()} aria-labelledby={TITLE_ID} data-testid="widget-root"
                {onpointerdown} {onpointerup} {onpointercancel} {onpointerleave}>
                { problems }{ body }
            </section>
        }
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <ContextProvider<PartnerConfig> context={partner.clone()}>
                <ContextProvider<PointerHold> context={(*hold).clone()}>{ root }</ContextProvider<PointerHold>>
            </ContextProvider<PartnerConfig>>
        </ContextProvider<Lang>>
    }
}

/// The widget in place of a tool it cannot show: the element names none, or one it does not know.
fn kind_error(lang: Lang, error: &WidgetKindError, switch: (&Callback<Lang>, &Switching)) -> Html {
    let message = match error {
        WidgetKindError::Missing => html! { tr(lang, Key::MissingKind) },
        WidgetKindError::Unknown(value) => html! {
            <>{ tr(lang, Key::UnknownKind) }{" "}<code>{ value }</code></>
        },
    };
    html! {
        <>
            { header(lang, tr(lang, Key::AppTitle), 2, switch) }
            <p class="sw-error" role="alert" data-testid="kind-error">{ message }</p>
        </>
    }
}

/// A widget mounted without widget.js (the glue called directly) has no way to download texts.
fn no_loader() -> TextsFailure {
    TextsFailure {
        retry: false,
        detail: "mount() was called without widget.js's loadTexts".to_owned(),
    }
}
