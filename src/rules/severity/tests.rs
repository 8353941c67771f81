//! The severity rules' cases, worked out by hand from the guide and a calendar, not produced by the
//! code.

use super::*;
use crate::rules::kernel::calendar::DayRange;
use time::macros::{date, datetime};
use Question::*;
use Severity::*;

fn answer(pairs: &[(Question, bool)]) -> Progress {
    let mut answers = Answers::default();
    for (question, value) in pairs {
        answers.set(*question, Some(*value));
    }
    progress(&answers)
}

#[test]
fn every_path_through_the_questions() {
    let no = false;
    let yes = true;
    // (answers in order, the severity suggested, the common definitions it cites)
    type Path<'a> = &'a [(Question, bool)];
    type Reasons<'a> = &'a [(Severity, usize)];
    let cases: &[(Path, Severity, Reasons)] = &[
        (&[(Production, no)], S4, &[(S4, 0)]),
        (
            &[(Production, yes), (InformationOnly, yes)],
            S4,
            &[(S4, 1), (S4, 2), (S4, 3), (S4, 4)],
        ),
        (
            &[(Production, yes), (InformationOnly, no), (ServiceDown, yes)],
            S1,
            &[(S1, 0), (S1, 1)],
        ),
        (
            &[
                (Production, yes),
                (InformationOnly, no),
                (ServiceDown, no),
                (RedundancyLost, yes),
            ],
            S2,
            &[(S2, 0), (S2, 1)],
        ),
        (
            &[
                (Production, yes),
                (InformationOnly, no),
                (ServiceDown, no),
                (RedundancyLost, no),
                (MajorFunction, yes),
            ],
            S2,
            &[(S2, 2)],
        ),
        (
            &[
                (Production, yes),
                (InformationOnly, no),
                (ServiceDown, no),
                (RedundancyLost, no),
                (MajorFunction, no),
                (Recurring, yes),
            ],
            S2,
            &[(S2, 3), (S2, 4)],
        ),
        (
            &[
                (Production, yes),
                (InformationOnly, no),
                (ServiceDown, no),
                (RedundancyLost, no),
                (MajorFunction, no),
                (Recurring, no),
                (RecoveredOutage, yes),
            ],
            S3,
            &[(S3, 0)],
        ),
        (
            &[
                (Production, yes),
                (InformationOnly, no),
                (ServiceDown, no),
                (RedundancyLost, no),
                (MajorFunction, no),
                (Recurring, no),
                (RecoveredOutage, no),
            ],
            S3,
            &[(S3, 1), (S3, 2), (S3, 3)],
        ),
    ];
    for (path, severity, reasons) in cases {
        let progress = answer(path);
        let suggestion = progress
            .suggestion
            .unwrap_or_else(|| panic!("{path:?} ends"));
        assert_eq!(suggestion.severity, *severity, "{path:?}");
        let expected: Vec<Reason> = reasons
            .iter()
            .map(|(s, i)| Reason::Common(def(*s, *i)))
            .collect();
        assert_eq!(suggestion.reasons, expected, "{path:?}");
        assert_eq!(progress.next, None);
        assert_eq!(progress.asked.len(), path.len());
    }
}

#[test]
fn asks_the_next_question_until_an_answer_decides() {
    assert_eq!(answer(&[]).next, Some(Production));
    assert_eq!(answer(&[(Production, true)]).next, Some(InformationOnly));
    assert_eq!(
        answer(&[
            (Production, true),
            (InformationOnly, false),
            (ServiceDown, false)
        ])
        .next,
        Some(RedundancyLost)
    );
    assert_eq!(answer(&[(Production, true)]).suggestion, None);
}

#[test]
fn changing_an_earlier_answer_forgets_the_later_ones() {
    let mut answers = Answers::default();
    for question in [Production, InformationOnly, ServiceDown] {
        answers.set(question, Some(question == Production));
    }
    answers.set(InformationOnly, Some(true));
    assert_eq!(answers.get(ServiceDown), None);
    assert_eq!(progress(&answers).suggestion.map(|s| s.severity), Some(S4));
}

