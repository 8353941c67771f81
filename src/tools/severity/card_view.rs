use yew::prelude::*;

use crate::ui::rich::rich;

use crate::content::severity::tac::{self, card};
use crate::hooks::use_copy;
use crate::i18n::{tr, Key};
use crate::rules::contract::route::Route;
use crate::rules::contract::tool::Tool;
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{DesksNow, Reason};
use crate::ui::copy_status::copy_status;
use crate::ui::use_lang;

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
        page: crate::rules::contract::route::Page::Tool(Tool::Checklist),
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
