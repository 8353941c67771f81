//! Business days and business hours in Japan, as the guide defines them for parts delivery:
//! Monday–Friday, 09:00–17:00 JST (both ends included: "午前 9 時～午後 5 時"), except national
//! holidays and days the company (Cisco) designates as holidays.
//! Source: 000_aa25d047744acda8.txt, "サービスレベルとパーツ配送時間", lines 2040–2060.

use time::macros::time;
use time::{Date, Duration, PrimitiveDateTime, Time, Weekday};

use crate::rules::kernel::holidays::{self, Holiday, OutOfRange};

pub const OPENING: Time = time!(9:00);
pub const CLOSING: Time = time!(17:00);

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub first: Date,
    pub last: Date,
}

impl DayRange {
    pub fn contains(&self, date: Date) -> bool {
        self.first <= date && date <= self.last
    }
}

/// What kind of day a date is, for explaining why it is not a business day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    Business,
    Saturday,
    Sunday,
    National(Holiday),
    Company,
}

/// Business days: weekdays that are neither national nor company-designated holidays.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BusinessCalendar {
    company_holidays: Vec<DayRange>,
    /// The same ranges, sorted and merged.
    closed: Vec<DayRange>,
}

impl BusinessCalendar {
    /// The calendar with these company holidays, as given (for showing them back); a sorted, merged
    /// copy makes every lookup a binary search, whatever the list's length.
    pub fn new(company_holidays: Vec<DayRange>) -> Self {
        let mut merged = company_holidays.clone();
        // Ranges that start on one day merge the same in any order.
        merged.sort_unstable_by_key(|range| range.first);
        let mut closed: Vec<DayRange> = Vec::with_capacity(merged.len());
        for range in merged {
            match closed.last_mut() {
                // Overlapping or touching ranges become one.
                Some(last) if range.first <= last.last.next_day().unwrap_or(last.last) => {
                    last.last = last.last.max(range.last)
                }
                _ => closed.push(range),
            }
        }
        BusinessCalendar {
            company_holidays,
            closed,
        }
    }

    /// The company-holiday range that contains `date`, if any.
    fn company_range(&self, date: Date) -> Option<DayRange> {
        let index = self.closed.partition_point(|range| range.first <= date);
        index
            .checked_sub(1)
            .map(|i| self.closed[i])
            .filter(|range| range.contains(date))
    }

    pub fn company_holidays(&self) -> &[DayRange] {
        &self.company_holidays
    }

    pub fn day_kind(&self, date: Date) -> Result<DayKind, OutOfRange> {
        // Checked first so a date outside the supported years is an error even on a weekend.
        let national = holidays::holiday_on(date)?;
        Ok(match (date.weekday(), national) {
            (Weekday::Saturday, _) => DayKind::Saturday,
            (Weekday::Sunday, _) => DayKind::Sunday,
            (_, Some(holiday)) => DayKind::National(holiday),
            _ if self.company_range(date).is_some() => DayKind::Company,
            _ => DayKind::Business,
        })
    }

    pub fn is_business_day(&self, date: Date) -> Result<bool, OutOfRange> {
        Ok(self.day_kind(date)? == DayKind::Business)
    }

    /// The first business day strictly after `date`.
    pub fn next_business_day_after(&self, date: Date) -> Result<Date, OutOfRange> {
        self.nearest_business_day(date, true)
    }

    /// The last business day strictly before `date`.
    pub fn previous_business_day_before(&self, date: Date) -> Result<Date, OutOfRange> {
        self.nearest_business_day(date, false)
    }

    /// Steps from `date` (exclusive) until a business day. Ends at the latest at the edge of the
    /// supported years, where `day_kind` reports the range error, so a calendar whose company
    /// holidays closed every day still cannot loop forever.
    fn nearest_business_day(&self, date: Date, forward: bool) -> Result<Date, OutOfRange> {
        let step = if forward {
            Date::next_day
        } else {
            Date::previous_day
        };
        let mut day = date;
        loop {
            day = step(day).ok_or(OutOfRange { year: date.year() })?;
            // A company range is crossed in one step, so a long closure costs no more than a short one.
            if let Some(range) = self.company_range(day) {
                day = if forward { range.last } else { range.first };
                continue;
            }
            if self.is_business_day(day)? {
                return Ok(day);
            }
        }
    }