#[test]
fn desk_hours_for_every_severity_and_moment() {
    let calendar = BusinessCalendar::new(vec![DayRange {
        first: date!(2026 - 12 - 29),
        last: date!(2027 - 01 - 03),
    }]);
    let weekday_in = datetime!(2026-11-24 10:00);
    let weekday_after = datetime!(2026-11-24 18:30);
    let weekend = datetime!(2026-11-21 11:00);
    let holiday = datetime!(2026-11-23 11:00);
    let company = datetime!(2026-12-30 11:00);
    use Availability::*;
    let cases = [
        // Japan TAC
        (Desk::Japan, S1, weekend, AroundTheClock),
        (Desk::Japan, S1, holiday, AroundTheClock),
        (Desk::Japan, S2, weekday_in, InBusinessHours),
        (
            Desk::Japan,
            S2,
            weekday_after,
            From(datetime!(2026-11-25 09:00)),
        ),
        (Desk::Japan, S3, weekend, From(datetime!(2026-11-24 09:00))),
        (Desk::Japan, S4, holiday, From(datetime!(2026-11-24 09:00))),
        (Desk::Japan, S3, company, From(datetime!(2027-01-04 09:00))),
        (
            Desk::Japan,
            S4,
            datetime!(2026-11-24 17:00),
            InBusinessHours,
        ),
        (
            Desk::Japan,
            S4,
            datetime!(2026-11-24 08:59),
            From(datetime!(2026-11-24 09:00)),
        ),
        // Global TAC
        (Desk::Global, S1, weekday_after, AroundTheClock),
        // S2: round the clock only at the customer's request, not "answering now" at any hour.
        (Desk::Global, S2, weekday_in, InBusinessHours),
        (
            Desk::Global,
            S2,
            weekend,
            OnRequest {
                from: datetime!(2026-11-24 09:00),
            },
        ),
        (
            Desk::Global,
            S2,
            holiday,
            OnRequest {
                from: datetime!(2026-11-24 09:00),
            },
        ),
        (
            Desk::Global,
            S2,
            weekday_after,
            OnRequest {
                from: datetime!(2026-11-25 09:00),
            },
        ),
        (Desk::Global, S3, weekday_in, InBusinessHours),
        (
            Desk::Global,
            S3,
            weekday_after,
            From(datetime!(2026-11-25 09:00)),
        ),
        (Desk::Global, S4, weekend, From(datetime!(2026-11-24 09:00))),
        (Desk::Global, S4, holiday, From(datetime!(2026-11-24 09:00))),
        // The Smart Account desk: weekday hours whatever the severity.
        (
            Desk::SmartAccount,
            S1,
            weekend,
            From(datetime!(2026-11-24 09:00)),
        ),
        (Desk::SmartAccount, S1, weekday_in, InBusinessHours),
    ];
    for (desk, severity, now, expected) in cases {
        assert_eq!(
            availability(desk, severity, now, &calendar),
            Ok(expected),
            "{desk:?} {severity:?} {now}"
        );
    }
    assert!(availability(Desk::Japan, S2, datetime!(2100-01-04 10:00), &calendar).is_err());
}

#[test]
fn both_desks_at_one_moment() {
    let now = DesksNow::at(
        S2,
        datetime!(2026-11-21 11:00),
        &BusinessCalendar::default(),
    )
    .expect("in range");
    assert_eq!(
        now.get(Desk::Japan),
        Some(Availability::From(datetime!(2026-11-24 09:00)))
    );
    assert_eq!(
        now.get(Desk::Global),
        Some(Availability::OnRequest {
            from: datetime!(2026-11-24 09:00)
        })
    );
    assert_eq!(now.get(Desk::SmartAccount), None);
    assert_eq!(
        now.literal_next_day, None,
        "a Saturday: both readings agree"
    );
    // Tuesday 07:00: the tool says 09:00 today; "翌営業日" read literally, Wednesday 09:00.
    let early = DesksNow::at(
        S3,
        datetime!(2026-11-24 07:00),
        &BusinessCalendar::default(),
    )
    .expect("in range");
    assert_eq!(
        early.get(Desk::Japan),
        Some(Availability::From(datetime!(2026-11-24 09:00)))
    );
    assert_eq!(
        early.literal_for(Desk::Japan),
        Some(datetime!(2026-11-25 09:00))
    );
    let s1 = DesksNow::at(
        S1,
        datetime!(2026-11-24 07:00),
        &BusinessCalendar::default(),
    )
    .expect("in range");
    assert_eq!(s1.literal_for(Desk::Japan), None, "S1 is answered now");
    assert_eq!(
        DesksNow::at(
            S2,
            datetime!(2100-01-04 10:00),
            &BusinessCalendar::default()
        ),
        None
    );
}

