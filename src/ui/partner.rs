//! What a partner configured, in the widget: their help desk beside Cisco's contacts (or instead of
//! them, if they said so), and the settings that could not be used.

use yew::prelude::*;

use crate::i18n::{tr, Key};
use crate::rules::contract::partner::{PartnerConfig, Problem, ProblemKind};
use crate::rules::kernel::lang::Lang;

/// The partner's configuration, provided at the widget's root.
#[hook]
pub fn use_partner() -> PartnerConfig {
    use_context::<PartnerConfig>().unwrap_or_default()
}

/// The partner's help desk, if they gave one: name, phone, e-mail and hours, as text and links. A
/// plain function, not a component: it holds no state (see `app/cited.rs`).
pub fn partner_desk(lang: Lang, partner: &PartnerConfig) -> Html {
    let Some(desk) = &partner.help_desk else {
        return html! {};
    };
    html! {
        <aside class="sw-partner-desk" aria-label={tr(lang, Key::PartnerDeskHeading)} data-testid="partner-desk">
            <p class="sw-partner-desk__title"><strong>{ tr(lang, Key::PartnerDeskHeading) }{ ": " }{ desk.name.clone() }</strong></p>
            <ul class="sw-list">
                if let Some(phone) = desk.phone.clone() {
                    <li>{ tr(lang, Key::PartnerPhone) }{ ": " }<a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone }</a></li>
                }
                if let Some(email) = desk.email.clone() {
                    <li>{ tr(lang, Key::PartnerEmail) }{ ": " }<a href={format!("mailto:{email}")}>{ email }</a></li>
                }
                if let Some(hours) = desk.hours.clone() {
                    <li>{ tr(lang, Key::PartnerHours) }{ ": " }{ hours }</li>
                }
            </ul>
            if desk.replaces_cisco {
                <p class="sw-hint">{ tr(lang, Key::PartnerReplacesCisco) }</p>
            }
        </aside>
    }
}

/// The page's settings that could not be used, each by its name, in the widget's language. A plain
/// function, not a component: it holds no state (see `app/cited.rs`).
pub fn config_problems(lang: Lang, problems: &[Problem]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="sw-note" role="status" data-testid="config-problems">
            <p>{ tr(lang, Key::ConfigProblemsLead) }</p>
            <ul class="sw-list">
                { for problems.iter().map(|problem| html! {
                    <li><code>{ problem.setting }</code>{ ": " }{ explain(lang, &problem.kind) }</li>
                }) }
            </ul>
        </div>
    }
}

/// Why a setting could not be used, in `lang` (the widget shows it; the console gets it in English).
pub(crate) fn explain(lang: Lang, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotJson => tr(lang, Key::ConfigNotJson).to_owned(),
        ProblemKind::TooLong { most } => format!("{} ({most})", tr(lang, Key::ConfigTooLong)),
        ProblemKind::NotAPhoneNumber => tr(lang, Key::ConfigNotPhone).to_owned(),
        ProblemKind::NotAnEmailAddress => tr(lang, Key::ConfigNotEmail).to_owned(),
        ProblemKind::NotOneOf(values) => {
            format!("{} {}", tr(lang, Key::ConfigNotOneOf), values.join(", "))
        }
        ProblemKind::NameMissing => tr(lang, Key::ConfigNameMissing).to_owned(),
    }
}