    /// "In hours": a business day, 09:00 ≤ time ≤ 17:00.
    pub fn in_hours(&self, at: PrimitiveDateTime) -> Result<bool, OutOfRange> {
        Ok(self.is_business_day(at.date())? && OPENING <= at.time() && at.time() <= CLOSING)
    }

    /// The next opening after `at`: 09:00 of the first business day whose 09:00 is not before `at`
    /// (the same day when `at` is before 09:00 on a business day).
    pub fn next_opening(&self, at: PrimitiveDateTime) -> Result<PrimitiveDateTime, OutOfRange> {
        let day = if at.time() <= OPENING && self.is_business_day(at.date())? {
            at.date()
        } else {
            self.next_business_day_after(at.date())?
        };
        Ok(PrimitiveDateTime::new(day, OPENING))
    }

    /// The days from `from` to `to` (both included), each with its kind, at most `most` of them, and
    /// whether more followed. A day past the holiday calendar's years has no kind (never a guess).
    pub fn strip(&self, from: Date, to: Date, most: usize) -> (Vec<(Date, Option<DayKind>)>, bool) {
        let mut days = Vec::new();
        let mut day = Some(from);
        while let Some(current) = day.filter(|d| *d <= to && days.len() < most) {
            days.push((current, self.day_kind(current).ok()));
            day = current.next_day();
        }
        let more = days.last().is_some_and(|(last, _)| *last < to);
        (days, more)
    }

    /// The non-business days strictly between two dates, with why each is one (for the explanation):
    /// the first [`CLOSED_DAYS_LISTED`] listed, the rest counted. The count crosses a company range in
    /// one step, so a closure of decades costs no more than a weekend.
    pub fn closed_days_between(&self, after: Date, before: Date) -> Result<ClosedDays, OutOfRange> {
        let mut closed = ClosedDays::default();
        let mut day = after;
        while let Some(next) = day.next_day().filter(|d| *d < before) {
            day = next;
            if closed.listed.len() == CLOSED_DAYS_LISTED {
                if let Some(range) = self.company_range(next) {
                    day = range.last.min(before.previous_day().unwrap_or(before));
                    closed.more += (day - next).whole_days() + 1;
                    continue;
                }
            }
            let kind = self.day_kind(next)?;
            if kind == DayKind::Business {
                continue;
            }
            if closed.listed.len() < CLOSED_DAYS_LISTED {
                closed.listed.push((next, kind));
            } else {
                closed.more += 1;
            }
        }
        Ok(closed)
    }
}

/// How many closed days an explanation lists by date; a long closure is summed up after them.
pub const CLOSED_DAYS_LISTED: usize = 14;

/// Closed days skipped over: the first ones by date, with why each is closed, and how many more.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClosedDays {
    pub listed: Vec<(Date, DayKind)>,
    pub more: i64,
}

impl ClosedDays {
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty()
    }
}

/// Why a company-holiday list could not be read; `item` is the piece as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompanyHolidayError {
    BadDate { item: String },
    Reversed { item: String },
    TooLong { item: String },
}

/// The longest range accepted: a typo such as 2026..2062 would otherwise close every day.
pub const LONGEST_RANGE_DAYS: i64 = 366;

