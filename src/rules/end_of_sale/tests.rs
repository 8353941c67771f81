//! The end-of-sale rules' cases, worked out by hand from the guide and a calendar (leap years
//! included), and the invariants the property tests hold.

use super::form::*;
use super::*;
use crate::rules::contract::tool_state::testing;
use crate::rules::contract::tool_state::ToolState;
use crate::rules::params;
use time::macros::{date, datetime};
use time::Month;

fn first(year: i32, month: Month) -> Date {
    Date::from_calendar_date(year, month, 1).expect("the first of a month exists")
}

/// Worked out by hand from the guide: 5 / 3 / 2 years of TAC access after the end of sale, price
/// rises after 1 and 3 years.
#[test]
fn periods_and_price_rises_for_a_worked_example() {
    let answer = calculate(date!(2024 - 05 - 01), None, Some(date!(2026 - 11 - 23))).unwrap();
    let until: Vec<(Category, Date, Option<Status>)> = answer
        .periods
        .iter()
        .map(|p| (p.category, p.until, p.status))
        .collect();
    assert_eq!(
        until,
        [
            (
                Category::Hardware,
                date!(2029 - 04 - 30),
                Some(Status::Open { limited: false })
            ),
            (
                Category::OperatingSystem,
                date!(2027 - 04 - 30),
                Some(Status::Open { limited: false })
            ),
            (
                Category::Application,
                date!(2026 - 04 - 30),
                Some(Status::Ended)
            ),
        ]
    );
    assert_eq!(
        answer.price_rises,
        [date!(2025 - 05 - 01), date!(2027 - 05 - 01)]
    );
    assert_eq!(answer.successor_possible_now, Some(true));
    assert!(!answer.eosm_before_eos);
}

#[test]
fn software_past_eosm_gets_limited_support() {
    let answer = calculate(
        first(2024, Month::May),
        Some(date!(2025 - 10 - 31)),
        Some(date!(2026 - 11 - 23)),
    )
    .unwrap();
    assert_eq!(
        answer.periods[0].status,
        Some(Status::Open { limited: false }),
        "hardware is not software"
    );
    assert_eq!(
        answer.periods[1].status,
        Some(Status::Open { limited: true })
    );
    // On the EoSM day itself, maintenance still runs.
    let on_the_day = calculate(
        first(2024, Month::May),
        Some(date!(2026 - 11 - 23)),
        Some(date!(2026 - 11 - 23)),
    )
    .unwrap();
    assert_eq!(
        on_the_day.periods[1].status,
        Some(Status::Open { limited: false })
    );
    assert!(
        calculate(first(2024, Month::May), Some(date!(2024 - 01 - 01)), None)
            .unwrap()
            .eosm_before_eos
    );
}

#[test]
fn time_left_in_whole_years_and_months() {
    let cases = [
        (date!(2026 - 12 - 02), date!(2029 - 03 - 30), Some((2, 3))),
        (date!(2026 - 11 - 30), date!(2029 - 03 - 30), Some((2, 4))),
        (date!(2026 - 12 - 02), date!(2026 - 12 - 02), Some((0, 0))),
        (date!(2026 - 12 - 02), date!(2027 - 12 - 02), Some((1, 0))),
        (date!(2026 - 12 - 02), date!(2027 - 12 - 01), Some((0, 11))),
        (date!(2026 - 12 - 02), date!(2026 - 12 - 01), None),
    ];
    for (from, to, expected) in cases {
        assert_eq!(years_and_months(from, to), expected, "{from} → {to}");
    }
    let answer = calculate(date!(2024 - 03 - 31), None, Some(date!(2026 - 12 - 02))).unwrap();
    assert_eq!(answer.periods[0].until, date!(2029 - 03 - 30));
    assert_eq!(answer.periods[0].left, Some((2, 3)));
    assert_eq!(answer.periods[2].left, None, "application software ended");
}

#[test]
fn last_days_and_leap_years() {
    // The last day of each period is the day before the anniversary.
    let answer = calculate(date!(2026 - 11 - 23), None, Some(date!(2031 - 11 - 22))).unwrap();
    assert_eq!(answer.periods[0].until, date!(2031 - 11 - 22));
    assert_eq!(
        answer.periods[0].status,
        Some(Status::Open { limited: false })
    );
    assert_eq!(
        calculate(date!(2026 - 11 - 23), None, Some(date!(2031 - 11 - 23)))
            .unwrap()
            .periods[0]
            .status,
        Some(Status::Ended)
    );
    // 29 February: the anniversary in a common year is 28 February.
    assert_eq!(
        add_years(date!(2024 - 02 - 29), 1),
        Some(date!(2025 - 02 - 28))
    );
    assert_eq!(
        add_years(date!(2024 - 02 - 29), 4),
        Some(date!(2028 - 02 - 29))
    );
    let leap = calculate(date!(2024 - 02 - 29), None, None).unwrap();
    // A period from 29 February ends at the end of February where that day is missing (Civil
    // Code art. 143), not a day short: 5 years → 2029-02-28, 2 years → 2026-02-28, and on
    // 2028-02-28 where 29 February exists.
    assert_eq!(leap.periods[0].until, date!(2029 - 02 - 28));
    assert_eq!(leap.periods[2].until, date!(2026 - 02 - 28));
    let cases = [
        (date!(2024 - 02 - 29), 4, date!(2028 - 02 - 28)),
        (date!(2024 - 02 - 29), 5, date!(2029 - 02 - 28)),
        (date!(2024 - 02 - 28), 5, date!(2029 - 02 - 27)),
        (date!(2024 - 03 - 01), 5, date!(2029 - 02 - 28)),
        (date!(2023 - 03 - 01), 5, date!(2028 - 02 - 29)),
        (date!(2023 - 02 - 28), 1, date!(2024 - 02 - 27)),
        (date!(2026 - 01 - 01), 3, date!(2028 - 12 - 31)),
    ];
    for (first, years, last) in cases {
        assert_eq!(
            period_last_day(first, years),
            Some(last),
            "{first} + {years}"
        );
    }
    assert_eq!(leap.periods[0].status, None, "no today, no status");
    assert_eq!(leap.successor_possible_now, None);
}

