//! Fuzzing every pure entry point that takes outside text: what a visitor types, a deep
//! link, a partner's configuration, the host's company holidays and the saved checklist. Each
//! property feeds arbitrary text (any Unicode, and text made of the characters each parser cares
//! about) and checks that nothing panics and that what comes back holds its invariants: a normalised
//! domain normalises to itself, a parsed date prints back to itself, a state rebuilt from its own
//! deep link gives the same link, a saved checklist reloads to itself.
//!
//! The test command runs a short pass (`FUZZ_CASES`, 2,000 inputs per entry point by default);
//! `scripts/fuzz` runs 1,000,000 per entry point in release mode and prints the counts.

use std::sync::atomic::{AtomicU64, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::rules::account_domain::{judge, prefixed};

use crate::rules::account_domain::form::{self as domain_form, AccountDomainForm};
use crate::rules::account_domain::readiness::{check_password, non_ascii_characters};
use crate::rules::checklist::form::{self as checklist_form, ChecklistForm};
use crate::rules::checklist::storage::{load, save};
use crate::rules::checklist::{check, product_by_slug, Kind, PRODUCTS};
use crate::rules::contract::form::Form;
use crate::rules::contract::partner::{read, RawConfig};
use crate::rules::contract::route::Route;
use crate::rules::contract::tool::WidgetKind;
use crate::rules::contract::tool_state::testing::{env_with, host_settings, round_trips, ResultIn};
use crate::rules::contract::tool_state::{Settings, ToolState};
use crate::rules::delivery::form::{self as delivery_form, DeliveryForm};
use crate::rules::end_of_sale::form::{self as end_of_sale_form, EndOfSaleForm};
use crate::rules::kernel::address::{normalise_domain, normalise_email, IdnaUts46};
use crate::rules::kernel::calendar::{
    parse_company_holidays, parse_date, parse_date_time, parse_time, BusinessCalendar,
};
use crate::rules::kernel::jst::iso_date;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::phone::company_phone;
use crate::rules::severity::form::SeverityForm;

/// Inputs per entry point: `FUZZ_CASES`, else a short pass for the test command.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

/// Runs `property` on `cases()` inputs from `strategy` and reports how many it ran.
fn fuzz<S: Strategy>(
    name: &str,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let count = AtomicU64::new(0);
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |value| {
        count.fetch_add(1, Ordering::Relaxed);
        property(value)
    });
    if let Err(failure) = result {
        panic!("fuzz {name}: {failure:?}"); // ok: a test reports its failure
    }
    eprintln!("fuzz {name}: {} inputs", count.load(Ordering::Relaxed));
}

/// Outside text: any Unicode, or text built from what the parsers look at (digits, full-width
/// digits, separators, `xn--`, `@`, `%` escapes, tabs and newlines, markup).
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        any::<String>(),
        "[0-9０-９:：\\-./ T@%a-zA-Z\\t\\n,\\.]{0,40}",
        "(xn--|[a-z0-9]{1,8}|-|\\.|@|。|．|＠){0,12}",
        "(20[0-9]{2}|19[0-9]{2}|99999)-[0-9]{1,2}-[0-9]{1,2}(T| )?([0-9]{1,2}:[0-9]{2})?",
        "((20[0-9]{2}-[0-9]{2}-[0-9]{2})(\\.\\.20[0-9]{2}-[0-9]{2}-[0-9]{2})?[, ]?){0,6}",
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("javascript:alert(1)".to_owned()),
    ]
    .boxed()
}