/// Reads `2026-12-29..2027-01-03,2027-08-13`: dates and inclusive ranges, separated by commas, the
/// Japanese comma, semicolons or white space. Every item is checked; all errors are returned, so the
/// field can list them at once, and the valid items are kept.
pub fn parse_company_holidays(text: &str) -> (Vec<DayRange>, Vec<CompanyHolidayError>) {
    let mut ranges = Vec::new();
    let mut errors = Vec::new();
    let items = text
        .split([',', '、', '，', ';', '\n', '\t', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|s| !s.is_empty());
    for item in items {
        let (first, last) = match item.split_once("..") {
            Some((first, last)) => (parse_date(first), parse_date(last)),
            None => (parse_date(item), parse_date(item)),
        };
        match (first, last) {
            (Some(first), Some(last)) if first > last => {
                errors.push(CompanyHolidayError::Reversed { item: item.into() })
            }
            (Some(first), Some(last)) if (last - first).whole_days() >= LONGEST_RANGE_DAYS => {
                errors.push(CompanyHolidayError::TooLong { item: item.into() })
            }
            (Some(first), Some(last)) => ranges.push(DayRange { first, last }),
            _ => errors.push(CompanyHolidayError::BadDate { item: item.into() }),
        }
    }
    (ranges, errors)
}

/// What a typed date turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRead {
    Date(Date),
    /// Read as a year, month (1–12) and day (1–31) that make no date: 2024年2月30日, or a day
    /// outside its era (令和1年4月30日).
    NoSuchDay,
    /// Not a date in any form the tool reads.
    Unreadable,
}

/// The Japanese eras a visitor may write a date in: name, first day, and that day's year.
const ERAS: [(&str, (i32, u8, u8)); 2] = [("令和", (2019, 5, 1)), ("平成", (1989, 1, 8))];

/// Reads a date as people type it: `2024-03-31`, `2024/3/31`, `2024年3月31日`, `20240331`,
/// `令和6年3月31日` (元年 too), in full-width digits as well.
pub fn read_date(text: &str) -> DateRead {
    let folded = crate::rules::kernel::address::fold_full_width(text);
    let text = folded.trim();
    let (era, rest) = match ERAS.iter().find(|(name, _)| text.starts_with(name)) {
        Some((name, first)) => (Some(*first), &text[name.len()..]),
        None => (None, text),
    };
    let Some((year, month, day)) = date_numbers(rest.trim(), era.is_some()) else {
        return DateRead::Unreadable;
    };
    let year = match era {
        Some((first_year, ..)) => first_year + year - 1,
        None => year,
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return DateRead::Unreadable;
    }
    let Some(date) = time::Month::try_from(month)
        .ok()
        .and_then(|month| Date::from_calendar_date(year, month, day).ok())
    else {
        return DateRead::NoSuchDay;
    };
    // An era's year 1 starts on its first day, and the era before ends the day before.
    let in_era = era.is_none_or(|(first_year, first_month, first_day)| {
        let starts = time::Month::try_from(first_month)
            .ok()
            .and_then(|month| Date::from_calendar_date(first_year, month, first_day).ok());
        let next_starts = ERAS
            .iter()
            .map(|(_, first)| *first)
            .filter(|other| other.0 > first_year)
            .min()
            .and_then(|(y, m, d)| {
                Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
            });
        starts.is_some_and(|starts| date >= starts) && next_starts.is_none_or(|next| date < next)
    });
    if in_era {
        DateRead::Date(date)
    } else {
        DateRead::NoSuchDay
    }
}

/// The year, month and day of `2024-3-31`, `2024/3/31`, `2024年3月31日` or `20240331`; in an era
/// (`6年3月31日`, `元年5月1日`), the era's year and the 年月日 form only.
fn date_numbers(text: &str, era: bool) -> Option<(i32, u8, u8)> {
    if let Some((year, rest)) = text.split_once('年') {
        let (month, rest) = rest.trim().split_once('月')?;
        let day = rest.trim().strip_suffix('日').unwrap_or(rest.trim()).trim();
        let year = match year.trim() {
            "元" if era => 1,
            year if era => parse_digits(year, 1, 2)?,
            year => parse_digits(year, 4, 4)?,
        };
        return Some((
            year,
            parse_digits(month.trim(), 1, 2)?,
            parse_digits(day, 1, 2)?,
        ));
    }
    if era {
        return None;
    }
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        return Some((
            parse_digits(&text[..4], 4, 4)?,
            parse_digits(&text[4..6], 2, 2)?,
            parse_digits(&text[6..], 2, 2)?,
        ));
    }
    let mut parts = text.splitn(3, ['-', '/']);
    let year: i32 = parse_digits(parts.next()?, 4, 4)?;
    let month: u8 = parse_digits(parts.next()?, 1, 2)?;
    let day: u8 = parse_digits(parts.next()?, 1, 2)?;
    Some((year, month, day))
}

