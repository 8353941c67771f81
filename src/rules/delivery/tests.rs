//! Every case below was worked out by hand from the guide and a calendar (the worked examples the
//! project started from first), not produced by the code.

use super::*;
use crate::rules::kernel::calendar::testing::year_end_closure;
use crate::rules::kernel::holidays::Holiday;
use time::macros::{date, datetime, time};
use ServiceLevel::*;
use Severity::*;

fn request(level: ServiceLevel, at: PrimitiveDateTime, severity: Severity) -> Request {
    Request {
        level,
        arranged_at: at,
        severity: Some(severity),
        desired: None,
        contract: Contract::default(),
        heavy_or_cable: false,
        other_address: false,
        ship_date: None,
    }
}

/// The rules' answer to a request the guide answers.
fn answered(request: &Request, calendar: &BusinessCalendar) -> Answer {
    calculate(request, calendar).unwrap() // ok: test code; a request the rules refuse fails the test
}

fn arrival(level: ServiceLevel, at: PrimitiveDateTime, severity: Severity) -> Arrival {
    answered(&request(level, at, severity), &BusinessCalendar::default()).arrival
}

#[test]
fn the_worked_examples_the_project_started_from() {
    assert_eq!(
        arrival(Nbd8x5, datetime!(2026-11-20 10:00), S3),
        Arrival::Day(date!(2026 - 11 - 24))
    );

    let late_monday = request(FourHours8x5, datetime!(2026-12-28 17:30), S2);
    assert_eq!(
        answered(&late_monday, &BusinessCalendar::default()).arrival,
        Arrival::By(datetime!(2026-12-29 13:00))
    );
    assert_eq!(
        answered(&late_monday, &year_end_closure()).arrival,
        Arrival::By(datetime!(2027-01-04 13:00))
    );

    assert_eq!(
        arrival(FourHours24x7, datetime!(2026-05-03 02:00), S1),
        Arrival::By(datetime!(2026-05-03 06:00))
    );
    assert_eq!(
        arrival(FourHours24x7, datetime!(2026-05-03 02:00), S3),
        Arrival::By(datetime!(2026-05-07 13:00))
    );

    assert_eq!(
        arrival(Ncd8x7, datetime!(2026-01-31 16:59), S3),
        Arrival::Day(date!(2026 - 02 - 01))
    );
    assert_eq!(
        arrival(Ncd8x7, datetime!(2026-01-31 17:01), S3),
        Arrival::Day(date!(2026 - 02 - 02))
    );
}

#[test]
fn next_business_day_table() {
    let cases = [
        // (arranged, delivered): in hours → the next business day
        (datetime!(2026-11-19 09:00), date!(2026 - 11 - 20)), // 09:00 is in hours
        (datetime!(2026-11-19 17:00), date!(2026 - 11 - 20)), // and so is 17:00
        (datetime!(2026-11-19 17:01), date!(2026 - 11 - 24)), // after hours: accepted Fri, delivered Tue (11/23 holiday)
        (datetime!(2026-11-19 08:59), date!(2026 - 11 - 20)), // before opening: accepted 09:00 the same day
        (datetime!(2026-11-20 00:00), date!(2026 - 11 - 24)), // midnight starting a business day
        (datetime!(2026-11-21 11:00), date!(2026 - 11 - 25)), // Saturday: accepted Tue, delivered Wed
        (datetime!(2026-11-23 12:00), date!(2026 - 11 - 25)), // on the holiday itself
        (datetime!(2026-12-30 16:00), date!(2026 - 12 - 31)), // no company holidays by default
        (datetime!(2026-12-31 18:00), date!(2027 - 01 - 05)), // year end: accepted Mon 1/4, delivered Tue 1/5
        (datetime!(2026-04-30 10:00), date!(2026 - 05 - 01)), // Golden Week: Thu → Fri
        (datetime!(2026-05-01 10:00), date!(2026 - 05 - 07)), // Fri → Thu (5/2 Sat … 5/6 substitute holiday)
        (datetime!(2026-05-01 17:30), date!(2026 - 05 - 08)), // Fri after hours → accepted Thu, delivered Fri
        (datetime!(2026-09-18 12:00), date!(2026 - 09 - 24)), // Silver Week with its citizens' holiday 9/22
    ];
    for (at, delivered) in cases {
        assert_eq!(arrival(Nbd8x5, at, S3), Arrival::Day(delivered), "{at}");
    }
}

