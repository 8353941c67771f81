use yew::prelude::*;

use crate::ui::rich::rich;

use crate::content::severity::tac::{self, card};
use crate::i18n::{tr, Key};
use crate::rules::contract::route::Route;
use crate::rules::contract::tool::Tool;
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{DesksNow, Reason};
use crate::ui::copy_status::copy_status;

/// The card's text for a severity: what the card shows and what its copy button takes. The tool's
/// component works it out once per render, for its copy hook and for the card alike.
pub fn card_text(
    lang: Lang,
    severity: Severity,
    family: Option<&str>,
    reasons: &[Reason],
    desk: Desk,
    now: Option<DesksNow>,
) -> String {
    let now = now.and_then(|now| tac::right_now_for(lang, &now, desk));
    card::text(lang, severity, family, reasons, desk, now.as_deref())
}

pub struct CardViewProps<'a> {
    pub severity: Severity,
    pub text: &'a str,
    /// The copy button's action and what became of the last copy (`hooks::use_copy`).
    pub copy: (Callback<MouseEvent>, Option<bool>),
    pub checklist_link: bool,
}

/// The result as a compact card: plain text that can be copied, printed, or taken to the checklist.
/// A plain function, not a component: its hook (the copy) is held by the tool's component.
pub fn card_view(lang: Lang, props: CardViewProps) -> Html {
    let (on_copy, copied) = props.copy;
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    let checklist = Route {
        page: crate::rules::contract::route::Page::Tool(Tool::Checklist),
        params: vec![("sev".into(), props.severity.number().to_string())],
    };
    html! {
        <div class="sw-subpanel sw-card-panel">
            <pre class="sw-result-card" data-testid="sw-sv-card">{ rich(props.text) }</pre>
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