/// [`read_date`]'s date, if the text is one.
pub fn parse_date(text: &str) -> Option<Date> {
    match read_date(text) {
        DateRead::Date(date) => Some(date),
        DateRead::NoSuchDay | DateRead::Unreadable => None,
    }
}

/// Reads a time as people type it (24-hour): `16:45` (seconds ignored), `1645`, `945`, `16時45分`,
/// `16時`, in full-width digits as well.
pub fn parse_time(text: &str) -> Option<Time> {
    let folded = crate::rules::kernel::address::fold_full_width(text);
    let text = folded.trim();
    let (hour, minute): (u8, u8) = if let Some((hour, rest)) = text.split_once('時') {
        let minute = rest.trim().strip_suffix('分').unwrap_or(rest.trim()).trim();
        let minute = if minute.is_empty() {
            0
        } else {
            parse_digits(minute, 1, 2)?
        };
        (parse_digits(hour.trim(), 1, 2)?, minute)
    } else if text.contains(':') {
        let mut parts = text.split(':');
        let hour = parse_digits(parts.next()?, 1, 2)?;
        let minute = parse_digits(parts.next()?, 2, 2)?;
        if let Some(seconds) = parts.next() {
            parse_digits::<u8>(seconds.split('.').next()?, 2, 2)?;
        }
        (hour, minute)
    } else if (3..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let split = text.len() - 2;
        (
            parse_digits(&text[..split], 1, 2)?,
            parse_digits(&text[split..], 2, 2)?,
        )
    } else {
        return None;
    };
    Time::from_hms(hour, minute, 0).ok()
}

/// Reads `YYYY-MM-DDTHH:MM` (a `datetime-local` value; a space also separates). Kept for its tests:
/// the forms read the date and the time as separate fields.
#[cfg(test)]
pub fn parse_date_time(text: &str) -> Option<PrimitiveDateTime> {
    let (date, time) = text.trim().split_once(['T', ' '])?;
    Some(PrimitiveDateTime::new(parse_date(date)?, parse_time(time)?))
}