#[test]
fn four_hours_business_hours_table() {
    let cases = [
        (datetime!(2026-11-19 09:00), datetime!(2026-11-19 13:00)),
        (datetime!(2026-11-19 15:30), datetime!(2026-11-19 19:30)), // may pass 17:00
        (datetime!(2026-11-19 17:00), datetime!(2026-11-19 21:00)),
        (datetime!(2026-11-19 17:01), datetime!(2026-11-20 13:00)),
        (datetime!(2026-11-19 06:00), datetime!(2026-11-19 13:00)),
        (datetime!(2026-11-20 23:59), datetime!(2026-11-24 13:00)),
        (datetime!(2026-09-21 10:00), datetime!(2026-09-24 13:00)),
    ];
    for severity in Severity::ALL {
        for (at, by) in cases {
            assert_eq!(
                arrival(FourHours8x5, at, severity),
                Arrival::By(by),
                "{at} {severity:?}"
            );
        }
    }
}

#[test]
fn next_calendar_day_table() {
    let cases = [
        (datetime!(2026-11-21 00:00), date!(2026 - 11 - 22)), // before 09:00 counts as accepted at 09:00 that day
        (datetime!(2026-11-21 09:00), date!(2026 - 11 - 22)),
        (datetime!(2026-11-21 17:00), date!(2026 - 11 - 22)),
        (datetime!(2026-11-21 17:01), date!(2026 - 11 - 23)),
        (datetime!(2026-11-22 23:59), date!(2026 - 11 - 24)),
        (datetime!(2026-12-31 12:00), date!(2027 - 01 - 01)), // holidays do not matter
        (datetime!(2026-12-31 20:00), date!(2027 - 01 - 02)),
    ];
    for (at, delivered) in cases {
        assert_eq!(arrival(Ncd8x7, at, S2), Arrival::Day(delivered), "{at}");
    }
}

#[test]
fn twenty_four_seven_table() {
    let cases = [
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S1,
            datetime!(2026-11-21 05:00),
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S2,
            datetime!(2026-11-24 11:00),
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-20 16:30),
            S4,
            datetime!(2026-11-20 18:30),
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-20 23:00),
            S1,
            datetime!(2026-11-21 01:00),
        ), // past midnight
        (
            FourHours24x7,
            datetime!(2026-12-31 22:00),
            S1,
            datetime!(2027-01-01 02:00),
        ), // past the year end
        (
            FourHours24x7,
            datetime!(2026-12-31 22:00),
            S2,
            datetime!(2027-01-04 13:00),
        ),
        (
            FourHours24x7,
            datetime!(2026-11-19 17:00),
            S3,
            datetime!(2026-11-19 21:00),
        ),
        (
            FourHours24x7,
            datetime!(2026-11-19 17:01),
            S3,
            datetime!(2026-11-20 13:00),
        ),
        (
            FourHours24x7,
            datetime!(2026-11-19 08:00),
            S4,
            datetime!(2026-11-19 13:00),
        ),
    ];
    for (level, at, severity, by) in cases {
        assert_eq!(
            arrival(level, at, severity),
            Arrival::By(by),
            "{level:?} {at} {severity:?}"
        );
    }
}

#[test]
fn explains_each_rule_applied() {
    let answer = answered(
        &request(FourHours24x7, datetime!(2026-05-03 02:00), S3),
        &BusinessCalendar::default(),
    );
    assert_eq!(answer.effective_start, datetime!(2026-05-07 09:00));
    assert_eq!(
        answer.steps,
        vec![
            Step::AfterHoursForSeverityOneOnly { severity: S3 },
            Step::MovedToOpening {
                from: datetime!(2026-05-03 02:00),
                why: OutsideHours::Closed(DayKind::Sunday),
                to: datetime!(2026-05-07 09:00),
                closed: ClosedDays {
                    listed: vec![
                        (
                            date!(2026 - 05 - 04),
                            DayKind::National(Holiday::GreeneryDay)
                        ),
                        (
                            date!(2026 - 05 - 05),
                            DayKind::National(Holiday::ChildrensDay)
                        ),
                        (
                            date!(2026 - 05 - 06),
                            DayKind::National(Holiday::SubstituteHoliday)
                        ),
                    ],
                    more: 0,
                },
            },
            Step::AddHours {
                from: datetime!(2026-05-07 09:00),
                hours: 4,
                to: datetime!(2026-05-07 13:00)
            },
        ]
    );

    let answer = answered(
        &request(Nbd8x5, datetime!(2026-11-20 10:00), S3),
        &BusinessCalendar::default(),
    );
    assert_eq!(
        answer.steps,
        vec![
            Step::InHours {
                at: datetime!(2026-11-20 10:00)
            },
            Step::NextBusinessDay {
                accepted: date!(2026 - 11 - 20),
                delivered: date!(2026 - 11 - 24),
                closed: ClosedDays {
                    listed: vec![
                        (date!(2026 - 11 - 21), DayKind::Saturday),
                        (date!(2026 - 11 - 22), DayKind::Sunday),
                        (
                            date!(2026 - 11 - 23),
                            DayKind::National(Holiday::LabourThanksgivingDay)
                        ),
                    ],
                    more: 0,
                },
            },
        ]
    );

    let answer = answered(
        &request(FourHours8x5, datetime!(2026-11-19 18:00), S1),
        &BusinessCalendar::default(),
    );
    assert_eq!(answer.steps[0], Step::WhateverTheSeverity);
    assert!(matches!(
        answer.steps[1],
        Step::MovedToOpening {
            why: OutsideHours::AfterClosing,
            ..
        }
    ));

    let answer = answered(
        &request(TwoHours24x7, datetime!(2026-11-19 08:00), S1),
        &BusinessCalendar::default(),
    );
    assert_eq!(answer.steps[0], Step::SeverityOneAnyTime);
    assert_eq!(answer.effective_start, datetime!(2026-11-19 08:00));

    let answer = answered(
        &request(Ncd8x7, datetime!(2026-11-21 07:00), S3),
        &BusinessCalendar::default(),
    );
    assert_eq!(answer.effective_start, datetime!(2026-11-21 09:00));
    assert_eq!(
        answer.steps,
        vec![Step::NextCalendarDay {
            accepted: date!(2026 - 11 - 21),
            delivered: date!(2026 - 11 - 22)
        }]
    );
}

