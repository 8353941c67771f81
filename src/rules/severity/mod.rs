//! Choosing a severity: a short sequence of plain questions leading to a suggested S1–S4 with the
//! common examples that matched, the product family's example the visitor says matches (the guide
//! says the severity differs by product, lines 825–827), and whether a TAC desk is answering now.
//!
//! Source: 000_aa25d047744acda8.txt — "シビラティの例：製品共通" (lines 1477–1533) for the
//! examples the questions follow (the questions themselves are the tool's), "製品別シビラティ例"
//! (lines 1575–1934) for the families, "Japan TAC (日本語) のサポートを受ける" (lines 1203–1222) and
//! "Global TAC (英語) のサポートを受ける" (lines 1349–1370) for the hours.
//! The severity is finally agreed with TAC (line 825): the suggestion is a starting point.

pub(crate) mod form;

use time::PrimitiveDateTime;

use crate::rules::kernel::calendar::{BusinessCalendar, DayKind};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::holidays::OutOfRange;
use crate::rules::kernel::severity::Severity;

/// The questions, in the order they are asked. Each can end the sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// Is the problem in a production (live) environment?
    Production,
    /// Is this only a question (documents, a known bug, an advisory, messages, output, a cleared
    /// alert) with no failure in production now?
    InformationOnly,
    /// Has service stopped with no recovery by any means?
    ServiceDown,
    /// Is redundancy lost (one side of a redundant pair, or a cluster, down)?
    RedundancyLost,
    /// Is a specific function completely unusable, or performance badly degraded, continuing?
    MajorFunction,
    /// Are crashes or failures recurring, or did serious impact happen with unknown cause, no
    /// workaround, and it may recur?
    Recurring,
    /// Has a past outage recovered, and you want its cause and prevention?
    RecoveredOutage,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::Production,
        Question::InformationOnly,
        Question::ServiceDown,
        Question::RedundancyLost,
        Question::MajorFunction,
        Question::Recurring,
        Question::RecoveredOutage,
    ];

    /// URL parameter name: part of the deep-link format, never rename.
    pub const fn key(self) -> &'static str {
        match self {
            Question::Production => "production",
            Question::InformationOnly => "info",
            Question::ServiceDown => "down",
            Question::RedundancyLost => "redundancy",
            Question::MajorFunction => "function",
            Question::Recurring => "recurring",
            Question::RecoveredOutage => "recovered",
        }
    }

    /// The answer that ends the sequence here, and the severity it gives.
    const fn ends_with(self) -> (bool, Severity) {
        match self {
            Question::Production => (false, Severity::S4),
            Question::InformationOnly => (true, Severity::S4),
            Question::ServiceDown => (true, Severity::S1),
            Question::RedundancyLost | Question::MajorFunction | Question::Recurring => {
                (true, Severity::S2)
            }
            Question::RecoveredOutage => (true, Severity::S3),
        }
    }
}

/// One of the common examples (content::severity::COMMON), by severity and position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Definition {
    pub severity: Severity,
    pub index: usize,
}

const fn def(severity: Severity, index: usize) -> Definition {
    Definition { severity, index }
}

/// The common examples each deciding answer matches.
fn reasons(question: Question, answered_last: bool) -> Vec<Definition> {
    use Severity::*;
    match (question, answered_last) {
        (Question::Production, false) => vec![def(S4, 0)],
        (Question::InformationOnly, true) => vec![def(S4, 1), def(S4, 2), def(S4, 3), def(S4, 4)],
        (Question::ServiceDown, true) => vec![def(S1, 0), def(S1, 1)],
        (Question::RedundancyLost, true) => vec![def(S2, 0), def(S2, 1)],
        (Question::MajorFunction, true) => vec![def(S2, 2)],
        (Question::Recurring, true) => vec![def(S2, 3), def(S2, 4)],
        (Question::RecoveredOutage, true) => vec![def(S3, 0)],
        // Every answer was "no": a failure in production that is not serious, has a workaround or
        // redundancy, concerns management software, or shows error messages.
        _ => vec![def(S3, 1), def(S3, 2), def(S3, 3)],
    }
}

/// The answers so far; `None` is not answered yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers([Option<bool>; 7]);

impl Answers {
    pub fn get(&self, question: Question) -> Option<bool> {
        self.0[Self::index(question)]
    }

