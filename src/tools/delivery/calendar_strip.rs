use time::Date;
use yew::prelude::*;

use crate::content::delivery::day_kind;
use crate::i18n::{format, tr, Key};
use crate::rules::kernel::calendar::{BusinessCalendar, DayKind};
use crate::rules::kernel::lang::Lang;

/// Past this many days the strip stops (a re-contract can push the answer weeks away).
const MOST_DAYS: usize = 21;

/// The days from the arrangement to the arrival: business days, weekends and holidays (named).
pub fn calendar_strip(lang: Lang, from: Date, to: Date, calendar: &BusinessCalendar) -> Html {
    let (days, truncated) = calendar.strip(from, to, MOST_DAYS);
    let items = days.into_iter().map(|(date, kind)| {
        // Dates past 2099 have no known holidays: shown without a kind rather than guessed.
        let closed = kind.is_some_and(|kind| kind != DayKind::Business);
        let mark = if date == from {
            Some(tr(lang, Key::CalendarArranged))
        } else if date == to {
            Some(tr(lang, Key::CalendarArrival))
        } else {
            None
        };
        let class = classes!(
            "sw-day",
            closed.then_some("sw-day--closed"),
            (date == to).then_some("sw-day--arrival"),
            (date == from).then_some("sw-day--start"),
        );
        html! {
            <li class={class}>
                <span class="sw-day__date">{ format!("{}/{} ({})", u8::from(date.month()), date.day(), format::weekday(lang, date.weekday())) }</span>
                <span class="sw-day__kind">{ kind.map(|kind| day_kind(lang, kind)).unwrap_or_default() }</span>
                if let Some(mark) = mark {
                    <span class="sw-day__mark">{ mark }</span>
                }
            </li>
        }
    });
    html! {
        <>
            <h4 class="sw-subtitle" id="sw-dl-calendar-title">{ tr(lang, Key::CalendarHeading) }</h4>
            <ol class="sw-days" aria-labelledby="sw-dl-calendar-title" data-testid="delivery-calendar">
                { for items }
                if truncated {
                    <li class="sw-day sw-day--more">{ tr(lang, Key::CalendarMore) }</li>
                }
            </ol>
        </>
    }
}
