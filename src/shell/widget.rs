use yew::prelude::*;

use super::header::{header, TITLE_ID};
#[cfg(feature = "app")]
use super::page::StandalonePage;
use super::tool_panel::ToolPanel;
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
    let lang = use_state_eq(|| props.initial_lang);
    let hold = use_memo((), |_| PointerHold::default());
    {
        // The host changed the language (`SupportWidgets.setLang`): follow it, keeping the tool's state.
        let lang = lang.clone();
        use_effect_with(props.initial_lang, move |chosen| lang.set(*chosen));
    }
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            // The visitor's own choice is kept for their next visit (a browser that refuses storage
            // keeps nothing, and the switch still works).
            crate::browser::storage::write(crate::rules::kernel::lang::STORAGE_KEY, chosen.tag());
            lang.set(chosen)
        })
    };
    let lang = *lang;

    let body = match &props.kind {
        #[cfg(feature = "app")]
        Ok(WidgetKind::App) => html! {
            <>
                { header(lang, tr(lang, Key::AppTitle), 1, &on_lang) }
                <StandalonePage config={props.config.clone()} />
            </>
        },
        #[cfg(not(feature = "app"))]
        Ok(WidgetKind::App) => html! {}, // `embed::mount` makes this an unknown name
        Ok(WidgetKind::Single(tool)) => match super::registry::spec(*tool) {
            Some(spec) => html! {
                <>
                    { header(lang, spec.info.title.get(lang), 2, &on_lang) }
                    <ToolPanel tool={*tool} show_title={false} config={props.config.clone()}
                        params={props.config.params.clone()} generation={props.config.generation} />
                </>
            },
            // A one-tool module asked for another tool (widget.js never does): a name it does not know.
            None => kind_error(
                lang,
                &WidgetKindError::Unknown(tool.slug().to_owned()),
                &on_lang,
            ),
        },
        Err(error) => kind_error(lang, error, &on_lang),
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
fn kind_error(lang: Lang, error: &WidgetKindError, on_lang: &Callback<Lang>) -> Html {
    let message = match error {
        WidgetKindError::Missing => html! { tr(lang, Key::MissingKind) },
        WidgetKindError::Unknown(value) => html! {
            <>{ tr(lang, Key::UnknownKind) }{" "}<code>{ value }</code></>
        },
    };
    html! {
        <>
            { header(lang, tr(lang, Key::AppTitle), 2, on_lang) }
            <p class="sw-error" role="alert" data-testid="kind-error">{ message }</p>
        </>
    }
}
