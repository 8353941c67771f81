use yew::prelude::*;

use crate::rules::kernel::bounds;

use crate::ui::rich::rich;

use crate::ui::cited::{cited_list, readings};

use crate::content::account_domain as text;
use crate::i18n::{tr, Key};
use crate::rules::account_domain::readiness::{check_password, non_ascii_characters};
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::phone::company_phone;
use crate::ui::fields::TextField;

/// What the visitor typed into the readiness checks. It lives only in the tool component's memory:
/// never in the URL, never stored, never in the tool's result.
pub struct Readiness {
    password: UseStateHandle<String>,
    phone: UseStateHandle<String>,
    company: UseStateHandle<String>,
    address: UseStateHandle<String>,
}

#[hook]
pub fn use_readiness() -> Readiness {
    Readiness {
        password: use_state(String::new),
        phone: use_state(String::new),
        company: use_state(String::new),
        address: use_state(String::new),
    }
}

/// The readiness checks; the password's report shows counts and missing kinds, never the password.
/// A plain function, not a component: its state is held by the tool's component ([`use_readiness`]).
pub fn readiness_view(lang: Lang, readiness: &Readiness) -> Html {
    let Readiness {
        password,
        phone,
        company,
        address,
    } = readiness;
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |value: String| state.set(value))
    };

    let password_report = (!password.is_empty()).then(|| check_password(password));
    let password_lines = password_report.as_ref().map(|report| {
        if report.ok() {
            html! { <p class="sw-ok" data-testid="sw-sa-password-report">{ tr(lang, Key::PasswordOk) }</p> }
        } else {
            let lines = text::password_summary(lang, report.length, &report.missing, report.not_half_width);
            html! {
                <ul class="sw-list sw-report" data-testid="sw-sa-password-report">
                    { for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            }
        }
    });

    let phone_result = (!phone.trim().is_empty()).then(|| company_phone(phone));
    let phone_error = match &phone_result {
        Some(Err(error)) => Some(text::phone_error(lang, *error)),
        _ => None,
    };
    let phone_warning = match &phone_result {
        Some(Ok(advice)) => advice
            .warning
            .map(|warning| text::phone_warning(lang, warning)),
        _ => None,
    };
    let phone_advice = match &phone_result {
        Some(Ok(advice)) => Some(html! {
            <p class="sw-ok" data-testid="sw-sa-phone-advice">
                if advice.already_without_zero { { tr(lang, Key::PhoneAlreadyOk) }{ " " } }
                { tr(lang, Key::PhoneForForm) }{ " " }<strong>{ advice.for_form.clone() }</strong>{ format!(" ({})", advice.international) }
            </p>
        }),
        _ => None,
    };
    let not_english = |value: &str| {
        let found = non_ascii_characters(value);
        (!found.is_empty()).then(|| {
            format!(
                "{} {}",
                tr(lang, Key::NotEnglish),
                found.iter().collect::<String>()
            )
        })
    };

    html! {
        <section class="sw-subpanel sw-readiness" aria-labelledby="sw-sa-ready-title" data-testid="sw-sa-readiness">
            <h3 id="sw-sa-ready-title" class="sw-section-title">{ tr(lang, Key::ReadinessHeading) }</h3>
            <form class="sw-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                <TextField id="sw-sa-password" label={tr(lang, Key::PasswordLabel)} value={(**password).clone()} input_type="password"
                    autocomplete="off" on_input={set(password)} max_chars={bounds::LINE} hint={format!("{} {}", text::PASSWORD_RULE.get(lang), tr(lang, Key::PasswordHint))} class="sw-field--wide" />
                if let Some(password_lines) = password_lines { { password_lines } }
                <TextField id="sw-sa-phone" label={tr(lang, Key::PhoneLabel)} value={(**phone).clone()} input_type="tel"
                    on_input={set(phone)} max_chars={bounds::CODE} error={phone_error} warning={phone_warning} placeholder="03-6434-XXXX"
                    hint={text::PHONE_RULE.get(lang)} />
                if let Some(phone_advice) = phone_advice { { phone_advice } }
                <TextField id="sw-sa-company" label={tr(lang, Key::CompanyNameLabel)} value={(**company).clone()}
                    on_input={set(company)} max_chars={bounds::LINE} warning={not_english(company)} placeholder="Clan Blue" class="sw-field--wide" />
                <TextField id="sw-sa-address" label={tr(lang, Key::AddressLabel)} value={(**address).clone()}
                    on_input={set(address)} max_chars={bounds::LINE} warning={not_english(address)} placeholder="9-7-1 AKASAKA, MINATO, TOKYO" class="sw-field--wide" />
            </form>
            <h4 class="sw-subtitle">{ tr(lang, Key::ChecklistHeading) }</h4>
            <ul class="sw-list" data-testid="sw-sa-checklist">
                { for text::READINESS_CHECKLIST.iter().map(|item| html! { <li>{ rich(item.get(lang)) }</li> }) }
            </ul>
            <h4 class="sw-subtitle">{ tr(lang, Key::AccountFactsHeading) }</h4>
            { cited_list(lang, &text::ACCOUNT_FACTS.iter().copied().chain([text::ACCOUNT_CONTACT]).collect::<Vec<_>>(), Some("sw-sa-facts")) }
            { readings(lang, text::READINGS, "sw-sa-readings") }
        </section>
    }
}
