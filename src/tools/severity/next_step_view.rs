use yew::prelude::*;

use crate::content::desks;
use crate::content::severity::tac::{self, Reach};
use crate::i18n::{tr, Key};
use crate::rules::contract::partner::PartnerConfig;
use crate::rules::kernel::contact::tel_href;
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{phone_required, DesksNow};
use crate::ui::cited::citation;
use crate::ui::partner::partner_desk;

/// The answer first: what to do now at the chosen desk, the number as a large call button (or SCM
/// and e-mail where the phone is not required), whether the desk is answering now, and for S1 the
/// customer's own round-the-clock reachability. A plain function: it holds no state.
pub fn next_step_view(
    lang: Lang,
    severity: Severity,
    desk: Desk,
    now: Option<DesksNow>,
    partner: &PartnerConfig,
) -> Html {
    let call_first = phone_required(desk, severity);
    let right_now = now.and_then(|now| tac::right_now_for(lang, &now, desk));
    let reach = |reach: &Reach| match *reach {
        Reach::Call { number, label } => {
            let href = tel_href(number).unwrap_or_default();
            let class = if call_first {
                "sw-call"
            } else {
                "sw-call sw-call--secondary"
            };
            html! {
                <a class={class} href={href} data-testid="sw-sv-call">
                    <span class="sw-call__label">{ label.get(lang) }</span>
                    <span class="sw-call__number">{ number }</span>
                </a>
            }
        }
        Reach::Mail { address } => html! {
            <a class="sw-call sw-call--secondary" href={format!("mailto:{address}")} data-testid="sw-sv-mail">
                <span class="sw-call__label">{ tr(lang, Key::EmailDesk) }</span>
                <span class="sw-call__number">{ address }</span>
            </a>
        },
        Reach::Scm { choose } => html! {
            <a class="sw-call sw-call--secondary" href={desks::SCM_URL} target="_blank" rel="noopener noreferrer" data-testid="sw-sv-scm">
                <span class="sw-call__label">{ "Support Case Manager (SCM)" }</span>
                <span class="sw-call__detail">{ choose.get(lang) }</span>
            </a>
        },
    };
    // Where the guide requires the phone, only the numbers: offering SCM or e-mail beside "call
    // now" would send the visitor the wrong way.
    let reaches: Vec<&Reach> = tac::reaches(desk)
        .iter()
        .filter(|reach| !call_first || matches!(reach, Reach::Call { .. }))
        .collect();
    html! {
        <section class="sw-next-step" aria-labelledby="sw-sv-next-step-title" data-testid="sw-sv-next-step">
            <h3 id="sw-sv-next-step-title" class="sw-next-step__title" data-testid="sw-sv-next-step-title">
                { tac::next_step(lang, desk, severity, (!partner.shows_cisco_contacts()).then(|| partner.help_desk.as_ref().map(|d| d.name.as_str())).flatten()) }
            </h3>
            if partner.shows_cisco_contacts() {
                <div class="sw-reaches">{ for reaches.into_iter().map(reach) }</div>
            }
            { partner_desk(lang, partner) }
            if let Some(right_now) = right_now {
                <p class="sw-now" data-testid="sw-sv-now">{ right_now }</p>
            }
            if severity == Severity::S1 {
                <p class="sw-hint" data-testid="sw-sv-s1-reachable">
                    { tac::S1_AVAILABILITY.text.get(lang) }{ " " }{ citation(lang, tac::S1_AVAILABILITY.source) }
                </p>
            }
            <p class="sw-hint">{ tac::AGREED_WITH_TAC.get(lang) }</p>
        </section>
    }
}