fn desired(
    level: ServiceLevel,
    at: PrimitiveDateTime,
    severity: Severity,
    date: Date,
    time: Option<Time>,
) -> DesiredVerdict {
    let mut request = request(level, at, severity);
    request.desired = Some(Desired { date, time });
    answered(&request, &BusinessCalendar::default())
        .desired
        .unwrap() // ok: test code; a request with a desired date is always given a verdict, or the test fails
}

#[test]
fn desired_later_delivery_table() {
    use DesiredVerdict::*;
    let thu = datetime!(2026-11-19 10:00);
    let cases = [
        // NBD and NCD take no booking: ask the (business) day before.
        (
            Nbd8x5,
            thu,
            S3,
            date!(2026 - 11 - 25),
            None,
            AskTheDayBefore {
                ask_on: date!(2026 - 11 - 24),
            },
        ),
        (
            Nbd8x5,
            thu,
            S3,
            date!(2026 - 11 - 24),
            Some(time!(10:00)),
            AskTheDayBefore {
                ask_on: date!(2026 - 11 - 20),
            },
        ),
        // NBD on a day that is not a business day: refused, as for 8x5x4h (Sunday 22 Nov; the
        // 23rd is Labour Thanksgiving Day).
        (
            Nbd8x5,
            thu,
            S3,
            date!(2026 - 11 - 22),
            None,
            NotBusinessDay {
                date: date!(2026 - 11 - 22),
                kind: DayKind::Sunday,
            },
        ),
        (
            Nbd8x5,
            thu,
            S3,
            date!(2026 - 11 - 23),
            None,
            NotBusinessDay {
                date: date!(2026 - 11 - 23),
                kind: DayKind::National(Holiday::LabourThanksgivingDay),
            },
        ),
        (
            Nbd8x5,
            thu,
            S3,
            date!(2026 - 11 - 19),
            None,
            TooEarly {
                earliest: Arrival::Day(date!(2026 - 11 - 20)),
            },
        ),
        (
            Ncd8x7,
            thu,
            S3,
            date!(2026 - 11 - 23),
            None,
            AskTheDayBefore {
                ask_on: date!(2026 - 11 - 22),
            },
        ),
        (
            Ncd8x7,
            thu,
            S3,
            date!(2026 - 11 - 19),
            None,
            TooEarly {
                earliest: Arrival::Day(date!(2026 - 11 - 20)),
            },
        ),
        // 8x5x4h: business day, 09:00–17:00, a time only within 3 days.
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 20),
            Some(time!(15:00)),
            Booked {
                date: date!(2026 - 11 - 20),
                time: Some(time!(15:00)),
                time_dropped: false,
            },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 19),
            Some(time!(16:00)),
            Booked {
                date: date!(2026 - 11 - 19),
                time: Some(time!(16:00)),
                time_dropped: false,
            },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 19),
            Some(time!(13:59)),
            TooEarly {
                earliest: Arrival::By(datetime!(2026-11-19 14:00)),
            },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 20),
            Some(time!(18:00)),
            OutsideBusinessHours { time: time!(18:00) },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 20),
            Some(time!(17:00)),
            Booked {
                date: date!(2026 - 11 - 20),
                time: Some(time!(17:00)),
                time_dropped: false,
            },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 21),
            None,
            NotBusinessDay {
                date: date!(2026 - 11 - 21),
                kind: DayKind::Saturday,
            },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 23),
            Some(time!(10:00)),
            NotBusinessDay {
                date: date!(2026 - 11 - 23),
                kind: DayKind::National(Holiday::LabourThanksgivingDay),
            },
        ),
        // 11/19 + 4 days = 11/23: from there only the day.
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 24),
            Some(time!(10:00)),
            Booked {
                date: date!(2026 - 11 - 24),
                time: None,
                time_dropped: true,
            },
        ),
        (
            FourHours8x5,
            thu,
            S3,
            date!(2026 - 11 - 24),
            None,
            Booked {
                date: date!(2026 - 11 - 24),
                time: None,
                time_dropped: false,
            },
        ),
        // After hours, 13:00 on the next business day onwards (the guide's "翌営業日 13 時以降").
        (
            FourHours8x5,
            datetime!(2026-11-19 18:00),
            S3,
            date!(2026 - 11 - 20),
            Some(time!(12:00)),
            TooEarly {
                earliest: Arrival::By(datetime!(2026-11-20 13:00)),
            },
        ),
        (
            FourHours8x5,
            datetime!(2026-11-19 18:00),
            S3,
            date!(2026 - 11 - 20),
            Some(time!(13:00)),
            Booked {
                date: date!(2026 - 11 - 20),
                time: Some(time!(13:00)),
                time_dropped: false,
            },
        ),
        // 24x7: any date and time within 3 days of the request; from 4 days, a business day 09:00–17:00.
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S1,
            date!(2026 - 11 - 22),
            Some(time!(03:00)),
            Booked {
                date: date!(2026 - 11 - 22),
                time: Some(time!(03:00)),
                time_dropped: false,
            },
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S1,
            date!(2026 - 11 - 24),
            Some(time!(22:00)),
            Booked {
                date: date!(2026 - 11 - 24),
                time: Some(time!(22:00)),
                time_dropped: false,
            },
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S1,
            date!(2026 - 11 - 25),
            Some(time!(22:00)),
            Booked {
                date: date!(2026 - 11 - 25),
                time: None,
                time_dropped: true,
            },
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S1,
            date!(2026 - 11 - 28),
            None,
            NotBusinessDay {
                date: date!(2026 - 11 - 28),
                kind: DayKind::Saturday,
            },
        ),
        (
            TwoHours24x7,
            datetime!(2026-11-21 03:00),
            S1,
            date!(2026 - 11 - 21),
            Some(time!(04:59)),
            TooEarly {
                earliest: Arrival::By(datetime!(2026-11-21 05:00)),
            },
        ),
        (
            FourHours24x7,
            datetime!(2026-11-21 03:00),
            S2,
            date!(2026 - 11 - 23),
            Some(time!(20:00)),
            TooEarly {
                earliest: Arrival::By(datetime!(2026-11-24 13:00)),
            },
        ),
    ];
    for (level, at, severity, date, time, expected) in cases {
        assert_eq!(
            desired(level, at, severity, date, time),
            expected,
            "{level:?} {at} wants {date} {time:?}"
        );
    }
}

