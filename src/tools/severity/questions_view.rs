use yew::prelude::*;

use crate::rules::kernel::lang::Lang;

use crate::content::severity::{self as content, tac};
use crate::i18n::{tr, Key};
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::form::Action;
use crate::rules::severity::{Answers, Progress, Question, Ranking, Suggestion};
use crate::ui::cited::readings;
use crate::ui::fields::{choose, severity_choices, Choice, RadioGroup};

pub struct QuestionsViewProps {
    pub answers: Answers,
    pub progress: Progress,
    /// The questions' and the family example's suggestion together.
    pub suggestion: Option<Suggestion>,
    pub family: Option<String>,
    /// With a family but none of its examples picked, below S1: check the family's S1 examples.
    pub check_s1_examples: bool,
    pub chosen: Option<Severity>,
    pub on_action: Callback<Action>,
}

/// The questions asked so far (each can be changed) and the next one; then the suggestion with the
/// examples that matched, and the visitor's own choice.
pub fn questions_view(lang: Lang, props: &QuestionsViewProps) -> Html {
    let shown: Vec<Question> = props
        .progress
        .asked
        .iter()
        .map(|(q, _)| *q)
        .chain(props.progress.next)
        .collect();
    let questions = shown.into_iter().enumerate().map(|(index, question)| {
        let answer = props.answers.get(question);
        let name = format!("sw-sv-q-{}", question.key());
        let yes_no = vec![Choice::new("yes", tr(lang, Key::Yes)), Choice::new("no", tr(lang, Key::No))];
        let selected = answer.map(|yes| AttrValue::Static(if yes { "yes" } else { "no" }));
        let on_answer = choose(vec![true, false], props.on_action.reform(move |yes: bool| Action::Answer(question, Some(yes))));
        let legend = html! { <>{ format!("{}. ", index + 1) }{ tac::question(question).get(lang) }</> };
        // Keyed: yew matches unkeyed list items from the end, so appending the next question would
        // otherwise reuse the focused radio button's node for the new question and move focus there.
        html! {
            <li key={question.key()}>
                <RadioGroup name={name.clone()} {legend} choices={yes_no} {selected} on_change={on_answer} class="sw-question" testid={name.clone()} />
            </li>
        }
    });
    let suggestion = props.suggestion.as_ref().map(|suggestion| {
        let reasons = suggestion
            .reasons
            .iter()
            .filter_map(|reason| content::reason_text(lang, props.family.as_deref(), *reason));
        let ranking = match suggestion.ranking {
            Ranking::RaisedByExample { questions } => Some((Key::RaisedByExample, questions)),
            Ranking::KeptFromQuestions { example } => Some((Key::KeptFromQuestions, example)),
            Ranking::Alone | Ranking::Agree => None,
        };
        html! {
            <div class="sw-ok" data-testid="sw-sv-suggestion">
                <p><strong>{ tr(lang, Key::SuggestedSeverity) }{ format!(": {}", suggestion.severity.label()) }</strong></p>
                if let Some((key, other)) = ranking {
                    <p data-testid="sw-sv-ranking">{ tr(lang, key) }{ format!(" {}", other.label()) }</p>
                }
                <p>{ tr(lang, Key::MatchedExamples) }</p>
                <ul class="sw-list">{ for reasons.map(|text| html! { <li>{ text }</li> }) }</ul>
                if props.check_s1_examples {
                    <p class="sw-note" data-testid="sw-sv-check-family">{ tr(lang, Key::CheckFamilyExamples) }</p>
                }
            </div>
        }
    });
    let current = props
        .chosen
        .or(props.suggestion.as_ref().map(|s| s.severity));
    let start_over = props.on_action.reform(|_: MouseEvent| Action::StartOver);
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-sv-questions-title">
            <h3 id="sw-sv-questions-title" class="sw-section-title">{ tr(lang, Key::QuestionsHeading) }</h3>
            <ol class="sw-questions">{ for questions }</ol>
            // The answer itself is announced by the card above (the tool's live region).
            <div class="sw-suggestion-slot">
                if let Some(suggestion) = suggestion { { suggestion } }
            </div>
            <RadioGroup name="sw-sv-sev" legend={html! { tr(lang, Key::YourSeverity) }} choices={severity_choices()}
                selected={current.map(|severity| AttrValue::from(severity.number().to_string()))}
                on_change={choose(Severity::ALL.to_vec(), props.on_action.reform(|severity: Severity| Action::Choose(Some(severity))))} />
            if !props.progress.asked.is_empty() || props.chosen.is_some() || props.suggestion.is_some() {
                <button type="button" class="sw-button sw-button--secondary" onclick={start_over} data-testid="sw-sv-start-over">{ tr(lang, Key::StartOver) }</button>
            }
            { readings(lang, content::READINGS, "sw-sv-question-readings") }
        </section>
    }
}
