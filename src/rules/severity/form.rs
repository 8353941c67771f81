//! The severity tool's state and its deep link:
//! `#/severity?family=sdwan&example=s1-2&sev=2&desk=japan&production=yes&info=no…`.

use serde::Serialize;

use crate::rules::contract::tool_state::{Env, Params, ToolState};
use crate::rules::kernel::calendar::{parse_company_holidays, BusinessCalendar};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::jst::iso_jst;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{
    phone_required, progress, suggest, Answers, Availability, DesksNow, ExampleRef, Progress,
    Question, Suggestion,
};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeverityForm {
    pub answers: Answers,
    /// A product family slug (content::severity::FAMILIES), to show its own examples.
    pub family: Option<String>,
    /// The family's example the visitor says matches their case; always one the family has.
    pub example: Option<ExampleRef>,
    /// The visitor's own choice, which overrides the suggestion.
    pub chosen: Option<Severity>,
    /// The desk the visitor (or the link) picked; until then the UI language decides.
    pub desk: Option<Desk>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Answer(Question, Option<bool>),
    Family(Option<String>),
    /// Ignored unless the family in force has that example.
    Example(Option<ExampleRef>),
    Choose(Option<Severity>),
    Desk(Desk),
    StartOver,
}

impl crate::rules::contract::form::Form for SeverityForm {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Answer(question, answer) => self.answers.set(question, answer),
            Action::Family(family) => {
                // An example belongs to its family: another family's list is in another order.
                if family != self.family {
                    self.example = None;
                }
                self.family = family;
            }
            Action::Example(example) => {
                self.example = example.filter(|e| self.family_has(*e));
            }
            Action::Choose(severity) => self.chosen = severity,
            Action::Desk(desk) => self.desk = Some(desk),
            Action::StartOver => {
                self.answers = Answers::default();
                self.example = None;
                self.chosen = None;
            }
        }
    }
}

impl SeverityForm {
    /// The desk in force: the one picked, else the UI language's (Japan TAC in Japanese, Global TAC
    /// in English).
    pub fn desk(&self, lang: Lang) -> Desk {
        self.desk.unwrap_or(match lang {
            Lang::Ja => Desk::Japan,
            Lang::En => Desk::Global,
        })
    }

    /// The severity in force: the visitor's choice, else the suggestion. (The tool reads it from
    /// its evaluation, which works out the questions once; the tests ask one thing at a time.)
    #[cfg(test)]
    pub fn severity(&self) -> Option<Severity> {
        self.chosen
            .or_else(|| self.suggestion().map(|s| s.severity))
    }

    /// What the questions and the family's example suggest together.
    #[cfg(test)]
    pub fn suggestion(&self) -> Option<Suggestion> {
        suggest(progress(&self.answers).suggestion.as_ref(), self.example)
    }

    fn family_has(&self, example: ExampleRef) -> bool {
        self.family
            .as_deref()
            .and_then(crate::content::severity::family)
            .is_some_and(|family| {
                example.index()
                    < crate::content::severity::matchable(family, example.severity).len()
            })
    }

    /// With a family chosen but none of its examples yet, and a suggestion below S1: the visitor
    /// should check the family's S1 examples before relying on it, as the family may rank the case
    /// higher (lines 825–827).
    #[cfg(test)]
    pub fn should_check_s1_examples(&self) -> bool {
        self.check_s1_examples(self.suggestion().as_ref())
    }

    fn check_s1_examples(&self, suggestion: Option<&Suggestion>) -> bool {
        self.family.is_some()
            && self.example.is_none()
            && suggestion.is_some_and(|s| s.severity > Severity::S1)
    }
}

const FAMILY: &str = "family";
const EXAMPLE: &str = "example";
const SEVERITY: &str = "sev";
const DESK: &str = "desk";

/// The tool's result for host pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SeverityResult {
    /// The severity in force (`S1`–`S4`): the visitor's choice, else the suggestion.
    pub severity: Option<&'static str>,
    /// What the questions suggest, when they have led to one.
    pub suggested: Option<&'static str>,
    /// The desk the result card is for: `japan` or `global`.
    pub desk: &'static str,
    pub family: Option<String>,
    /// The family's example the visitor says matches (`s1-2`: the second S1 example).
    pub example: Option<String>,
    /// The guide makes the phone mandatory at this desk and severity.
    pub phone_required: bool,
    /// `around-the-clock`, `in-business-hours`, `on-request` or `outside-hours`, now; `None` without
    /// a severity or a clock, or outside the holiday calendar's years.
    pub availability: Option<&'static str>,
    /// When the desk next opens, if it is not answering now (ISO 8601, JST).
    pub next_opening: Option<String>,
}

