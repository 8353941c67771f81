use yew::prelude::*;

use crate::app::cited::{Citation, CitedList, Readings};
use crate::app::fields::{Choice, RadioGroup};
use crate::app::use_lang;
use crate::browser::clock::jst_now;
use crate::content::tac;
use crate::domain::calendar::{parse_company_holidays, BusinessCalendar};
use crate::domain::desk::Desk;
use crate::domain::lang::Lang;
use crate::domain::severity::Severity;
use crate::domain::severity_form::Action;
use crate::domain::severity_guide::{availability, phone_required, Availability};
use crate::i18n::{format, tr, Key};

#[derive(Properties, PartialEq)]
pub struct DesksViewProps {
    pub severity: Severity,
    pub desk: Desk,
    pub family: Option<String>,
    pub company_holidays: String,
    pub on_action: Callback<Action>,
}

/// The sentence for "right now" at a desk, if the clock and calendar can tell.
pub fn right_now(
    lang: Lang,
    desk: Desk,
    severity: Severity,
    company_holidays: &str,
) -> Option<String> {
    let now = jst_now()?;
    let calendar = BusinessCalendar::new(parse_company_holidays(company_holidays).0);
    let status = match availability(desk, severity, now, &calendar).ok()? {
        Availability::AroundTheClock | Availability::InBusinessHours => {
            tr(lang, Key::AnsweringNow).to_owned()
        }
        Availability::OnRequest { from } => format!(
            "{} {}",
            tr(lang, Key::OnRequestOutsideHours),
            format::date_time(lang, from)
        ),
        Availability::From(at) => format!(
            "{} {}",
            tr(lang, Key::AnsweringFrom),
            format::date_time(lang, at)
        ),
    };
    Some(format!(
        "{} {}: {status}",
        tr(lang, Key::RightNow),
        format::date_time(lang, now)
    ))
}

/// Japan TAC and Global TAC side by side for the severity in force.
#[function_component]
pub fn DesksView(props: &DesksViewProps) -> Html {
    let lang = use_lang();
    let severity = props.severity;
    let column = |desk: Desk| {
        let now = right_now(lang, desk, severity, &props.company_holidays);
        html! {
            <div class="sw-column sw-desk" data-testid={format!("sw-sv-desk-{}", desk.key())}>
                <h4 class="sw-subtitle">{ tac::desk_name(desk).get(lang) }</h4>
                <p><strong>{ tr(lang, Key::HoursLabel) }{ ": " }</strong>{ tac::hours(desk, severity).get(lang) }{ " " }<Citation source={tac::desk_source(desk)} /></p>
                if let Some(now) = now {
                    <p class="sw-now" data-testid={format!("sw-sv-now-{}", desk.key())}>{ now }</p>
                }
                <p><strong>{ tr(lang, Key::HowToOpenLabel) }</strong></p>
                <ul class="sw-list">{ for tac::how_to_open(desk).iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
                if phone_required(desk, severity) {
                    <div class="sw-note" data-testid={format!("sw-sv-phone-{}", desk.key())}>
                        // Global TAC's footnote contradicts the rule: both are shown, each cited.
                        <CitedList items={tac::phone_rule(desk).into_iter().chain((desk == Desk::Global).then_some(tac::GLOBAL_SCM_FOOTNOTE)).collect::<Vec<_>>()} />
                    </div>
                }
                if desk == Desk::Global {
                    <CitedList items={tac::GLOBAL_PHONE_MENU.to_vec()} testid="sw-sv-global-phone-menu" />
                }
                <p class="sw-hint">{ tac::REQUESTS_ACCEPTED_ANY_TIME.get(lang) }</p>
                if let Some(escalation) = tac::escalation(desk) {
                    <p class="sw-hint">{ escalation.get(lang) }</p>
                }
                if desk == Desk::Global && matches!(severity, Severity::S3 | Severity::S4) {
                    <p class="sw-hint">{ tr(lang, Key::RegionAssumption) }</p>
                }
            </div>
        }
    };
    let desks: Vec<Choice> = Desk::TAC
        .iter()
        .map(|desk| Choice::new(desk.key(), tac::desk_name(*desk).get(lang)))
        .collect();
    let on_desk = props.on_action.reform(|value: AttrValue| {
        Action::Desk(
            Desk::parse(&value)
                .filter(|d| d.is_tac())
                .unwrap_or(Desk::Japan),
        )
    });
    let family = props.family.as_deref();
    let mut notes = Vec::new();
    if severity == Severity::S1 {
        notes.push(tac::S1_AVAILABILITY);
    }
    if matches!(severity, Severity::S1 | Severity::S2) {
        notes.push(tac::SOLUTION_SUPPORT_CALLBACK);
    }
    if family == Some("dc-computing") {
        notes.push(tac::UCS_OPTION);
    }
    if family == Some("collaboration") {
        notes.push(tac::WEBEX);
    }
    notes.push(tac::SMALL_BUSINESS);
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-sv-next-title">
            <h3 id="sw-sv-next-title" class="sw-section-title">{ tr(lang, Key::NextHeading) }{ format!(" ({})", severity.label()) }</h3>
            <div class="sw-columns">{ column(Desk::Japan) }{ column(Desk::Global) }</div>
            <h4 class="sw-subtitle">{ tr(lang, Key::NotesHeading) }</h4>
            <CitedList items={notes} testid="sw-sv-notes" />
            <h4 class="sw-subtitle">{ tr(lang, Key::NotCoveredHeading) }</h4>
            <p>{ tr(lang, Key::NotCoveredLead) }</p>
            <ul class="sw-list" data-testid="sw-sv-not-covered">{ for tac::NOT_COVERED.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
            <RadioGroup name="sw-sv-card-desk" legend={html! { tr(lang, Key::DeskChoice) }} choices={desks}
                selected={AttrValue::Static(props.desk.key())} on_change={on_desk} />
            <Readings readings={tac::READINGS.to_vec()} testid="sw-sv-readings" />
        </section>
    }
}
