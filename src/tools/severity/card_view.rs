use yew::prelude::*;

use crate::app::rich::rich;

use crate::app::copy_status::copy_status;
use crate::app::use_lang;
use crate::content::tac::{self, card};
use crate::domain::desk::Desk;
use crate::domain::route::Route;
use crate::domain::severity::Severity;
use crate::domain::severity_guide::{DesksNow, Reason};
use crate::domain::tool::Tool;
use crate::hooks::use_copy;
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct CardViewProps {
    pub severity: Severity,
    pub family: Option<String>,
    pub reasons: Vec<Reason>,
    pub desk: Desk,
    pub checklist_link: bool,
    pub now: Option<DesksNow>,
}

/// The result as a compact card: plain text that can be copied, printed, or taken to the checklist.
#[function_component]
pub fn CardView(props: &CardViewProps) -> Html {
    let lang = use_lang();
    let now = props
        .now
        .and_then(|now| tac::right_now_for(lang, &now, props.desk));
    let text = card::text(
        lang,
        props.severity,
        props.family.as_deref(),
        &props.reasons,
        props.desk,
        now.as_deref(),
    );
    let (on_copy, copied) = use_copy(text.clone());
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    let checklist = Route {
        page: crate::domain::route::Page::Tool(Tool::Checklist),
        params: vec![("sev".into(), props.severity.number().to_string())],
    };
    html! {
        <div class="sw-subpanel sw-card-panel">
            <pre class="sw-result-card" data-testid="sw-sv-card">{ rich(&text) }</pre>
            <div class="sw-row sw-actions">
                <button type="button" class="sw-button" onclick={on_copy} data-testid="sw-sv-copy">{ tr(lang, Key::CopyButton) }</button>
                <button type="button" class="sw-button sw-button--secondary" onclick={on_print} data-testid="sw-sv-print">{ tr(lang, Key::PrintButton) }</button>
                if props.checklist_link {
                    <a class="sw-link-button" href={checklist.to_hash()} data-testid="sw-sv-checklist">{ tr(lang, Key::OpenChecklist) }</a>
                }
            </div>
            { copy_status(lang, copied, "sw-sv-copy-status") }
        </div>
    }
}
