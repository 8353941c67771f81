use yew::prelude::*;

use crate::ui::rich::rich;

use super::calendar_strip::calendar_strip;
use crate::browser::clock::in_visitor_zone;
use crate::content::delivery as text;
use crate::i18n::{format, tr, Key};
use crate::rules::delivery::form::Checked;
use crate::rules::delivery::{Answer, Arrival, DeliveryError, Promise, Request};
use crate::rules::kernel::calendar::BusinessCalendar;
use crate::rules::kernel::lang::Lang;
use crate::ui::cited::{cited_list, readings};

/// The answer and how it was worked out, from what the form's check found. A plain function, not a
/// component: it holds no state, and reads the evaluation where it is instead of copies of it.
pub fn result_view(
    lang: Lang,
    checked: &Checked,
    answer: Option<&Result<Answer, DeliveryError>>,
) -> Html {
    // The first line of the answer sits in a live region that stays in the page, so screen readers
    // hear each new answer; the details follow outside it.
    let (headline, body) = match (&checked.request, answer) {
        (Some(request), Some(Ok(answer))) => {
            let promise = answer.promise();
            let headline = match text::no_arrival(lang, promise) {
                // Where the guide gives no arrival, none is shown: when parts can be asked for instead.
                Some(line) => html! {
                    // Not an error of the visitor's: the state of the contract, in the note colour.
                    <p class="sw-answer sw-answer--note" data-testid="delivery-arrival" data-promise="none">{ line }</p>
                },
                None => {
                    html! { <p class="sw-answer" data-testid="delivery-arrival" data-promise="arrival">{ arrival_headline(lang, answer) }</p> }
                }
            };
            (
                headline,
                answer_view(lang, request, answer, promise, &checked.calendar),
            )
        }
        (_, Some(Err(error))) => (
            html! { <p class="sw-error" data-testid="delivery-error">{ text::delivery_error(lang, *error) }</p> },
            html! {},
        ),
        _ => {
            let waiting = if checked.needs_corrections() {
                Key::FormNeedsCorrections
            } else {
                Key::FormIncomplete
            };
            (
                html! { <p class="sw-hint" data-testid="delivery-incomplete">{ tr(lang, waiting) }</p> },
                html! {},
            )
        }
    };
    let company = checked.calendar.company_holidays();
    let company_note = if company.is_empty() {
        html! { <p class="sw-note" data-testid="company-holidays-note">{ tr(lang, Key::CompanyHolidaysNone) }</p> }
    } else {
        let ranges: Vec<String> = company
            .iter()
            .map(|range| {
                if range.first == range.last {
                    format::date(lang, range.first)
                } else {
                    format!(
                        "{} – {}",
                        format::date(lang, range.first),
                        format::date(lang, range.last)
                    )
                }
            })
            .collect();
        html! {
            <p class="sw-hint" data-testid="company-holidays-note">{ tr(lang, Key::CompanyHolidaysSome) }{ " " }{ ranges.join(", ") }</p>
        }
    };
    html! {
        <section class="sw-result" aria-labelledby="sw-dl-result-title" data-testid="delivery-result">
            <h3 id="sw-dl-result-title" class="sw-section-title">{ tr(lang, Key::ResultHeading) }</h3>
            <div class="sw-live" aria-live="polite" data-testid="delivery-live">{ headline }</div>
            { body }
            { company_note }
            { readings(lang, text::READINGS, "delivery-readings") }
        </section>
    }
}

/// The arrival as a `<time>` (JST, with its offset): a time, or a day.
fn arrival_headline(lang: Lang, answer: &Answer) -> Html {
    match answer.arrival {
        Arrival::By(at) => html! {
            <time datetime={crate::rules::kernel::jst::iso_jst(at)}>{ text::arrival(lang, answer.arrival) }</time>
        },
        Arrival::Day(date) => html! {
            <time datetime={crate::rules::kernel::jst::iso_date(date)}>{ text::arrival(lang, answer.arrival) }</time>
        },
    }
}