fn contract(level: ServiceLevel, at: PrimitiveDateTime, contract: Contract) -> Vec<ContractNote> {
    let mut request = request(level, at, S2);
    request.contract = contract;
    answered(&request, &BusinessCalendar::default()).contract
}

#[test]
fn contract_checks_table() {
    use ContractNote::*;
    let order = date!(2026 - 11 - 01);
    let start = date!(2026 - 11 - 10);
    let both = Contract {
        order_date: Some(order),
        service_start: Some(start),
        previous_end: None,
        end: None,
    };
    // Before the service start: not accepted, at any level.
    assert_eq!(
        contract(Nbd8x5, datetime!(2026-11-09 10:00), both),
        [BeforeServiceStart { start }]
    );
    assert_eq!(
        contract(FourHours24x7, datetime!(2026-11-09 10:00), both),
        [BeforeServiceStart { start }]
    );
    // From the start, inside the 30 days from the order (11/01 is day 1, 11/30 day 30; 12/01 day 30
    // when the order date is not counted, so best effort until then too): 2 h / 4 h only.
    let preparation = PreparationBestEffort {
        order,
        last_day: date!(2026 - 11 - 30),
        cautious_last_day: date!(2026 - 12 - 01),
    };
    assert_eq!(
        contract(FourHours24x7, datetime!(2026-11-10 10:00), both),
        [preparation]
    );
    assert_eq!(
        contract(TwoHours24x7, datetime!(2026-11-30 10:00), both),
        [preparation]
    );
    assert_eq!(
        contract(TwoHours24x7, datetime!(2026-12-01 10:00), both),
        [preparation],
        "the cautious count"
    );
    assert_eq!(
        contract(TwoHours24x7, datetime!(2026-12-02 10:00), both),
        []
    );
    assert_eq!(
        contract(Nbd8x5, datetime!(2026-11-10 10:00), both),
        [],
        "no preparation period for NBD"
    );
    assert_eq!(
        contract(Ncd8x7, datetime!(2026-11-10 10:00), both),
        [],
        "nor for NCD"
    );
    // Re-contract 90+ days after the previous end: parts from day 30 (service start = day 1, 12/09),
    // or 12/10 when the start is not counted: nothing is promised before 12/10.
    let recontract = |previous_end| Contract {
        order_date: None,
        service_start: Some(start),
        previous_end: Some(previous_end),
        end: None,
    };
    let waiting = RecontractWaiting {
        previous_end: date!(2026 - 08 - 12),
        start,
        parts_from: date!(2026 - 12 - 09),
        cautious_parts_from: date!(2026 - 12 - 10),
    };
    for (day, expected) in [
        (datetime!(2026-11-20 10:00), vec![waiting]), // 90 days
        (datetime!(2026-12-08 10:00), vec![waiting]),
        (datetime!(2026-12-09 10:00), vec![waiting]),
        (datetime!(2026-12-10 10:00), vec![]),
    ] {
        assert_eq!(
            contract(Nbd8x5, day, recontract(date!(2026 - 08 - 12))),
            expected,
            "{day}"
        );
    }
    assert_eq!(
        contract(
            Nbd8x5,
            datetime!(2026-11-20 10:00),
            recontract(date!(2026 - 08 - 13))
        ),
        [],
        "89 days: no wait"
    );
    // Before the start of a late re-contract: both, and parts only from the wait's end.
    assert_eq!(
        contract(
            Nbd8x5,
            datetime!(2026-11-09 10:00),
            recontract(date!(2026 - 08 - 01))
        ),
        [
            BeforeServiceStart { start },
            RecontractWaiting {
                previous_end: date!(2026 - 08 - 01),
                start,
                parts_from: date!(2026 - 12 - 09),
                cautious_parts_from: date!(2026 - 12 - 10),
            }
        ]
    );
    // After the contract's end: nothing (lines 274–284); its last day still counts.
    let ending = Contract {
        end: Some(date!(2026 - 11 - 30)),
        ..Contract::default()
    };
    assert_eq!(contract(Nbd8x5, datetime!(2026-11-30 16:00), ending), []);
    assert_eq!(
        contract(Nbd8x5, datetime!(2026-12-01 09:00), ending),
        [Ended {
            end: date!(2026 - 11 - 30)
        }]
    );
}

