use yew::prelude::*;

use super::header::Header;
use super::page::StandalonePage;
use super::tool_panel::ToolPanel;
use crate::content::tools;
use crate::domain::lang::Lang;
use crate::domain::tool::{WidgetKind, WidgetKindError};
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// What the host element asked for; an unreadable request is shown as a message, not a crash.
    pub kind: Result<WidgetKind, WidgetKindError>,
    pub initial_lang: Lang,
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
                <StandalonePage />
            </>
        },
        Ok(WidgetKind::Single(tool)) => html! {
            <>
                <Header title={tools::info(*tool).title.get(lang)} level={2} on_lang={on_lang} />
                <ToolPanel tool={*tool} show_title={false} />
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
    let class = classes!("sw-root", matches!(props.kind, Ok(WidgetKind::App)).then_some("sw-root--app"));
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class={class} lang={lang.tag()} data-testid="widget-root">
                { body }
            </div>
        </ContextProvider<Lang>>
    }
}