    /// Answering a question forgets the answers after it: they may no longer be asked.
    pub fn set(&mut self, question: Question, answer: Option<bool>) {
        let index = Self::index(question);
        self.0[index] = answer;
        for later in &mut self.0[index + 1..] {
            *later = None;
        }
    }

    fn index(question: Question) -> usize {
        Question::ALL
            .iter()
            .position(|q| *q == question)
            .unwrap_or(0)
    }
}

/// One of a product family's examples, by severity and 1-based position among those a visitor can
/// match, in the guide's order (content::severity::matchable): `s1-2` in a link is the second S1
/// example. For S3 and S4 these are the common examples, which the guide refers every family to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExampleRef {
    pub severity: Severity,
    pub number: u8,
}

impl ExampleRef {
    /// Reads `s1-2` (any case, trimmed); the number from 1. Whether the family has that example is
    /// for the caller to check against the content.
    pub fn parse(text: &str) -> Option<ExampleRef> {
        let (severity, number) = text.trim().split_once('-')?;
        if !severity.starts_with(['s', 'S']) {
            return None;
        }
        let severity = Severity::parse(severity)?;
        if number.is_empty() || number.len() > 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: u8 = number.parse().ok().filter(|n| *n >= 1)?;
        Some(ExampleRef { severity, number })
    }

    /// The link form, `s1-2`: part of the deep-link format, never change.
    pub fn key(self) -> String {
        format!("s{}-{}", self.severity.number(), self.number)
    }

    /// Its position in `content::severity::matchable`.
    pub const fn index(self) -> usize {
        self.number as usize - 1
    }
}

/// Why a severity is suggested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A common example an answer matched.
    Common(Definition),
    /// The family's example the visitor said matches.
    Example(ExampleRef),
}

/// How the common questions and the family's example relate, so they never disagree silently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ranking {
    /// Only one of them has decided.
    Alone,
    /// Both give the same severity.
    Agree,
    /// The family's example ranks the case higher than the questions did: the example's severity.
    RaisedByExample { questions: Severity },
    /// The example ranks it lower than the questions: the questions' (higher) severity is kept,
    /// the cautious reading.
    KeptFromQuestions { example: Severity },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub severity: Severity,
    pub reasons: Vec<Reason>,
    pub ranking: Ranking,
}

/// Where the sequence stands: the questions asked so far (answered), and either the next question or
/// the questions' suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub asked: Vec<(Question, bool)>,
    pub next: Option<Question>,
    pub suggestion: Option<Suggestion>,
}

fn from_questions(severity: Severity, reasons: Vec<Definition>) -> Option<Suggestion> {
    Some(Suggestion {
        severity,
        reasons: reasons.into_iter().map(Reason::Common).collect(),
        ranking: Ranking::Alone,
    })
}

pub fn progress(answers: &Answers) -> Progress {
    let mut asked = Vec::new();
    for question in Question::ALL {
        let Some(answer) = answers.get(question) else {
            return Progress {
                asked,
                next: Some(question),
                suggestion: None,
            };
        };
        asked.push((question, answer));
        let (ending_answer, severity) = question.ends_with();
        if answer == ending_answer {
            return Progress {
                asked,
                next: None,
                suggestion: from_questions(severity, reasons(question, answer)),
            };
        }
    }
    let last = Question::RecoveredOutage;
    Progress {
        asked,
        next: None,
        suggestion: from_questions(Severity::S3, reasons(last, false)),
    }
}

/// The suggestion from the questions and the family's example together: the higher severity of the
/// two (S1 is the highest), with the reasons of both and how they relate.
pub fn suggest(questions: Option<&Suggestion>, example: Option<ExampleRef>) -> Option<Suggestion> {
    match (questions, example) {
        (None, None) => None,
        (Some(questions), None) => Some(questions.clone()),
        (None, Some(example)) => Some(Suggestion {
            severity: example.severity,
            reasons: vec![Reason::Example(example)],
            ranking: Ranking::Alone,
        }),
        (Some(questions), Some(example)) => {
            let ranking = match example.severity.cmp(&questions.severity) {
                std::cmp::Ordering::Equal => Ranking::Agree,
                std::cmp::Ordering::Less => Ranking::RaisedByExample {
                    questions: questions.severity,
                },
                std::cmp::Ordering::Greater => Ranking::KeptFromQuestions {
                    example: example.severity,
                },
            };
            let mut reasons = vec![Reason::Example(example)];
            reasons.extend(questions.reasons.iter().copied());
            Some(Suggestion {
                severity: questions.severity.min(example.severity),
                reasons,
                ranking,
            })
        }
    }
}