/// Where the guide gives no arrival, the answer promises none, and says from when (lines 258–266).
#[test]
fn no_arrival_where_the_guide_gives_none() {
    let answer = |level, at, contract| {
        let mut request = request(level, at, S2);
        request.contract = contract;
        answered(&request, &BusinessCalendar::default()).promise()
    };
    let start = date!(2026 - 11 - 10);
    let cases = [
        (
            Nbd8x5,
            datetime!(2026-11-09 10:00),
            Contract {
                service_start: Some(start),
                ..Contract::default()
            },
            Promise::NotYet {
                ask_from: start,
                delivered_from: start,
            },
        ),
        (
            Nbd8x5,
            datetime!(2026-11-20 10:00),
            Contract {
                service_start: Some(start),
                previous_end: Some(date!(2026 - 08 - 01)),
                ..Contract::default()
            },
            Promise::NotYet {
                ask_from: start,
                delivered_from: date!(2026 - 12 - 10),
            },
        ),
        (
            Nbd8x5,
            datetime!(2026-11-09 10:00),
            Contract {
                service_start: Some(start),
                previous_end: Some(date!(2026 - 08 - 01)),
                ..Contract::default()
            },
            Promise::NotYet {
                ask_from: start,
                delivered_from: date!(2026 - 12 - 10),
            },
        ),
        (
            FourHours24x7,
            datetime!(2026-11-20 10:00),
            Contract {
                order_date: Some(date!(2026 - 11 - 01)),
                service_start: Some(start),
                ..Contract::default()
            },
            Promise::BestEffort {
                level_from: date!(2026 - 12 - 02),
            },
        ),
        (
            FourHours24x7,
            datetime!(2026-12-05 10:00),
            Contract {
                end: Some(date!(2026 - 12 - 04)),
                ..Contract::default()
            },
            Promise::Ended {
                end: date!(2026 - 12 - 04),
            },
        ),
        (
            FourHours24x7,
            datetime!(2026-12-02 10:00),
            Contract {
                order_date: Some(date!(2026 - 11 - 01)),
                service_start: Some(start),
                ..Contract::default()
            },
            Promise::Arrival(Arrival::By(datetime!(2026-12-02 14:00))),
        ),
    ];
    for (level, at, contract, expected) in cases {
        assert_eq!(
            answer(level, at, contract),
            expected,
            "{level:?} {at} {contract:?}"
        );
    }
}

