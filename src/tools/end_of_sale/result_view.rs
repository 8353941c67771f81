use yew::prelude::*;

use crate::content::end_of_sale as text;
use crate::i18n::{format, tr, Key};
use crate::rules::end_of_sale::{Answer, Status};
use crate::rules::kernel::lang::Lang;
use crate::ui::cited::{citation, cited_list, readings};

/// The periods as a table, the price rises, and the guide's notes. The region stays in the page (a
/// live region), its content changing as the dates are typed. A plain function, not a component:
/// it holds no state, and a component costs its lifecycle code in the module (ARCHITECTURE.md).
pub fn result_view(lang: Lang, answer: Option<&Answer>) -> Html {
    let body = match answer {
        None => {
            html! { <p class="sw-hint" data-testid="eos-pending">{ tr(lang, Key::EosPending) }</p> }
        }
        Some(answer) => answer_view(lang, answer),
    };
    html! {
        <section class="sw-result" aria-labelledby="sw-eos-result-title" data-testid="eos-result">
            <h3 id="sw-eos-result-title" class="sw-section-title">{ tr(lang, Key::EosResultHeading) }</h3>
            <div class="sw-live" aria-live="polite" data-testid="eos-live">{ body }</div>
            <h4 class="sw-subtitle">{ tr(lang, Key::EosRuleHeading) }</h4>
            { cited_list(lang, &[text::RULE, text::LIMITED_AFTER_EOSM], Some("eos-rule")) }
            <h4 class="sw-subtitle">{ tr(lang, Key::EosAfterHeading) }</h4>
            { cited_list(lang, text::FACTS, Some("eos-facts")) }
            { readings(lang, text::READINGS, "eos-readings") }
        </section>
    }
}

fn answer_view(lang: Lang, answer: &Answer) -> Html {
    let rows = answer.periods.iter().map(|period| {
        let status = match period.status {
            Some(Status::Open { limited: false }) => html! { <span class="sw-ok-text">{ tr(lang, Key::EosOpen) }</span> },
            Some(Status::Open { limited: true }) => html! { <span class="sw-warn-text">{ tr(lang, Key::EosLimited) }</span> },
            Some(Status::Ended) => html! { <span class="sw-error-text">{ tr(lang, Key::EosEnded) }</span> },
            None => html! {},
        };
        html! {
            <tr data-testid={format!("eos-row-{}", period.category.key())}>
                <th scope="row">{ text::category(period.category).get(lang) }</th>
                <td>{ text::period(lang, period.category) }</td>
                <td><time datetime={crate::rules::kernel::jst::iso_date(period.until)}>{ format::date(lang, period.until) }</time></td>
                <td>{ status }</td>
            </tr>
        }
    });
    let rises = answer.price_rises.iter().map(|day| {
        html! {
            <li><time datetime={crate::rules::kernel::jst::iso_date(*day)}>{ format::date(lang, *day) }</time></li>
        }
    });
    let headline = text::headline(lang, answer).map(|(sentence, cautious)| {
        html! {
            <>
                <p class="sw-answer" data-testid="eos-headline">{ sentence }</p>
                <p class="sw-hint" data-testid="eos-cautious">{ cautious }</p>
            </>
        }
    });
    html! {
        <>
            if let Some(headline) = headline { { headline } }
            <table class="sw-table sw-table--periods" data-testid="eos-periods">
                <caption>
                    { tr(lang, Key::EosTableCaption) }{ " " }
                    <time datetime={crate::rules::kernel::jst::iso_date(answer.end_of_sale)}>{ format::date(lang, answer.end_of_sale) }</time>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, Key::EosColumnProblem) }</th>
                        <th scope="col">{ tr(lang, Key::EosColumnPeriod) }</th>
                        <th scope="col">{ tr(lang, Key::EosColumnUntil) }</th>
                        <th scope="col">{ tr(lang, Key::EosColumnToday) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(eosm) = answer.end_of_sw_maintenance {
                <p class="sw-note" data-testid="eos-eosm">
                    { tr(lang, Key::EosmFrom) }{ " " }<time datetime={crate::rules::kernel::jst::iso_date(eosm)}>{ format::date(lang, eosm) }</time>
                    { " " }{ citation(lang, text::LIMITED_AFTER_EOSM.source) }
                </p>
            }
            if answer.eosm_before_eos {
                <p class="sw-note" data-testid="eos-eosm-before">{ tr(lang, Key::EosmBeforeEos) }</p>
            }
            <h4 class="sw-subtitle">{ tr(lang, Key::EosPriceHeading) }</h4>
            <ul class="sw-list" data-testid="eos-price-rises">{ for rises }</ul>
            if answer.successor_possible_now == Some(true) {
                <p class="sw-hint" data-testid="eos-successor">{ tr(lang, Key::EosSuccessorNow) }</p>
            }
        </>
    }
}