/// Whether a desk is handling this severity at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    /// Around the clock, every day.
    AroundTheClock,
    /// Global TAC S2 outside the region's business hours: around the clock (best effort) only if the
    /// customer asks for it (lines 1349–1351); otherwise the desk contacts you from `from`.
    OnRequest { from: PrimitiveDateTime },
    /// Within business hours, now.
    InBusinessHours,
    /// Outside business hours: the desk contacts you from this time (the next business day, 09:00).
    From(PrimitiveDateTime),
}

/// Japan TAC: S1 24x365; S2–S4 Mon–Fri 09:00–17:00 except holidays, else from the next business day.
/// Global TAC: S1 24x365; S2 the region's business hours, and round the clock (best effort) only at
/// the customer's request; S3–S4 the region's business hours. The region is computed here as Japan
/// (the tool says so).
pub fn availability(
    desk: Desk,
    severity: Severity,
    now: PrimitiveDateTime,
    calendar: &BusinessCalendar,
) -> Result<Availability, OutOfRange> {
    Ok(match (desk, severity) {
        // The Smart Account desk has weekday hours only, whatever the severity (002 back cover).
        (Desk::Japan | Desk::Global, Severity::S1) => Availability::AroundTheClock,
        _ if calendar.in_hours(now)? => Availability::InBusinessHours,
        (Desk::Global, Severity::S2) => Availability::OnRequest {
            from: calendar.next_opening(now)?,
        },
        _ => Availability::From(calendar.next_opening(now)?),
    })
}

/// Both TAC desks at one moment: what the tool shows as "right now (JST)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DesksNow {
    pub at: PrimitiveDateTime,
    pub japan: Availability,
    pub global: Availability,
    /// Before opening on a business day the tool reads "営業時間外：翌営業日にご連絡いたします"
    /// (lines 1222, 1369) as today's opening; read literally it is the next business day's. That
    /// later moment, shown beside the answer as the cautious one.
    pub literal_next_day: Option<PrimitiveDateTime>,
}

impl DesksNow {
    /// Works out both desks once, for one reading of the clock and one calendar; `None` outside the
    /// holiday calendar's years.
    pub fn at(
        severity: Severity,
        now: PrimitiveDateTime,
        calendar: &BusinessCalendar,
    ) -> Option<DesksNow> {
        let before_opening = calendar.day_kind(now.date()).ok()? == DayKind::Business
            && now.time() < crate::rules::kernel::calendar::OPENING;
        let literal_next_day = if before_opening {
            let day = calendar.next_business_day_after(now.date()).ok()?;
            Some(PrimitiveDateTime::new(
                day,
                crate::rules::kernel::calendar::OPENING,
            ))
        } else {
            None
        };
        Some(DesksNow {
            at: now,
            japan: availability(Desk::Japan, severity, now, calendar).ok()?,
            global: availability(Desk::Global, severity, now, calendar).ok()?,
            literal_next_day,
        })
    }

    /// The cautious literal reading for a desk that is not answering now, if it differs.
    pub fn literal_for(&self, desk: Desk) -> Option<PrimitiveDateTime> {
        match self.get(desk)? {
            Availability::From(_) | Availability::OnRequest { .. } => self.literal_next_day,
            Availability::AroundTheClock | Availability::InBusinessHours => None,
        }
    }

    pub fn get(&self, desk: Desk) -> Option<Availability> {
        match desk {
            Desk::Japan => Some(self.japan),
            Desk::Global => Some(self.global),
            Desk::SmartAccount => None,
        }
    }
}

/// Must the request be opened by phone? Japan TAC: S1. Global TAC: S1 and S2. The Smart Account desk
/// takes no severities.
pub const fn phone_required(desk: Desk, severity: Severity) -> bool {
    matches!(
        (desk, severity),
        (Desk::Japan | Desk::Global, Severity::S1) | (Desk::Global, Severity::S2)
    )
}

#[cfg(test)]
mod tests {
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
            // Issue #9: round the clock only at the customer's request, not "answering now" at any hour.
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
}