#[test]
fn caveats_field_engineer_and_return() {
    use Caveat::*;
    let mut heavy = request(TwoHours24x7, datetime!(2026-11-20 10:00), S1);
    heavy.heavy_or_cable = true;
    heavy.other_address = true;
    let answer = answered(&heavy, &BusinessCalendar::default());
    assert_eq!(
        answer.caveats,
        [
            HeavyOrCable,
            OtherAddress,
            RegionalAvailability,
            Delays,
            ResponseBySeverity
        ]
    );
    assert_eq!(
        answer.field_engineer,
        FieldEngineer::AroundPartArrival {
            after_hours: AfterHours::Contract24x7
        }
    );
    assert_eq!(
        answer.return_deadline,
        ReturnDeadline {
            last_day: date!(2026 - 11 - 29),
            from_ship_date: false
        }
    );

    let mut plain = request(Nbd8x5, datetime!(2026-11-20 10:00), S3);
    plain.other_address = true; // only matters for 2 h / 4 h
    plain.ship_date = Some(date!(2026 - 11 - 23));
    let answer = answered(&plain, &BusinessCalendar::default());
    assert_eq!(
        answer.caveats,
        [InformationInBusinessHours, Delays, ResponseBySeverity]
    );
    assert_eq!(
        answer.field_engineer,
        FieldEngineer::VisitWindow {
            from: date!(2026 - 11 - 24)
        }
    );
    assert_eq!(
        answer.return_deadline,
        ReturnDeadline {
            last_day: date!(2026 - 12 - 02),
            from_ship_date: true
        }
    );

    // 8x5x4h arranged in hours: within 4 hours even past 17:00 (lines 2329–2331), so Thursday
    // 16:30 gives 20:30 with the engineer; arranged after hours, 13:00 the next business day.
    let thursday = answered(
        &request(FourHours8x5, datetime!(2026-11-19 16:30), S2),
        &BusinessCalendar::default(),
    );
    assert_eq!(thursday.arrival, Arrival::By(datetime!(2026-11-19 20:30)));
    assert_eq!(
        thursday.field_engineer,
        FieldEngineer::AroundPartArrival {
            after_hours: AfterHours::ArrangedInHours8x5
        }
    );
    let evening = answered(
        &request(FourHours8x5, datetime!(2026-11-19 18:00), S2),
        &BusinessCalendar::default(),
    );
    assert_eq!(evening.arrival, Arrival::By(datetime!(2026-11-20 13:00)));
    assert_eq!(
        evening.field_engineer,
        FieldEngineer::AroundPartArrival {
            after_hours: AfterHours::Only24x7
        }
    );
}

#[test]
fn outside_the_supported_years_is_an_error() {
    for level in ServiceLevel::ALL {
        let result = calculate(
            &request(level, datetime!(1989-12-31 10:00), S1),
            &BusinessCalendar::default(),
        );
        assert_eq!(
            result,
            Err(DeliveryError::OutOfRange(OutOfRange { year: 1989 })),
            "{level:?}"
        );
        let result = calculate(
            &request(level, datetime!(2100-01-04 10:00), S1),
            &BusinessCalendar::default(),
        );
        assert_eq!(
            result,
            Err(DeliveryError::OutOfRange(OutOfRange { year: 2100 })),
            "{level:?}"
        );
    }
    // The last supported day still works where the answer needs no 2100 calendar.
    assert_eq!(
        arrival(TwoHours24x7, datetime!(2099-12-31 23:00), S1),
        Arrival::By(datetime!(2100-01-01 01:00))
    );
    let result = calculate(
        &request(Nbd8x5, datetime!(2099-12-31 10:00), S1),
        &BusinessCalendar::default(),
    );
    assert_eq!(
        result,
        Err(DeliveryError::OutOfRange(OutOfRange { year: 2100 }))
    );
}