/// What the severity tool works out, once per render: the questions' progress, the suggestion, the
/// severity and desk in force, and where both desks stand at the one reading of the clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeverityEvaluation {
    pub progress: Progress,
    pub suggestion: Option<Suggestion>,
    pub severity: Option<Severity>,
    pub desk: Desk,
    /// Both desks at `env.now` for the severity in force; `None` without a severity or a clock.
    pub now: Option<DesksNow>,
    pub check_s1_examples: bool,
    /// How many of the host's company holidays could not be read: `now` leaves them out, and the
    /// tool says so (the delivery tool names them next to its field).
    pub unread_company_holidays: usize,
}

impl ToolState for SeverityForm {
    type Evaluation = SeverityEvaluation;
    type Result = SeverityResult;

    fn from_params(params: &[(String, String)], _env: &Env) -> Self {
        let mut form = SeverityForm::default();
        // Answers are applied in question order, so a link's later answers are not forgotten.
        let mut answers: Vec<(Question, bool)> = Vec::new();
        let mut example = None;
        for (key, value) in params {
            match key.as_str() {
                FAMILY if crate::content::severity::family(value).is_some() => {
                    form.family = Some(value.to_ascii_lowercase())
                }
                EXAMPLE => example = ExampleRef::parse(value),
                SEVERITY => form.chosen = Severity::parse(value),
                DESK => form.desk = Desk::parse(value).filter(|desk| desk.is_tac()),
                _ => {
                    if let Some(question) = Question::ALL.into_iter().find(|q| q.key() == key) {
                        match value.as_str() {
                            "yes" | "1" => answers.push((question, true)),
                            "no" | "0" => answers.push((question, false)),
                            _ => {}
                        }
                    }
                }
            }
        }
        for question in Question::ALL {
            if let Some((_, answer)) = answers.iter().find(|(q, _)| *q == question) {
                form.answers.set(question, Some(*answer));
            }
        }
        // After the family, whatever the order in the link.
        form.example = example.filter(|e| form.family_has(*e));
        form
    }

    fn to_params(&self, _env: &Env) -> Params {
        let mut params = Vec::new();
        if let Some(family) = &self.family {
            params.push((FAMILY.to_owned(), family.clone()));
        }
        if let Some(example) = self.example {
            params.push((EXAMPLE.to_owned(), example.key()));
        }
        if let Some(severity) = self.chosen {
            params.push((SEVERITY.to_owned(), severity.number().to_string()));
        }
        if let Some(desk) = self.desk {
            params.push((DESK.to_owned(), desk.key().to_owned()));
        }
        for (question, answer) in progress(&self.answers).asked {
            params.push((
                question.key().to_owned(),
                if answer { "yes" } else { "no" }.to_owned(),
            ));
        }
        params
    }

    /// The questions' progress is worked out once here; `severity()`, `suggestion()` and
    /// `should_check_s1_examples()` say the same for one question at a time.
    fn evaluate(&self, env: &Env) -> SeverityEvaluation {
        let progress = progress(&self.answers);
        let suggestion = suggest(progress.suggestion.as_ref(), self.example);
        let severity = self.chosen.or(suggestion.as_ref().map(|s| s.severity));
        let (company_holidays, unread) = parse_company_holidays(&env.settings.company_holidays);
        let calendar = BusinessCalendar::new(company_holidays);
        let now = severity
            .zip(env.now)
            .and_then(|(severity, now)| DesksNow::at(severity, now, &calendar));
        let check_s1_examples = self.check_s1_examples(suggestion.as_ref());
        SeverityEvaluation {
            progress,
            suggestion,
            severity,
            desk: self.desk(env.lang),
            now,
            check_s1_examples,
            unread_company_holidays: unread.len(),
        }
    }

    fn result(&self, evaluation: &SeverityEvaluation) -> SeverityResult {
        let severity = evaluation.severity;
        let desk = evaluation.desk;
        let availability = evaluation.now.and_then(|now| now.get(desk));
        SeverityResult {
            severity: severity.map(Severity::label),
            suggested: evaluation.suggestion.as_ref().map(|s| s.severity.label()),
            desk: desk.key(),
            family: self.family.clone(),
            example: self.example.map(ExampleRef::key),
            phone_required: severity.is_some_and(|severity| phone_required(desk, severity)),
            availability: availability.map(|a| match a {
                Availability::AroundTheClock => "around-the-clock",
                Availability::InBusinessHours => "in-business-hours",
                Availability::OnRequest { .. } => "on-request",
                Availability::From(_) => "outside-hours",
            }),
            next_opening: availability.and_then(|a| match a {
                Availability::OnRequest { from } | Availability::From(from) => Some(iso_jst(from)),
                _ => None,
            }),
        }
    }

