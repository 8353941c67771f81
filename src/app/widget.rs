use yew::prelude::*;

use super::header::{Header, TITLE_ID};
use super::page::StandalonePage;
use super::tool_panel::ToolPanel;
use crate::content::tools;
use crate::domain::lang::Lang;
use crate::domain::tool::{WidgetKind, WidgetKindError};
use crate::i18n::{tr, Key};

/// Settings the embedding page gives a widget (`data-*` attributes or `mount()` options).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetConfig {
    /// `data-company-holidays`: company-designated holidays, for the delivery calculator and for
    /// whether a TAC desk is answering now (severity selection).
    pub company_holidays: Option<String>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// What the host element asked for; an unreadable request is shown as a message, not a crash.
    pub kind: Result<WidgetKind, WidgetKindError>,
    pub initial_lang: Lang,
    #[prop_or_default]
    pub config: WidgetConfig,
}

/// The root of every widget instance: owns the language (the one piece of state every part needs)
/// and provides it as context.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = use_state_eq(|| props.initial_lang);
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| lang.set(chosen))
    };
    let lang = *lang;

    let body = match &props.kind {
        Ok(WidgetKind::App) => html! {
            <>
                <Header title={tr(lang, Key::AppTitle)} level={1} on_lang={on_lang} />
                <StandalonePage config={props.config.clone()} />
            </>
        },
        Ok(WidgetKind::Single(tool)) => html! {
            <>
                <Header title={tools::info(*tool).title.get(lang)} level={2} on_lang={on_lang} />
                <ToolPanel tool={*tool} show_title={false} config={props.config.clone()} />
            </>
        },
        Err(error) => {
            let message = match error {
                WidgetKindError::Missing => html! { tr(lang, Key::MissingKind) },
                WidgetKindError::Unknown(value) => html! {
                    <>{ tr(lang, Key::UnknownKind) }{" "}<code>{ value }</code></>
                },
            };
            html! {
                <>
                    <Header title={tr(lang, Key::AppTitle)} level={2} on_lang={on_lang} />
                    <p class="sw-error" role="alert" data-testid="kind-error">{ message }</p>
                </>
            }
        }
    };

    // `sw-root` resets everything the host page could pass down by inheritance (see widget.css).
    // An embedded widget is a named region landmark of its own, so its content is inside a landmark
    // wherever the host page puts it; the standalone app sits inside the page's <main>.
    let root = if matches!(props.kind, Ok(WidgetKind::App)) {
        html! { <div class="sw-root sw-root--app" lang={lang.tag()} data-testid="widget-root">{ body }</div> }
    } else {
        html! {
            <section class="sw-root" lang={lang.tag()} aria-labelledby={TITLE_ID} data-testid="widget-root">
                { body }
            </section>
        }
    };
    html! {
        <ContextProvider<Lang> context={lang}>{ root }</ContextProvider<Lang>>
    }
}