#[test]
fn severity_is_asked_for_only_where_it_changes_the_answer() {
    let unknown = |level, at| {
        let mut request = request(level, at, S1);
        request.severity = None;
        calculate(&request, &BusinessCalendar::default()).map(|answer| answer.arrival)
    };
    assert_eq!(
        unknown(FourHours24x7, datetime!(2026-11-21 03:00)),
        Err(DeliveryError::SeverityNeeded)
    );
    assert_eq!(
        unknown(TwoHours24x7, datetime!(2026-11-20 17:01)),
        Err(DeliveryError::SeverityNeeded)
    );
    assert_eq!(
        unknown(FourHours24x7, datetime!(2026-11-20 10:00)),
        Ok(Arrival::By(datetime!(2026-11-20 14:00)))
    );
    assert_eq!(
        unknown(FourHours8x5, datetime!(2026-11-21 03:00)),
        Ok(Arrival::By(datetime!(2026-11-24 13:00)))
    );
    assert_eq!(
        unknown(Nbd8x5, datetime!(2026-11-21 03:00)),
        Ok(Arrival::Day(date!(2026 - 11 - 25)))
    );
    assert_eq!(
        unknown(Ncd8x7, datetime!(2026-11-21 18:00)),
        Ok(Arrival::Day(date!(2026 - 11 - 23)))
    );
}

#[test]
fn reads_service_levels() {
    let cases = [
        ("8x5xNBD", Some(Nbd8x5)),
        ("8x5xnbd", Some(Nbd8x5)),
        ("8hx5dxNBD", Some(Nbd8x5)),
        ("8x5x4h", Some(FourHours8x5)),
        ("8x7xNCD", Some(Ncd8x7)),
        ("24x7x4h", Some(FourHours24x7)),
        ("24hx7dx2h", Some(TwoHours24x7)),
        (" 24X7X2H ", Some(TwoHours24x7)),
        ("24x7", None),
        ("", None),
    ];
    for (text, expected) in cases {
        assert_eq!(ServiceLevel::parse(text), expected, "{text:?}");
    }
    for level in ServiceLevel::ALL {
        assert_eq!(ServiceLevel::parse(level.slug()), Some(level));
    }
}

// proptest is a native dev-dependency: property tests run natively only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_level() -> impl Strategy<Value = ServiceLevel> {
        prop::sample::select(ServiceLevel::ALL.to_vec())
    }

    fn any_severity() -> impl Strategy<Value = Severity> {
        prop::sample::select(Severity::ALL.to_vec())
    }

    fn any_time_in_range() -> impl Strategy<Value = PrimitiveDateTime> {
        (0i64..40_000, 0i64..1440).prop_map(|(day, minute)| {
            datetime!(1990-01-01 00:00) + Duration::days(day) + Duration::minutes(minute)
        })
    }

    proptest! {
        #[test]
        fn arrival_is_never_before_the_arrangement(level in any_level(), severity in any_severity(), at in any_time_in_range()) {
            if let Ok(answer) = calculate(&request(level, at, severity), &BusinessCalendar::default()) {
                prop_assert!(answer.arrival.latest() > at);
                prop_assert!(answer.effective_start >= at || level == Ncd8x7);
                prop_assert!(answer.arrival.latest() >= answer.effective_start);
            }
        }

        #[test]
        fn next_business_day_arrivals_are_business_days(at in any_time_in_range(), severity in any_severity()) {
            let calendar = BusinessCalendar::default();
            if let Ok(answer) = calculate(&request(Nbd8x5, at, severity), &calendar) {
                prop_assert_eq!(calendar.is_business_day(answer.arrival.date()), Ok(true));
                prop_assert!(answer.arrival.date() > at.date());
            }
        }

        #[test]
        fn hour_levels_never_take_longer_than_from_the_next_opening(level in any_level(), at in any_time_in_range()) {
            let calendar = BusinessCalendar::default();
            if let (Some(hours), Ok(answer)) = (level.hours(), calculate(&request(level, at, S3), &calendar)) {
                let Ok(opening) = calendar.next_opening(at) else {
                    return Err(TestCaseError::fail("an arrangement the rules answered has a next opening"));
                };
                let bound = opening.max(at) + Duration::hours(hours);
                prop_assert!(answer.arrival.latest() <= bound);
            }
        }

        #[test]
        fn severity_one_is_never_later_than_other_severities(level in any_level(), at in any_time_in_range(), severity in any_severity()) {
            let calendar = BusinessCalendar::default();
            if let (Ok(one), Ok(other)) = (calculate(&request(level, at, S1), &calendar), calculate(&request(level, at, severity), &calendar)) {
                prop_assert!(one.arrival.latest() <= other.arrival.latest());
            }
        }

        #[test]
        fn any_wish_gets_a_verdict(level in any_level(), at in any_time_in_range(), ahead in -3i64..40, minute in prop::option::of(0i64..1440)) {
            let mut request = request(level, at, S2);
            request.desired = Some(Desired {
                date: at.date() + Duration::days(ahead),
                time: minute.map(|m| Time::MIDNIGHT + Duration::minutes(m)),
            });
            if let Ok(answer) = calculate(&request, &BusinessCalendar::default()) {
                prop_assert!(answer.desired.is_some());
            }
        }
    }
}