/// Deep-link parameters: the keys the tools read (and others), with outside text as values.
fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    let key = prop_oneof![
        prop::sample::select(vec![
            "sev",
            "desk",
            "product",
            "family",
            "level",
            "at",
            "want",
            "order",
            "start",
            "prev_end",
            "ship",
            "heavy",
            "other_address",
            "company_holidays",
            "email_domain",
            "account",
            "prefix",
            "eos",
            "eosm",
            "q1",
            "q2",
            "q3",
            "mode",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{1,10}",
    ];
    prop::collection::vec((key, text()), 0..8)
}

/// A tool's state from a deep link, on a host with any company holidays: no panic, a result, its
/// own link rebuilds it, and the idle rehearsal of a first edit (`ToolState::rehearsal`) changes
/// it (so the rehearsal renders something new) and still gives a result, while the action its event
/// sends (`ToolState::unchanged`) changes nothing.
fn fuzz_deep_link<T: ToolState + std::fmt::Debug>(name: &str) {
    fuzz(
        name,
        (params(), text(), any::<bool>()),
        |(params, holidays, at_a_moment)| {
            let settings = host_settings(&holidays);
            // With a moment, a form with no date starts at "now", as an embedded widget does.
            let now = at_a_moment.then_some(time::macros::datetime!(2026-12-28 02:00));
            let env = env_with(&settings, now);
            let state = T::from_params(&params, &env);
            let _ = state.result_in(&env);
            round_trips(&state, &env);
            let mut rehearsed = state.clone();
            rehearsed.apply(state.rehearsal());
            prop_assert!(rehearsed != state, "the rehearsal changes {:?}", state);
            let _ = rehearsed.result_in(&env);
            // Its event's action leaves both the form and the rehearsed copy as they are.
            for form in [&state, &rehearsed] {
                let mut same = form.clone();
                same.apply(form.unchanged());
                prop_assert!(&same == form, "unchanged() changes {:?}", form);
            }
            Ok(())
        },
    );
}

#[test]
fn domain_normalisers_and_judge() {
    fuzz("domain normaliser", text(), |raw| {
        if let Ok(domain) = normalise_domain(&raw, &IdnaUts46) {
            let again = normalise_domain(&domain.ascii, &IdnaUts46);
            prop_assert_eq!(again.map(|d| d.ascii), Ok(domain.ascii), "{:?}", raw);
        }
        Ok(())
    });
    fuzz("e-mail normaliser", text(), |raw| {
        let _ = normalise_email(&raw, &IdnaUts46);
        Ok(())
    });
    fuzz("prefix", (text(), text()), |(prefix, email)| {
        if let Ok(email) = normalise_email(&email, &IdnaUts46) {
            let _ = prefixed(&prefix, &email.domain, &IdnaUts46);
        }
        Ok(())
    });
    fuzz("domain judge", (text(), text()), |(email, account)| {
        let _ = judge(&email, &account);
        Ok(())
    });
}

#[test]
fn field_validators() {
    let kinds = [
        Kind::Text,
        Kind::LongText,
        Kind::Email,
        Kind::Phone,
        Kind::Serial,
        Kind::Contract,
        Kind::Umbrella,
        Kind::Webex,
        Kind::Severity,
        Kind::Check,
    ];
    fuzz(
        "checklist field validators",
        (prop::sample::select(kinds.to_vec()), text(), any::<bool>()),
        |(kind, raw, international)| {
            let _ = check(kind, &raw, international, &IdnaUts46);
            Ok(())
        },
    );
}

#[test]
fn account_readiness_checks() {
    fuzz(
        "password, company phone and English-only checks",
        text(),
        |raw| {
            let _ = check_password(&raw);
            let _ = company_phone(&raw);
            let found = non_ascii_characters(&raw);
            prop_assert!(found.iter().all(|c| !c.is_ascii() && raw.contains(*c)));
            Ok(())
        },
    );
}

#[test]
fn dates_times_and_company_holidays() {
    fuzz("date, time and date-time parsers", text(), |raw| {
        if let Some(date) = parse_date(&raw) {
            prop_assert_eq!(parse_date(&iso_date(date)), Some(date));
        }
        let _ = parse_time(&raw);
        let _ = parse_date_time(&raw);
        Ok(())
    });
    fuzz("company-holiday list", text(), |raw| {
        let (ranges, _errors) = parse_company_holidays(&raw);
        for range in &ranges {
            prop_assert!(range.first <= range.last);
        }
        let calendar = BusinessCalendar::new(ranges);
        if let Some(date) = parse_date("2026-05-01") {
            let _ = calendar.next_business_day_after(date);
        }
        Ok(())
    });
}

#[test]
fn deep_links_and_the_hash_route() {
    fuzz("hash route", text(), |hash| {
        let _ = Route::parse(&hash);
        Ok(())
    });
    fuzz_deep_link::<SeverityForm>("severity deep link");
    fuzz_deep_link::<ChecklistForm>("checklist deep link");
    fuzz_deep_link::<DeliveryForm>("delivery deep link");
    fuzz_deep_link::<AccountDomainForm>("domain deep link");
    fuzz_deep_link::<EndOfSaleForm>("end-of-sale deep link");
}

#[test]
fn what_visitors_type() {
    let settings = Settings::default();
    fuzz("delivery form", prop::collection::vec(text(), 9), |t| {
        let env = env_with(&settings, None);
        let mut form = DeliveryForm::from_params(&[], &env);
        use delivery_form::Action::*;
        for action in [
            Date(t[0].clone()),
            Time(t[1].clone()),
            DesiredDate(t[2].clone()),
            DesiredTime(t[3].clone()),
            OrderDate(t[4].clone()),
            ServiceStart(t[5].clone()),
            PreviousEnd(t[6].clone()),
            ShipDate(t[7].clone()),
            CompanyHolidays(t[8].clone()),
        ] {
            form.apply(action);
        }
        let _ = form.result_in(&env);
        Ok(())
    });
    fuzz(
        "domain form",
        (text(), text(), text()),
        |(email, account, prefix)| {
            let env = env_with(&settings, None);
            let mut form = AccountDomainForm::from_params(&[], &env);
            form.apply(domain_form::Action::Email(email));
            form.apply(domain_form::Action::Account(account));
            let _ = form.result_in(&env);
            form.apply(domain_form::Action::Mode(domain_form::Mode::Prefix));
            form.apply(domain_form::Action::Prefix(prefix));
            let _ = form.result_in(&env);
            Ok(())
        },
    );
    fuzz("end-of-sale form", (text(), text()), |(eos, eosm)| {
        let env = env_with(&settings, None);
        let mut form = EndOfSaleForm::from_params(&[], &env);
        form.apply(end_of_sale_form::Action::EndOfSale(eos));
        form.apply(end_of_sale_form::Action::EndOfSwMaintenance(eosm));
        let _ = form.result_in(&env);
        Ok(())
    });
    fuzz(
        "checklist form",
        (
            prop::sample::select(PRODUCTS.iter().map(|p| p.slug).collect::<Vec<_>>()),
            text(),
        ),
        |(slug, value)| {
            let env = env_with(&settings, None);
            let mut form = ChecklistForm::from_params(&[], &env);
            form.apply(checklist_form::Action::Product(slug.to_owned()));
            let product = product_by_slug(slug).expect("a listed product"); // ok: drawn from PRODUCTS
            for item in crate::rules::checklist::items_for(form.desk, product) {
                form.apply(checklist_form::Action::Value(item.id, value.clone()));
            }
            let _ = form.result_in(&env);
            Ok(())
        },
    );
}

#[test]
fn partner_configuration_and_embedding_names() {
    let field = || prop::option::of(text());
    fuzz(
        "partner configuration",
        (
            field(),
            field(),
            field(),
            field(),
            field(),
            field(),
            field(),
            any::<bool>(),
        ),
        |(name, phone, email, hours, replaces, theme, compact, unreadable_json)| {
            let raw = RawConfig {
                help_desk_name: name,
                help_desk_phone: phone,
                help_desk_email: email,
                help_desk_hours: hours,
                help_desk_replaces_cisco: replaces,
                theme,
                compact,
                unreadable_json,
            };
            let (config, _problems) = read(&raw);
            if let Some(desk) = config.help_desk {
                prop_assert!(!desk.name.trim().is_empty());
            }
            Ok(())
        },
    );
    fuzz(
        "widget kind and language",
        (prop::option::of(text()), prop::option::of(text())),
        |(kind, lang)| {
            let _ = WidgetKind::parse(kind.as_deref());
            let _ = Lang::resolve(lang.as_deref(), kind.as_deref());
            Ok(())
        },
    );
}

#[test]
fn saved_checklist() {
    fuzz(
        "saved-state loader",
        prop_oneof![text(), saved_lines()],
        |stored| {
            let (saved, _note) = load(&stored);
            let (again, note) = load(&save(&saved));
            prop_assert_eq!(again, saved);
            prop_assert_eq!(note, None);
            let _ = ChecklistForm::start(&[], Some(&stored));
            Ok(())
        },
    );
}

/// Text shaped like a saved checklist: the header (any version), then lines of known and unknown
/// kinds with outside text in their fields.
fn saved_lines() -> impl Strategy<Value = String> {
    let line = (
        prop::sample::select(vec!["desk", "product", "value", "tick", "other", ""]),
        text(),
        text(),
    )
        .prop_map(|(kind, a, b)| format!("{kind}\t{a}\t{b}"));
    (0u32..4, prop::collection::vec(line, 0..10)).prop_map(|(version, lines)| {
        format!("support-widgets checklist v{version}\n{}", lines.join("\n"))
    })
}