fn answer_view(
    lang: Lang,
    request: &Request,
    answer: &Answer,
    promise: Promise,
    calendar: &BusinessCalendar,
) -> Html {
    if !matches!(promise, Promise::Arrival(_)) {
        return no_arrival_view(lang, answer);
    }
    // The arrival, the engineer's window and the return deadline as a calendar file, made here.
    let calendar_file = {
        let events = text::calendar_events(lang, request, answer);
        Callback::from(move |_: MouseEvent| {
            let stamp = crate::browser::clock::jst_now().unwrap_or(time::PrimitiveDateTime::MIN);
            let file = crate::rules::delivery::ics::calendar(&events, stamp);
            crate::browser::files::download(
                "support-delivery.ics",
                "text/calendar;charset=utf-8",
                &file,
            );
        })
    };
    let latest = answer.arrival.latest();
    let visitor_zone = in_visitor_zone(latest).map(|(local, offset)| {
        let zone = crate::rules::kernel::jst::utc_offset_label(offset);
        let local_text = match answer.arrival {
            Arrival::By(_) => format::date_time(lang, local),
            // A day's window 09:00–17:00 JST, in the visitor's zone.
            Arrival::Day(date) => {
                let from = in_visitor_zone(time::PrimitiveDateTime::new(date, crate::rules::kernel::calendar::OPENING)).map(|(l, _)| l);
                match from {
                    Some(from) => format!("{} – {}", format::date_time(lang, from), format::date_time(lang, local)),
                    None => format::date_time(lang, local),
                }
            }
        };
        html! {
            <p class="sw-hint" data-testid="delivery-visitor-zone">{ tr(lang, Key::InYourTimeZone) }{ format!(" ({zone}): {local_text}") }</p>
        }
    });
    let contract_notes: Vec<Html> = answer
        .contract
        .iter()
        .map(|note| html! { <li>{ text::contract(lang, note) }</li> })
        .collect();
    let desired = answer.desired.map(|verdict| {
        let (sentence, is_error) = text::desired(lang, &verdict);
        html! {
            <>
                <h4 class="sw-subtitle">{ tr(lang, Key::DesiredHeading) }</h4>
                <p class={if is_error { "sw-error" } else { "sw-ok" }} data-testid="delivery-desired">{ sentence }</p>
            </>
        }
    });
    html! {
        <>
            if let Some(visitor_zone) = visitor_zone { { visitor_zone } }
            if let Some(literal) = answer.cautious {
                <p class="sw-note" data-testid="delivery-cautious">{ text::cautious(lang, request.level, literal) }</p>
            }
            <p class="sw-hint" data-testid="delivery-start">
                { tr(lang, Key::ClockStarts) }{ ": " }
                <time datetime={crate::rules::kernel::jst::iso_jst(answer.effective_start)}>{ format::date_time(lang, answer.effective_start) }</time>
            </p>
            <h4 class="sw-subtitle">{ tr(lang, Key::StepsHeading) }</h4>
            <ol class="sw-steps" data-testid="delivery-steps">
                { for answer.steps.iter().map(|step| html! { <li>{ text::step(lang, step) }</li> }) }
            </ol>
            { calendar_strip(lang, request.arranged_at.date(), answer.arrival.date(), calendar) }
            if let Some(desired) = desired { { desired } }
            if !contract_notes.is_empty() {
                <h4 class="sw-subtitle">{ tr(lang, Key::ContractHeading) }</h4>
                <ul class="sw-list" data-testid="delivery-contract">{ for contract_notes }</ul>
            }
            <div class="sw-row sw-actions">
                <button type="button" class="sw-button sw-button--secondary" onclick={calendar_file} data-testid="delivery-ics">
                    { tr(lang, Key::CalendarFileButton) }
                </button>
                <button type="button" class="sw-button sw-button--secondary" onclick={Callback::from(|_: MouseEvent| crate::browser::print())}
                    data-testid="delivery-print">{ tr(lang, Key::PrintButton) }</button>
            </div>
            <h4 class="sw-subtitle">{ tr(lang, Key::FieldEngineerHeading) }</h4>
            <p data-testid="delivery-field-engineer">{ text::field_engineer(lang, answer.field_engineer) }</p>
            <h4 class="sw-subtitle">{ tr(lang, Key::ReturnHeading) }</h4>
            <p data-testid="delivery-return">{ text::return_deadline(lang, answer.return_deadline) }</p>
            { cited_list(lang, text::RETURN_FACTS, Some("delivery-return-facts")) }
            { caveats_and_facts(lang, answer) }
        </>
    }
}

/// What stays true with or without an arrival: the guide's caveats and its facts on replacements.
fn caveats_and_facts(lang: Lang, answer: &Answer) -> Html {
    html! {
        <>
            <h4 class="sw-subtitle">{ tr(lang, Key::CaveatsHeading) }</h4>
            <ul class="sw-list" data-testid="delivery-caveats">
                { for answer.caveats.iter().map(|caveat| html! { <li>{ rich(text::caveat(*caveat).get(lang)) }</li> }) }
            </ul>
            <h4 class="sw-subtitle">{ tr(lang, Key::GoodToKnowHeading) }</h4>
            { cited_list(lang, text::FACTS, Some("delivery-facts")) }
        </>
    }
}

/// No arrival to present: the contract findings that say why and from when, and what stays true
/// (the caveats and the guide's facts); no engineer's window, calendar strip or calendar file.
fn no_arrival_view(lang: Lang, answer: &Answer) -> Html {
    html! {
        <>
            <h4 class="sw-subtitle">{ tr(lang, Key::ContractHeading) }</h4>
            <ul class="sw-list" data-testid="delivery-contract">
                { for answer.contract.iter().map(|note| html! { <li>{ text::contract(lang, note) }</li> }) }
            </ul>
            { caveats_and_facts(lang, answer) }
        </>
    }
}