/// Before 09:00 on an accepting day, the tool counts from that day's opening; the guide's
/// words read literally count from the arrangement day. Worked out by hand (23 Nov 2026 is Labour
/// Thanksgiving Day, a Monday).
#[test]
fn the_literal_reading_before_opening_is_shown_as_the_cautious_answer() {
    let cautious =
        |level, at, severity| answered(&request(level, at, severity), &BusinessCalendar::default());
    // NBD, Friday 08:00: ours Tue 24 (the business day after Fri 20); 「翌々営業日」 from Friday: Wed 25.
    let nbd = cautious(Nbd8x5, datetime!(2026-11-20 08:00), S3);
    assert_eq!(nbd.arrival, Arrival::Day(date!(2026 - 11 - 24)));
    assert_eq!(nbd.cautious, Some(Arrival::Day(date!(2026 - 11 - 25))));
    // 8x5x4h, Tuesday 08:30: ours 13:00 the same day; 「翌営業日 9 時の手配完了扱い」: Wed 25, 13:00.
    let four = cautious(FourHours8x5, datetime!(2026-11-24 08:30), S2);
    assert_eq!(four.arrival, Arrival::By(datetime!(2026-11-24 13:00)));
    assert_eq!(
        four.cautious,
        Some(Arrival::By(datetime!(2026-11-25 13:00)))
    );
    // NCD, Saturday 07:00: ours Sun 22; 「翌々日」: Mon 23.
    let ncd = cautious(Ncd8x7, datetime!(2026-11-21 07:00), S3);
    assert_eq!(ncd.arrival, Arrival::Day(date!(2026 - 11 - 22)));
    assert_eq!(ncd.cautious, Some(Arrival::Day(date!(2026 - 11 - 23))));
    // Where both readings agree, or the guide has no such phrase, there is no second answer.
    assert_eq!(
        cautious(Nbd8x5, datetime!(2026-11-21 08:00), S3).cautious,
        None,
        "Saturday: the same either way"
    );
    assert_eq!(
        cautious(Nbd8x5, datetime!(2026-11-20 10:00), S3).cautious,
        None,
        "in hours"
    );
    assert_eq!(
        cautious(FourHours8x5, datetime!(2026-11-24 18:00), S3).cautious,
        None,
        "after closing"
    );
    assert_eq!(
        cautious(FourHours24x7, datetime!(2026-11-24 08:30), S3).cautious,
        None,
        "24x7: no literal phrase"
    );
    assert_eq!(
        cautious(Ncd8x7, datetime!(2026-11-21 10:00), S3).cautious,
        None
    );
}

/// With the time left at "now", the answer if TAC completes the arrangement after 17:00: NBD at
/// Wednesday 16:45 arrives Thursday, after 17:00 Friday.
#[test]
fn the_answer_if_the_arrangement_slips_past_closing() {
    let calendar = BusinessCalendar::default();
    let cases = [
        (
            Nbd8x5,
            datetime!(2026-12-02 16:45),
            S3,
            Some(Arrival::Day(date!(2026 - 12 - 04))),
        ),
        (
            FourHours8x5,
            datetime!(2026-12-02 16:45),
            S3,
            Some(Arrival::By(datetime!(2026-12-03 13:00))),
        ),
        (
            FourHours24x7,
            datetime!(2026-12-02 10:00),
            S2,
            Some(Arrival::By(datetime!(2026-12-03 13:00))),
        ),
        (FourHours24x7, datetime!(2026-12-02 10:00), S1, None),
        (Nbd8x5, datetime!(2026-12-02 18:00), S3, None),
        (
            Ncd8x7,
            datetime!(2026-12-05 16:00),
            S3,
            Some(Arrival::Day(date!(2026 - 12 - 07))),
        ),
    ];
    for (level, at, severity, expected) in cases {
        let request = request(level, at, severity);
        let answer = answered(&request, &calendar);
        assert_eq!(
            if_completed_after_closing(&request, &answer, &calendar),
            expected,
            "{level:?} {at}"
        );
    }
}

#[test]
fn long_holiday_seasons() {
    assert!(
        near_long_holidays(date!(2026 - 12 - 24), date!(2026 - 12 - 25)),
        "the three days after reach the 26th"
    );
    assert!(near_long_holidays(
        date!(2027 - 05 - 01),
        date!(2027 - 05 - 01)
    ));
    assert!(near_long_holidays(
        date!(2026 - 08 - 07),
        date!(2026 - 08 - 07)
    ));
    assert!(!near_long_holidays(
        date!(2026 - 12 - 02),
        date!(2026 - 12 - 03)
    ));
    assert!(!near_long_holidays(
        date!(2026 - 08 - 17),
        date!(2026 - 08 - 20)
    ));
}
