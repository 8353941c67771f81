//! Dates and times in each UI language: `2026年11月24日(火) 13:00` / `Tue 24 Nov 2026, 13:00`.

use time::{Date, PrimitiveDateTime, Time, Weekday};

use crate::rules::kernel::lang::Lang;

const WEEKDAYS_JA: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const WEEKDAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn weekday(lang: Lang, day: Weekday) -> &'static str {
    let index = usize::from(day.number_days_from_monday());
    match lang {
        Lang::Ja => WEEKDAYS_JA[index],
        Lang::En => WEEKDAYS_EN[index],
    }
}

pub fn date(lang: Lang, date: Date) -> String {
    let (year, month, day) = (date.year(), u8::from(date.month()), date.day());
    match lang {
        Lang::Ja => format!(
            "{year}年{month}月{day}日({})",
            weekday(lang, date.weekday())
        ),
        Lang::En => format!(
            "{} {day} {} {year}",
            weekday(lang, date.weekday()),
            MONTHS_EN[usize::from(month - 1)]
        ),
    }
}

pub fn time(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

pub fn date_time(lang: Lang, at: PrimitiveDateTime) -> String {
    match lang {
        Lang::Ja => format!("{} {}", date(lang, at.date()), time(at.time())),
        Lang::En => format!("{}, {}", date(lang, at.date()), time(at.time())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn formats_in_both_languages() {
        assert_eq!(date(Lang::Ja, date!(2026 - 11 - 24)), "2026年11月24日(火)");
        assert_eq!(date(Lang::En, date!(2026 - 11 - 24)), "Tue 24 Nov 2026");
        assert_eq!(
            date_time(Lang::Ja, datetime!(2027-01-04 13:00)),
            "2027年1月4日(月) 13:00"
        );
        assert_eq!(
            date_time(Lang::En, datetime!(2027-01-04 09:05)),
            "Mon 4 Jan 2027, 09:05"
        );
    }
}
