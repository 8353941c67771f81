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
mod tests;