fn parse_digits<T: std::str::FromStr>(text: &str, min: usize, max: usize) -> Option<T> {
    let ok = (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

/// `date + days`, or the out-of-range error.
pub fn add_days(date: Date, days: i64) -> Result<Date, OutOfRange> {
    date.checked_add(Duration::days(days))
        .ok_or(OutOfRange { year: date.year() })
}

/// Calendars the tests of several rules count on.
#[cfg(test)]
pub(crate) mod testing {
    use super::{BusinessCalendar, DayRange};
    use time::macros::date;

    /// A company closed from 29 December 2026 to 3 January 2027, both days included.
    pub fn year_end_closure() -> BusinessCalendar {
        BusinessCalendar::new(vec![DayRange {
            first: date!(2026 - 12 - 29),
            last: date!(2027 - 01 - 03),
        }])
    }
}

#[cfg(test)]
mod tests {
    use super::testing::year_end_closure;
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn classifies_days() {
        let calendar = year_end_closure();
        let cases: &[(Date, DayKind)] = &[
            (date!(2026 - 11 - 20), DayKind::Business),
            (date!(2026 - 11 - 21), DayKind::Saturday),
            (date!(2026 - 11 - 22), DayKind::Sunday),
            (
                date!(2026 - 11 - 23),
                DayKind::National(Holiday::LabourThanksgivingDay),
            ),
            (date!(2026 - 12 - 28), DayKind::Business),
            (date!(2026 - 12 - 29), DayKind::Company),
            (
                date!(2027 - 01 - 01),
                DayKind::National(Holiday::NewYearsDay),
            ),
            (date!(2027 - 01 - 02), DayKind::Saturday),
            (date!(2027 - 01 - 04), DayKind::Business),
            (
                date!(2026 - 09 - 22),
                DayKind::National(Holiday::CitizensHoliday),
            ),
        ];
        for (day, kind) in cases {
            assert_eq!(calendar.day_kind(*day), Ok(*kind), "{day}");
        }
        assert_eq!(
            calendar.day_kind(date!(2100 - 01 - 04)),
            Err(OutOfRange { year: 2100 })
        );
    }

    #[test]
    fn business_hours_include_both_ends() {
        let calendar = BusinessCalendar::default();
        let cases = [
            (datetime!(2026-11-20 08:59), false),
            (datetime!(2026-11-20 09:00), true),
            (datetime!(2026-11-20 12:00), true),
            (datetime!(2026-11-20 17:00), true),
            (datetime!(2026-11-20 17:01), false),
            (datetime!(2026-11-21 12:00), false),
            (datetime!(2026-11-23 12:00), false),
        ];
        for (at, expected) in cases {
            assert_eq!(calendar.in_hours(at), Ok(expected), "{at}");
        }
    }

    #[test]
    fn next_opening_is_the_first_business_nine_oclock_not_before() {
        let calendar = year_end_closure();
        let cases = [
            (datetime!(2026-11-20 08:00), datetime!(2026-11-20 09:00)),
            (datetime!(2026-11-20 09:00), datetime!(2026-11-20 09:00)),
            (datetime!(2026-11-20 09:01), datetime!(2026-11-24 09:00)), // weekend, then Mon 11/23 holiday
            (datetime!(2026-11-20 17:30), datetime!(2026-11-24 09:00)),
            (datetime!(2026-11-22 03:00), datetime!(2026-11-24 09:00)),
            (datetime!(2026-12-28 17:30), datetime!(2027-01-04 09:00)),
            (datetime!(2026-05-03 02:00), datetime!(2026-05-07 09:00)),
            (datetime!(2026-09-18 18:00), datetime!(2026-09-24 09:00)), // Silver Week 2026
        ];
        for (at, expected) in cases {
            assert_eq!(calendar.next_opening(at), Ok(expected), "{at}");
        }
    }

    #[test]
    fn next_and_previous_business_days() {
        let calendar = BusinessCalendar::default();
        assert_eq!(
            calendar.next_business_day_after(date!(2026 - 11 - 20)),
            Ok(date!(2026 - 11 - 24))
        );
        assert_eq!(
            calendar.next_business_day_after(date!(2026 - 12 - 30)),
            Ok(date!(2026 - 12 - 31))
        );
        assert_eq!(
            calendar.next_business_day_after(date!(2026 - 12 - 31)),
            Ok(date!(2027 - 01 - 04))
        );
        assert_eq!(
            calendar.previous_business_day_before(date!(2026 - 11 - 24)),
            Ok(date!(2026 - 11 - 20))
        );
        assert_eq!(
            calendar.next_business_day_after(date!(2099 - 12 - 31)),
            Err(OutOfRange { year: 2100 })
        );
    }

    #[test]
    fn lists_closed_days_between() {
        let calendar = BusinessCalendar::default();
        assert_eq!(
            calendar.closed_days_between(date!(2026 - 11 - 20), date!(2026 - 11 - 24)),
            Ok(ClosedDays {
                listed: vec![
                    (date!(2026 - 11 - 21), DayKind::Saturday),
                    (date!(2026 - 11 - 22), DayKind::Sunday),
                    (
                        date!(2026 - 11 - 23),
                        DayKind::National(Holiday::LabourThanksgivingDay)
                    ),
                ],
                more: 0,
            })
        );
        // A closure of years: fourteen days listed (weekends keep their own names), the rest counted,
        // the company range crossed in one step.
        let closure = BusinessCalendar::new(vec![DayRange {
            first: date!(2026 - 11 - 24),
            last: date!(2069 - 12 - 31),
        }]);
        let closed = closure
            .closed_days_between(date!(2026 - 11 - 20), date!(2070 - 01 - 05))
            .unwrap();
        assert_eq!(closed.listed.len(), CLOSED_DAYS_LISTED);
        assert_eq!(closed.listed[3], (date!(2026 - 11 - 24), DayKind::Company));
        assert_eq!(closed.listed[6], (date!(2026 - 11 - 27), DayKind::Company));
        assert_eq!(closed.listed[7], (date!(2026 - 11 - 28), DayKind::Saturday));
        // The count agrees with a day-by-day one (the first days of 2070 are past the closure).
        let naive = (1..)
            .map_while(|n| date!(2026 - 11 - 20).checked_add(Duration::days(n)))
            .take_while(|d| *d < date!(2070 - 01 - 05))
            .filter(|d| closure.day_kind(*d).unwrap() != DayKind::Business)
            .count();
        let listed = i64::try_from(closed.listed.len()).unwrap();
        assert_eq!(listed + closed.more, i64::try_from(naive).unwrap());
    }

    #[test]
    fn reads_company_holiday_lists() {
        let (ranges, errors) = parse_company_holidays("2026-12-29..2027-01-03,2027-08-13");
        assert_eq!(errors, []);
        assert_eq!(
            ranges,
            [
                DayRange {
                    first: date!(2026 - 12 - 29),
                    last: date!(2027 - 01 - 03)
                },
                DayRange {
                    first: date!(2027 - 08 - 13),
                    last: date!(2027 - 08 - 13)
                },
            ]
        );
        let (ranges, errors) = parse_company_holidays(" 2027/8/13 、2027-08-14\n2027-08-15;  ");
        assert_eq!(errors, []);
        assert_eq!(ranges.len(), 3);
        assert_eq!(parse_company_holidays(""), (vec![], vec![]));

        let (ranges, errors) = parse_company_holidays(
            "2027-01-03..2026-12-29, 2027-02-30, tomorrow, 2026-01-01..2027-06-01, 2027-05-06",
        );
        assert_eq!(
            ranges,
            [DayRange {
                first: date!(2027 - 05 - 06),
                last: date!(2027 - 05 - 06)
            }]
        );
        assert_eq!(
            errors,
            [
                CompanyHolidayError::Reversed {
                    item: "2027-01-03..2026-12-29".into()
                },
                CompanyHolidayError::BadDate {
                    item: "2027-02-30".into()
                },
                CompanyHolidayError::BadDate {
                    item: "tomorrow".into()
                },
                CompanyHolidayError::TooLong {
                    item: "2026-01-01..2027-06-01".into()
                },
            ]
        );
    }

    /// Dates as people type them, each worked out by hand; an impossible day is named as such.
    #[test]
    fn reads_dates_as_people_type_them() {
        use DateRead::*;
        let cases: &[(&str, DateRead)] = &[
            ("2024-03-31", Date(date!(2024 - 03 - 31))),
            ("2024/3/31", Date(date!(2024 - 03 - 31))),
            (" 2024年3月31日 ", Date(date!(2024 - 03 - 31))),
            ("2024年3月31", Date(date!(2024 - 03 - 31))),
            ("2024 年 3 月 31 日", Date(date!(2024 - 03 - 31))),
            ("20240331", Date(date!(2024 - 03 - 31))),
            ("２０２４／０３／３１", Date(date!(2024 - 03 - 31))),
            ("２０２４年３月３１日", Date(date!(2024 - 03 - 31))),
            ("令和6年3月31日", Date(date!(2024 - 03 - 31))),
            ("令和元年5月1日", Date(date!(2019 - 05 - 01))),
            ("令和1年5月1日", Date(date!(2019 - 05 - 01))),
            ("平成31年4月30日", Date(date!(2019 - 04 - 30))),
            ("平成元年1月8日", Date(date!(1989 - 01 - 08))),
            ("2024年2月30日", NoSuchDay),
            ("2023-02-29", NoSuchDay),
            ("20230229", NoSuchDay),
            ("2024/4/31", NoSuchDay),
            ("令和1年4月30日", NoSuchDay),
            ("平成31年5月1日", NoSuchDay),
            ("平成元年1月7日", NoSuchDay),
            ("2024-13-01", Unreadable),
            ("2024-00-10", Unreadable),
            ("2024-01-32", Unreadable),
            ("24-03-31", Unreadable),
            ("2024331", Unreadable),
            ("令和2024年3月31日", Unreadable),
            ("令和6-3-31", Unreadable),
            ("昭和60年1月1日", Unreadable),
            ("", Unreadable),
            ("tomorrow", Unreadable),
        ];
        for (text, expected) in cases {
            assert_eq!(read_date(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn reads_times_as_people_type_them() {
        let t = |h, m| Some(Time::from_hms(h, m, 0).unwrap());
        let cases: &[(&str, Option<Time>)] = &[
            ("16:45", t(16, 45)),
            ("1645", t(16, 45)),
            ("945", t(9, 45)),
            ("0930", t(9, 30)),
            ("16時45分", t(16, 45)),
            ("16時45", t(16, 45)),
            ("9時", t(9, 0)),
            ("１６：４５", t(16, 45)),
            ("１６時４５分", t(16, 45)),
            ("2400", None),
            ("1660", None),
            ("16時60分", None),
            ("45", None),
            ("16-45", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_time(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn reads_dates_and_times() {
        assert_eq!(parse_date("2026-05-03"), Some(date!(2026 - 05 - 03)));
        assert_eq!(parse_date("2026/5/3"), Some(date!(2026 - 05 - 03)));
        assert_eq!(parse_date("2026-02-29"), None);
        assert_eq!(parse_date("26-05-03"), None);
        assert_eq!(parse_date("2026-05-03x"), None);
        assert_eq!(parse_time("02:00"), Some(Time::from_hms(2, 0, 0).unwrap()));
        assert_eq!(parse_time("9:05"), Some(Time::from_hms(9, 5, 0).unwrap()));
        assert_eq!(
            parse_time("23:59:30"),
            Some(Time::from_hms(23, 59, 0).unwrap())
        );
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("12:5"), None);
        assert_eq!(parse_time(""), None);
        assert_eq!(
            parse_date_time("2026-05-03T02:00"),
            Some(datetime!(2026-05-03 02:00))
        );
        assert_eq!(
            parse_date_time("2026-05-03 02:00"),
            Some(datetime!(2026-05-03 02:00))
        );
        assert_eq!(parse_date_time("2026-05-03"), None);
    }

    #[test]
    fn a_strip_of_days_with_their_kinds_and_a_cap() {
        let calendar = BusinessCalendar::default();
        let (days, more) = calendar.strip(date!(2026 - 11 - 20), date!(2026 - 11 - 24), 21);
        let kinds: Vec<Option<DayKind>> = days.iter().map(|(_, kind)| *kind).collect();
        assert_eq!(
            kinds,
            [
                Some(DayKind::Business),
                Some(DayKind::Saturday),
                Some(DayKind::Sunday),
                Some(DayKind::National(
                    crate::rules::kernel::holidays::Holiday::LabourThanksgivingDay
                )),
                Some(DayKind::Business)
            ]
        );
        assert!(!more);
        let (days, more) = calendar.strip(date!(2026 - 11 - 01), date!(2026 - 12 - 31), 21);
        assert_eq!((days.len(), more), (21, true));
        let (days, _) = calendar.strip(date!(2099 - 12 - 31), date!(2100 - 01 - 01), 21);
        assert_eq!(
            days[1],
            (date!(2100 - 01 - 01), None),
            "past the calendar: no guess"
        );
        assert_eq!(
            calendar.strip(date!(2026 - 11 - 24), date!(2026 - 11 - 20), 21),
            (Vec::new(), false)
        );
    }

    /// Overlapping, touching and unsorted company ranges read as their union; a closure of decades
    /// is crossed in one step.
    #[test]
    fn company_ranges_merge_and_long_closures_are_crossed() {
        let range = |first, last| DayRange { first, last };
        let calendar = BusinessCalendar::new(vec![
            range(date!(2027 - 01 - 05), date!(2027 - 01 - 06)),
            range(date!(2026 - 12 - 29), date!(2027 - 01 - 03)),
            range(date!(2027 - 01 - 04), date!(2027 - 01 - 04)),
        ]);
        assert_eq!(calendar.company_holidays().len(), 3, "shown back as given");
        for day in [
            date!(2026 - 12 - 29),
            date!(2027 - 01 - 04),
            date!(2027 - 01 - 06),
        ] {
            assert_eq!(calendar.day_kind(day), Ok(DayKind::Company), "{day}");
        }
        assert_eq!(
            calendar.day_kind(date!(2027 - 01 - 07)),
            Ok(DayKind::Business)
        );
        assert_eq!(
            calendar.next_business_day_after(date!(2026 - 12 - 28)),
            Ok(date!(2027 - 01 - 07))
        );
        assert_eq!(
            calendar.previous_business_day_before(date!(2027 - 01 - 07)),
            Ok(date!(2026 - 12 - 28))
        );

        // 2,000 single days and a closure from 2030 to 2069: every answer still comes, and right.
        let mut ranges: Vec<DayRange> = (0..2000)
            .map(|i| {
                let day = date!(2027 - 02 - 01) + time::Duration::days(i * 2);
                range(day, day)
            })
            .collect();
        ranges.push(range(date!(2030 - 01 - 01), date!(2069 - 12 - 31)));
        let busy = BusinessCalendar::new(ranges);
        assert_eq!(
            busy.next_business_day_after(date!(2029 - 12 - 31)),
            Ok(date!(2070 - 01 - 02)),
            "1 Jan 2070 is New Year's Day"
        );
        // Backwards: 1 Jan 2070, the closure, 31 Dec 2029 (one of the single days), the weekend: Fri 28th.
        assert_eq!(
            busy.previous_business_day_before(date!(2070 - 01 - 02)),
            Ok(date!(2029 - 12 - 28))
        );
        assert!(
            busy.next_business_day_after(date!(2099 - 12 - 31)).is_err(),
            "past the calendar: an error, never a loop"
        );
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn merged_ranges_read_as_their_union(raw in prop::collection::vec((0i64..400, 0i64..20), 0..30), probe in 0i64..440) {
                let start = date!(2026 - 01 - 01);
                let ranges: Vec<DayRange> = raw.iter().map(|(offset, length)| DayRange {
                    first: start + time::Duration::days(*offset),
                    last: start + time::Duration::days(offset + length),
                }).collect();
                let calendar = BusinessCalendar::new(ranges.clone());
                let day = start + time::Duration::days(probe);
                let naive = ranges.iter().any(|range| range.contains(day));
                prop_assert_eq!(calendar.company_range(day).is_some(), naive);
            }

            #[test]
            fn parsers_never_panic(text in ".*") {
                let _ = parse_company_holidays(&text);
                let _ = parse_date_time(&text);
            }

            #[test]
            fn next_opening_is_in_hours_and_not_before(day in 0i64..40_000, minute in 0i64..1440) {
                let calendar = BusinessCalendar::default();
                let at = datetime!(1990-01-01 00:00) + Duration::days(day) + Duration::minutes(minute);
                if let Ok(opening) = calendar.next_opening(at) {
                    prop_assert!(opening >= at);
                    prop_assert!(calendar.in_hours(opening).unwrap());
                    prop_assert_eq!(opening.time(), OPENING);
                }
            }
        }
    }
}
