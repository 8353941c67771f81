//! Support after end of sale: from a product's end-of-sale date (and, if known, its end of software
//! maintenance), how long TAC can still be reached, when the service price rises, and what changes.
//!
//! Source: 000_aa25d047744acda8.txt, "3. 注意事項・参考資料" — "販売終了製品についてのご案内"
//! (lines 2513–2537) and "サービス終了" (lines 2549–2559): as a rule, after the end-of-sale date, TAC
//! can be reached for 5 years for hardware problems, 3 years for the operating system, 2 years for
//! application software; software past its EoSM date gets limited support (known defects and past
//! cases, no fixes); the service price rises 1 and 3 years after the end of sale; replacement parts
//! may be a successor model. Years are counted to the same calendar date (29 February → 28 February),
//! a reading the tool states.

pub(crate) mod form;

use time::Date;

/// What the problem is with: the guide gives each its own period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Hardware,
    OperatingSystem,
    Application,
}

impl Category {
    pub const ALL: [Category; 3] = [
        Category::Hardware,
        Category::OperatingSystem,
        Category::Application,
    ];

    /// Years of TAC access after the end-of-sale date.
    pub const fn years(self) -> i32 {
        match self {
            Category::Hardware => 5,
            Category::OperatingSystem => 3,
            Category::Application => 2,
        }
    }

    pub const fn key(self) -> &'static str {
        match self {
            Category::Hardware => "hardware",
            Category::OperatingSystem => "os",
            Category::Application => "application",
        }
    }
}

/// The service price rises this many years after the end of sale.
pub const PRICE_RISE_YEARS: [i32; 2] = [1, 3];

/// `date` plus whole years, on the same calendar date; 29 February becomes 28 February in a year
/// without it. `None` past the calendar's range.
pub fn add_years(date: Date, years: i32) -> Option<Date> {
    let year = date.year().checked_add(years)?;
    let day = date.day().min(date.month().length(year));
    Date::from_calendar_date(year, date.month(), day).ok()
}

/// The last day of a period of `years` years that has `first` as its day 1: the day before the
/// same date `years` later; where that date does not exist (29 February in a common year), the
/// end of that month (Civil Code art. 143), so 2024-02-29 + 5 years ends on 2029-02-28.
pub fn period_last_day(first: Date, years: i32) -> Option<Date> {
    let year = first.year().checked_add(years)?;
    match Date::from_calendar_date(year, first.month(), first.day()) {
        Ok(same_date) => same_date.previous_day(),
        Err(_) => Date::from_calendar_date(year, first.month(), first.month().length(year)).ok(),
    }
}

/// Where one category stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// TAC can be reached; software past its EoSM gets limited support only.
    Open { limited: bool },
    /// The period ended (the day after `until`).
    Ended,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub category: Category,
    /// The last day TAC can be reached for this category.
    pub until: Date,
    /// On `today`, if the tool knows it.
    pub status: Option<Status>,
    /// Whole years and months from `today` to `until`, while the period is open.
    pub left: Option<(i32, i32)>,
}

/// Whole years and months from `from` to `to` (a month counts once its day is reached); `None`
/// when `to` is before `from`.
pub fn years_and_months(from: Date, to: Date) -> Option<(i32, i32)> {
    if to < from {
        return None;
    }
    let mut months = (to.year() - from.year()) * 12 + i32::from(u8::from(to.month()))
        - i32::from(u8::from(from.month()));
    if to.day() < from.day() {
        months -= 1;
    }
    Some((months / 12, months % 12))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub end_of_sale: Date,
    pub periods: Vec<Period>,
    /// The two price rises, 1 and 3 years after the end of sale.
    pub price_rises: Vec<Date>,
    /// End of software maintenance, when given: from then, software support is limited.
    pub end_of_sw_maintenance: Option<Date>,
    /// The EoSM date is before the end-of-sale date: unusual, worth a second look (not an error).
    pub eosm_before_eos: bool,
    /// Replacements may be a successor model from the end of sale on: true once `today` has reached it.
    pub successor_possible_now: Option<bool>,
}

/// The answer for an end-of-sale date, an optional EoSM date, and (if known) today.
pub fn calculate(
    end_of_sale: Date,
    end_of_sw_maintenance: Option<Date>,
    today: Option<Date>,
) -> Option<Answer> {
    let periods = Category::ALL
        .into_iter()
        .map(|category| {
            // "N 年間", the end-of-sale date as day 1.
            let until = period_last_day(end_of_sale, category.years())?;
            let status = today.map(|today| {
                if today > until {
                    Status::Ended
                } else {
                    let software = category != Category::Hardware;
                    Status::Open {
                        limited: software && end_of_sw_maintenance.is_some_and(|eosm| today > eosm),
                    }
                }
            });
            Some(Period {
                category,
                until,
                status,
                left: today.and_then(|today| years_and_months(today, until)),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let price_rises = PRICE_RISE_YEARS
        .iter()
        .map(|years| add_years(end_of_sale, *years))
        .collect::<Option<Vec<_>>>()?;
    Some(Answer {
        end_of_sale,
        periods,
        price_rises,
        end_of_sw_maintenance,
        eosm_before_eos: end_of_sw_maintenance.is_some_and(|eosm| eosm < end_of_sale),
        successor_possible_now: today.map(|today| today >= end_of_sale),
    })
}

#[cfg(test)]
mod tests;
