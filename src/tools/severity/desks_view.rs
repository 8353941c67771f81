use yew::prelude::*;

use crate::rules::kernel::lang::Lang;

use crate::ui::rich::rich;

use crate::content::desks;
use crate::content::severity::tac;
use crate::i18n::{tr, Key};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{phone_required, DesksNow};
use crate::ui::cited::{citation, cited_list, readings};

pub struct DesksViewProps {
    pub severity: Severity,
    pub family: Option<String>,
    /// Both desks at the moment the tool last read the clock; `None` without a clock.
    pub now: Option<DesksNow>,
    /// Whether the partner lets Cisco's own contacts show (`data-help-desk-replaces-cisco`).
    pub cisco_contacts: bool,
}

/// Japan TAC and Global TAC side by side for the severity in force: hours, how to open, the phone
/// rule, escalation; then the notes that apply and what TAC does not cover.
pub fn desks_view(lang: Lang, props: &DesksViewProps) -> Html {
    let cisco_contacts = props.cisco_contacts;
    let severity = props.severity;
    let column = |desk: Desk| {
        let now = props
            .now
            .and_then(|now| tac::right_now_for(lang, &now, desk));
        html! {
            <div class="sw-column sw-desk" data-testid={format!("sw-sv-desk-{}", desk.key())}>
                <h4 class="sw-subtitle">{ desks::desk_name(desk).get(lang) }</h4>
                <p><strong>{ tr(lang, Key::HoursLabel) }{ ": " }</strong>{ tac::hours(desk, severity).get(lang) }{ " " }{ citation(lang, desks::desk_source(desk)) }</p>
                if let Some(now) = now {
                    <p class="sw-now" data-testid={format!("sw-sv-now-{}", desk.key())}>{ now }</p>
                }
                if cisco_contacts {
                    <p><strong>{ tr(lang, Key::HowToOpenLabel) }</strong></p>
                    <ul class="sw-list">{ for tac::how_to_open(desk).iter().map(|item| html! { <li>{ rich(item.get(lang)) }</li> }) }</ul>
                }
                if phone_required(desk, severity) {
                    <div class="sw-note" data-testid={format!("sw-sv-phone-{}", desk.key())}>
                        // Global TAC's footnote contradicts the rule: both are shown, each cited.
                        { cited_list(lang, &tac::phone_rule(desk).into_iter().chain((desk == Desk::Global).then_some(desks::GLOBAL_SCM_FOOTNOTE)).collect::<Vec<_>>(), None) }
                    </div>
                }
                if desk == Desk::Global && cisco_contacts {
                    { cited_list(lang, tac::GLOBAL_PHONE_MENU, Some("sw-sv-global-phone-menu")) }
                }
                <p class="sw-hint">{ tac::REQUESTS_ACCEPTED_ANY_TIME.get(lang) }</p>
                if let Some(escalation) = tac::escalation(desk).filter(|_| cisco_contacts) {
                    <p class="sw-hint">{ rich(escalation.get(lang)) }{ " " }{ citation(lang, if desk == Desk::Global { tac::GLOBAL_ESCALATION_SOURCE } else { tac::ESCALATION_SOURCE }) }</p>
                }
                if desk == Desk::Global && matches!(severity, Severity::S3 | Severity::S4) {
                    <p class="sw-hint">{ tr(lang, Key::RegionAssumption) }</p>
                }
            </div>
        }
    };
    let notes = tac::notes(severity, props.family.as_deref());
    html! {
        <div class="sw-subpanel" data-testid="sw-sv-desks">
            <div class="sw-columns">{ column(Desk::Japan) }{ column(Desk::Global) }</div>
            <h4 class="sw-subtitle">{ tr(lang, Key::NotesHeading) }</h4>
            { cited_list(lang, &notes, Some("sw-sv-notes")) }
            <h4 class="sw-subtitle">{ tr(lang, Key::NotCoveredHeading) }</h4>
            <p>{ tr(lang, Key::NotCoveredLead) }</p>
            <ul class="sw-list" data-testid="sw-sv-not-covered">{ for tac::NOT_COVERED.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
            <p class="sw-source">{ citation(lang, tac::NOT_COVERED_SOURCE) }</p>
            { readings(lang, tac::READINGS, "sw-sv-readings") }
        </div>
    }
}