#[test]
fn phone_is_required_for_s1_and_global_s2() {
    let cases = [
        (Desk::Japan, S1, true),
        (Desk::Japan, S2, false),
        (Desk::Japan, S3, false),
        (Desk::Japan, S4, false),
        (Desk::Global, S1, true),
        (Desk::Global, S2, true),
        (Desk::Global, S3, false),
        (Desk::Global, S4, false),
        (Desk::SmartAccount, S1, false),
    ];
    for (desk, severity, expected) in cases {
        assert_eq!(
            phone_required(desk, severity),
            expected,
            "{desk:?} {severity:?}"
        );
    }
}

#[test]
fn example_links_read_severity_and_position() {
    let cases: &[(&str, Option<(Severity, u8)>)] = &[
        ("s1-2", Some((S1, 2))),
        ("S2-1", Some((S2, 1))),
        (" s4-5 ", Some((S4, 5))),
        ("s3-12", Some((S3, 12))),
        ("s1-0", None),
        ("s5-1", None),
        ("1-2", None),
        ("s1-", None),
        ("s1-2-3", None),
        ("s1-+2", None),
        ("s1-100", None),
        ("", None),
        ("s１-2", None),
    ];
    for (text, expected) in cases {
        let parsed = ExampleRef::parse(text);
        assert_eq!(
            parsed.map(|e| (e.severity, e.number)),
            *expected,
            "{text:?}"
        );
        if let Some(example) = parsed {
            assert_eq!(ExampleRef::parse(&example.key()), Some(example));
        }
    }
}

/// The family's example and the questions: the higher severity, and they never disagree
/// silently. Router/Switch "a specific function stopped working … seriously affects the end
/// user's service" is S1 (line 1766) where the common questions give S2 (lines 1499).
#[test]
fn the_family_example_and_the_questions_together() {
    let function_down = answer(&[
        (Production, true),
        (InformationOnly, false),
        (ServiceDown, false),
        (RedundancyLost, false),
        (MajorFunction, true),
    ]);
    let questions = function_down.suggestion.as_ref();
    let s1_2 = ExampleRef {
        severity: S1,
        number: 2,
    };
    let s3_1 = ExampleRef {
        severity: S3,
        number: 1,
    };
    let raised = suggest(questions, Some(s1_2)).expect("suggested");
    assert_eq!(raised.severity, S1);
    assert_eq!(raised.ranking, Ranking::RaisedByExample { questions: S2 });
    assert_eq!(
        raised.reasons,
        [Reason::Example(s1_2), Reason::Common(def(S2, 2))]
    );
    let kept = suggest(questions, Some(s3_1)).expect("suggested");
    assert_eq!(kept.severity, S2);
    assert_eq!(kept.ranking, Ranking::KeptFromQuestions { example: S3 });
    let alone = suggest(None, Some(s1_2)).expect("suggested");
    assert_eq!(
        (alone.severity, alone.ranking, alone.reasons),
        (S1, Ranking::Alone, vec![Reason::Example(s1_2)])
    );
    let agree = suggest(
        questions,
        Some(ExampleRef {
            severity: S2,
            number: 1,
        }),
    )
    .expect("suggested");
    assert_eq!((agree.severity, agree.ranking), (S2, Ranking::Agree));
    assert_eq!(suggest(questions, None).map(|s| s.severity), Some(S2));
    assert_eq!(suggest(None, None), None);
}

// proptest is a native dev-dependency: property tests run natively only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_answers_give_a_next_question_or_a_suggestion(raw in prop::collection::vec(prop::option::of(any::<bool>()), 7)) {
            let mut answers = Answers::default();
            for (question, answer) in Question::ALL.into_iter().zip(raw) {
                answers.0[Answers::index(question)] = answer;
            }
            let progress = progress(&answers);
            prop_assert!(progress.next.is_some() != progress.suggestion.is_some());
            if let Some(suggestion) = progress.suggestion {
                prop_assert!(!suggestion.reasons.is_empty());
                prop_assert!(suggestion.reasons.iter().all(|r| matches!(r, Reason::Common(d) if d.severity == suggestion.severity)));
            }
        }
    }
}