    fn unchanged(&self) -> Action {
        Action::Choose(self.chosen)
    }

    /// The first edit is an answer, a click on a radio button.
    const FIRST_EDIT_IS_TYPING: bool = false;

    fn rehearsal(&self) -> Action {
        let first = Question::Production;
        Action::Answer(first, Some(self.answers.get(first) != Some(true)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::contract::form::Form;
    use crate::rules::contract::tool_state::testing::ResultIn;
    use crate::rules::contract::tool_state::{testing, Env};
    use crate::rules::params;
    use time::macros::datetime;

    fn from_params(params: &[(String, String)]) -> SeverityForm {
        SeverityForm::from_params(params, &testing::env(None))
    }

    fn to_params(form: &SeverityForm) -> Params {
        form.to_params(&testing::env(None))
    }

    #[test]
    fn a_link_with_family_severity_and_desk_opens_the_tool_at_that_point() {
        let form = from_params(&params(&[
            ("family", "sdwan"),
            ("sev", "2"),
            ("desk", "japan"),
        ]));
        assert_eq!(form.family.as_deref(), Some("sdwan"));
        assert_eq!(form.severity(), Some(Severity::S2));
        assert_eq!(form.desk, Some(Desk::Japan));
    }

    /// Until the visitor or the link picks a desk, the UI language decides: Japan TAC in Japanese,
    /// Global TAC in English; the link then carries no desk.
    #[test]
    fn the_desk_follows_the_language_until_one_is_picked() {
        let mut form = from_params(&params(&[("sev", "1")]));
        assert_eq!(form.desk, None);
        assert_eq!(form.desk(Lang::Ja), Desk::Japan);
        assert_eq!(form.desk(Lang::En), Desk::Global);
        assert_eq!(to_params(&form), params(&[("sev", "1")]));
        let english = Env {
            lang: Lang::En,
            ..testing::env(None)
        };
        let result = form.result_in(&english);
        assert_eq!((result.desk, result.phone_required), ("global", true));
        form.apply(Action::Desk(Desk::Japan));
        assert_eq!(form.desk(Lang::En), Desk::Japan);
        assert_eq!(to_params(&form), params(&[("sev", "1"), ("desk", "japan")]));
    }

    /// A host's company holidays that cannot be read are counted, and the readable ones still
    /// close the desk: 30 Dec 2026 (a Wednesday) at 11:00, S3 at Japan TAC.
    #[test]
    fn unreadable_company_holidays_are_counted_and_the_rest_still_count() {
        let settings = testing::host_settings("2026-13-45, 2026-12-30, someday");
        let env = testing::env_with(&settings, Some(datetime!(2026-12-30 11:00)));
        let form = from_params(&params(&[("sev", "3")]));
        let evaluation = form.evaluate(&env);
        assert_eq!(evaluation.unread_company_holidays, 2);
        // Closed on the 30th, a company holiday here; open again on Thursday the 31st.
        assert_eq!(
            evaluation.now.and_then(|now| now.get(Desk::Japan)),
            Some(crate::rules::severity::Availability::From(
                datetime!(2026-12-31 09:00)
            ))
        );
        assert_eq!(
            form.evaluate(&testing::env(None)).unread_company_holidays,
            0
        );
    }

    #[test]
    fn answers_round_trip_through_the_link() {
        let mut form = SeverityForm::default();
        form.apply(Action::Answer(Question::Production, Some(true)));
        form.apply(Action::Answer(Question::InformationOnly, Some(false)));
        form.apply(Action::Answer(Question::ServiceDown, Some(true)));
        form.apply(Action::Desk(Desk::Global));
        assert_eq!(form.severity(), Some(Severity::S1));
        let link = to_params(&form);
        assert_eq!(
            link,
            params(&[
                ("desk", "global"),
                ("production", "yes"),
                ("info", "no"),
                ("down", "yes")
            ])
        );
        assert_eq!(from_params(&link), form);
        // Out of order in the link, still applied in question order.
        let shuffled = params(&[("down", "yes"), ("info", "no"), ("production", "yes")]);
        assert_eq!(from_params(&shuffled).severity(), Some(Severity::S1));
    }

    #[test]
    fn the_visitors_choice_overrides_and_unknown_values_are_ignored() {
        let mut form = from_params(&params(&[
            ("production", "no"),
            ("family", "toasters"),
            ("desk", "mars"),
            ("sev", "9"),
        ]));
        assert_eq!(form.severity(), Some(Severity::S4));
        assert_eq!(
            (form.family.clone(), form.desk, form.chosen),
            (None, None, None)
        );
        form.apply(Action::Choose(Some(Severity::S3)));
        assert_eq!(form.severity(), Some(Severity::S3));
        form.apply(Action::StartOver);
        assert_eq!(form.severity(), None);
    }

    /// `#/severity?family=router-switch&example=s1-2`: Router/Switch's second S1 example (line
    /// 1766), S1 and the phone at Japan TAC, though the common questions would say S2.
    #[test]
    fn a_family_example_in_the_link_sets_the_severity() {
        let env = testing::env(Some(datetime!(2026-11-22 02:00)));
        let form = from_params(&params(&[("family", "router-switch"), ("example", "s1-2")]));
        assert_eq!(form.severity(), Some(Severity::S1));
        let result = form.result_in(&env);
        assert_eq!(
            (
                result.severity,
                result.example.as_deref(),
                result.phone_required
            ),
            (Some("S1"), Some("s1-2"), true)
        );
        assert_eq!(result.desk, "japan");
        testing::round_trips(&form, &env);
        // With the common questions answered "a specific function is unusable": still S1.
        let both = from_params(&params(&[
            ("example", "s1-2"),
            ("family", "router-switch"),
            ("production", "yes"),
            ("info", "no"),
            ("down", "no"),
            ("redundancy", "no"),
            ("function", "yes"),
        ]));
        assert_eq!(both.severity(), Some(Severity::S1));
        assert_eq!(
            both.suggestion().map(|s| s.ranking),
            Some(crate::rules::severity::Ranking::RaisedByExample {
                questions: Severity::S2
            })
        );
        // The same answers without the example: S2, and the tool asks to check the S1 examples.
        let mut unchecked = both.clone();
        unchecked.apply(Action::Example(None));
        assert_eq!(unchecked.severity(), Some(Severity::S2));
        assert!(unchecked.should_check_s1_examples());
        assert!(!both.should_check_s1_examples());
    }

    #[test]
    fn an_example_the_family_does_not_have_is_ignored() {
        let cases: &[&[(&str, &str)]] = &[
            &[("family", "router-switch"), ("example", "s1-3")],
            &[("family", "router-switch"), ("example", "s3-5")],
            &[("example", "s1-1")],
            &[("family", "toasters"), ("example", "s1-1")],
            &[("family", "wireless"), ("example", "s1-1x")],
        ];
        for link in cases {
            let form = from_params(&params(link));
            assert_eq!(form.example, None, "{link:?}");
            assert_eq!(form.severity(), None, "{link:?}");
        }
        // Wireless: the S1 definition and its six "[例]" are seven examples; S3 has the common four.
        let wireless = from_params(&params(&[("family", "wireless"), ("example", "s1-7")]));
        assert_eq!(wireless.severity(), Some(Severity::S1));
        let s3 = from_params(&params(&[("family", "wireless"), ("example", "s3-4")]));
        assert_eq!(s3.severity(), Some(Severity::S3));
        // Security S2: the heading "以下のような事象により…" is not an example; its four are.
        let security = from_params(&params(&[("family", "security"), ("example", "s2-5")]));
        assert_eq!(security.severity(), Some(Severity::S2));
        let mut other = security.clone();
        other.apply(Action::Family(Some("mobile".into())));
        assert_eq!(other.example, None, "another family forgets the example");
        other.apply(Action::Example(ExampleRef::parse("s2-3")));
        assert_eq!(other.example, None, "Mobile has two S2 examples");
    }

    /// The result as a host page reads it. Global TAC S2 on a Saturday: round the clock only on
    /// request, next opening Monday 09:00 JST (24 Nov 2026: 23 Nov is a holiday, so Tuesday).
    #[test]
    fn the_result_for_host_pages() {
        let mut form = from_params(&params(&[
            ("family", "sdwan"),
            ("desk", "global"),
            ("production", "yes"),
            ("info", "no"),
            ("down", "no"),
            ("redundancy", "yes"),
        ]));
        let env = testing::env(Some(datetime!(2026-11-21 11:00)));
        assert_eq!(
            testing::json(&form, &env),
            serde_json::json!({
                "severity": "S2",
                "suggested": "S2",
                "desk": "global",
                "family": "sdwan",
                "example": null,
                "phoneRequired": true,
                "availability": "on-request",
                "nextOpening": "2026-11-24T09:00:00+09:00",
            })
        );
        testing::round_trips(&form, &env);
        form.apply(Action::Choose(Some(Severity::S4)));
        form.apply(Action::Desk(Desk::Japan));
        let result = form.result_in(&env);
        assert_eq!(
            (result.severity, result.suggested, result.phone_required),
            (Some("S4"), Some("S2"), false)
        );
        assert_eq!(
            form.result_in(&testing::env(None)).availability,
            None,
            "no clock, no availability"
        );
    }
}
