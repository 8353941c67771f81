//! The severity tool's state and its deep link:
//! `#/severity?family=sdwan&sev=2&desk=japan&production=yes&info=no…`.

use super::desk::Desk;
use super::severity::Severity;
use super::severity_guide::{progress, Answers, Question};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeverityForm {
    pub answers: Answers,
    /// A product family slug (content::severity::FAMILIES), to show its own examples.
    pub family: Option<String>,
    /// The visitor's own choice, which overrides the suggestion.
    pub chosen: Option<Severity>,
    pub desk: Desk,
}

impl Default for SeverityForm {
    fn default() -> Self {
        SeverityForm {
            answers: Answers::default(),
            family: None,
            chosen: None,
            desk: Desk::Japan,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Answer(Question, Option<bool>),
    Family(Option<String>),
    Choose(Option<Severity>),
    Desk(Desk),
    StartOver,
}

impl super::form::Form for SeverityForm {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Answer(question, answer) => self.answers.set(question, answer),
            Action::Family(family) => self.family = family,
            Action::Choose(severity) => self.chosen = severity,
            Action::Desk(desk) => self.desk = desk,
            Action::StartOver => {
                self.answers = Answers::default();
                self.chosen = None;
            }
        }
    }
}

impl SeverityForm {
    /// The severity in force: the visitor's choice, else the suggestion.
    pub fn severity(&self) -> Option<Severity> {
        self.chosen
            .or_else(|| progress(&self.answers).suggestion.map(|s| s.severity))
    }
}

const FAMILY: &str = "family";
const SEVERITY: &str = "sev";
const DESK: &str = "desk";

pub fn from_params(
    params: &[(String, String)],
    known_family: impl Fn(&str) -> bool,
) -> SeverityForm {
    let mut form = SeverityForm::default();
    // Answers are applied in question order, so a link's later answers are not forgotten.
    let mut answers: Vec<(Question, bool)> = Vec::new();
    for (key, value) in params {
        match key.as_str() {
            FAMILY if known_family(value) => form.family = Some(value.to_ascii_lowercase()),
            SEVERITY => form.chosen = Severity::parse(value),
            DESK => {
                form.desk = Desk::parse(value)
                    .filter(|desk| desk.is_tac())
                    .unwrap_or(Desk::Japan)
            }
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
    form
}

pub fn to_params(form: &SeverityForm) -> Vec<(String, String)> {
    let mut params = Vec::new();
    if let Some(family) = &form.family {
        params.push((FAMILY.to_owned(), family.clone()));
    }
    if let Some(severity) = form.chosen {
        params.push((SEVERITY.to_owned(), severity.number().to_string()));
    }
    params.push((DESK.to_owned(), form.desk.key().to_owned()));
    for (question, answer) in progress(&form.answers).asked {
        params.push((
            question.key().to_owned(),
            if answer { "yes" } else { "no" }.to_owned(),
        ));
    }
    params
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::form::Form;
    use crate::domain::params;

    #[test]
    fn the_issues_link_opens_the_tool_at_that_point() {
        let form = from_params(
            &params(&[("family", "sdwan"), ("sev", "2"), ("desk", "japan")]),
            |f| f == "sdwan",
        );
        assert_eq!(form.family.as_deref(), Some("sdwan"));
        assert_eq!(form.severity(), Some(Severity::S2));
        assert_eq!(form.desk, Desk::Japan);
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
        assert_eq!(from_params(&link, |_| true), form);
        // Out of order in the link, still applied in question order.
        let shuffled = params(&[("down", "yes"), ("info", "no"), ("production", "yes")]);
        assert_eq!(
            from_params(&shuffled, |_| true).severity(),
            Some(Severity::S1)
        );
    }

    #[test]
    fn the_visitors_choice_overrides_and_unknown_values_are_ignored() {
        let mut form = from_params(
            &params(&[
                ("production", "no"),
                ("family", "toasters"),
                ("desk", "mars"),
                ("sev", "9"),
            ]),
            |_| false,
        );
        assert_eq!(form.severity(), Some(Severity::S4));
        assert_eq!(
            (form.family.clone(), form.desk, form.chosen),
            (None, Desk::Japan, None)
        );
        form.apply(Action::Choose(Some(Severity::S3)));
        assert_eq!(form.severity(), Some(Severity::S3));
        form.apply(Action::StartOver);
        assert_eq!(form.severity(), None);
    }
}