#[test]
fn the_form_reads_dates_and_says_what_is_wrong() {
    type Read = Result<Option<Date>, DateError>;
    let cases: &[(&str, &str, Read, Read)] = &[
        ("2024-05-01", "", Ok(Some(date!(2024 - 05 - 01))), Ok(None)),
        (
            "２０２４－０５－０１",
            " 2025/5/1 ",
            Ok(Some(date!(2024 - 05 - 01))),
            Ok(Some(date!(2025 - 05 - 01))),
        ),
        ("", "", Err(DateError::Required), Ok(None)),
        (
            "2024-02-30",
            "x",
            Err(DateError::NoSuchDay),
            Err(DateError::BadDate),
        ),
        (
            "令和6年5月1日",
            "20250501",
            Ok(Some(date!(2024 - 05 - 01))),
            Ok(Some(date!(2025 - 05 - 01))),
        ),
        (
            "1970-01-01",
            "2300-01-01",
            Err(DateError::OutOfRange),
            Err(DateError::OutOfRange),
        ),
    ];
    for (eos, eosm, expected_eos, expected_eosm) in cases {
        let form = EndOfSaleForm {
            end_of_sale: (*eos).into(),
            end_of_sw_maintenance: (*eosm).into(),
        };
        let evaluation = evaluate_on(&form, None);
        assert_eq!(&evaluation.end_of_sale, expected_eos, "{eos:?}");
        assert_eq!(&evaluation.end_of_sw_maintenance, expected_eosm, "{eosm:?}");
        assert_eq!(
            evaluation.answer.is_some(),
            expected_eos.is_ok() && expected_eosm.is_ok(),
            "{eos:?} {eosm:?}"
        );
    }
}

#[test]
fn deep_links_round_trip() {
    let env = testing::env(None);
    let from_params = |p: &[(String, String)]| EndOfSaleForm::from_params(p, &env);
    let to_params = |form: &EndOfSaleForm| form.to_params(&env);
    let form = from_params(&params(&[
        ("eos", "2024-05-01"),
        ("eosm", "2025-05-01"),
        ("other", "x"),
    ]));
    assert_eq!(
        form,
        EndOfSaleForm {
            end_of_sale: "2024-05-01".into(),
            end_of_sw_maintenance: "2025-05-01".into()
        }
    );
    assert_eq!(
        to_params(&form),
        params(&[("eos", "2024-05-01"), ("eosm", "2025-05-01")])
    );
    assert_eq!(to_params(&EndOfSaleForm::default()), params(&[]));
    assert_eq!(from_params(&to_params(&form)), form);
    testing::round_trips(&form, &env);
}

/// The result as a host page reads it: ISO dates, states on today's date in Japan.
#[test]
fn the_result_for_host_pages() {
    let env = testing::env(Some(datetime!(2026-11-23 10:00)));
    let form = EndOfSaleForm {
        end_of_sale: "2024-05-01".into(),
        end_of_sw_maintenance: "2025-10-31".into(),
    };
    assert_eq!(
        testing::json(&form, &env),
        serde_json::json!({
            "endOfSale": "2024-05-01",
            "endOfSwMaintenance": "2025-10-31",
            "periods": [
                { "category": "hardware", "until": "2029-04-30", "status": "open" },
                { "category": "os", "until": "2027-04-30", "status": "limited" },
                { "category": "application", "until": "2026-04-30", "status": "ended" },
            ],
            "priceRises": ["2025-05-01", "2027-05-01"],
        })
    );
    let empty = testing::json(&EndOfSaleForm::default(), &env);
    assert_eq!(empty["periods"], serde_json::json!([]));
    assert_eq!(empty["endOfSale"], serde_json::Value::Null);
}

// proptest is a native dev-dependency: property tests run natively only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_an_evaluation_never_a_panic(eos in ".*", eosm in ".*") {
            let _ = evaluate_on(&EndOfSaleForm { end_of_sale: eos, end_of_sw_maintenance: eosm }, Some(date!(2026 - 11 - 23)));
        }

        #[test]
        fn longer_periods_for_hardware_than_os_than_applications(days in 0i64..80_000) {
            let eos = date!(1980 - 01 - 01) + time::Duration::days(days);
            let answer = calculate(eos, None, None).unwrap();
            prop_assert!(answer.periods[0].until > answer.periods[1].until);
            prop_assert!(answer.periods[1].until > answer.periods[2].until);
            prop_assert!(answer.periods[2].until > eos);
            prop_assert!(answer.price_rises[0] > eos && answer.price_rises[1] > answer.price_rises[0]);
        }
    }
}
