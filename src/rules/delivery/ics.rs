//! Calendar files (iCalendar, RFC 5545), made in the browser: the delivery answer, the field
//! engineer's window and the return deadline, for the visitor's own calendar. Times are written in
//! UTC (`…Z`, from JST), whole days as dates; text is escaped and lines are folded as the RFC says,
//! so nothing in a summary can add a property or an event.

use time::{Date, Duration, PrimitiveDateTime};

/// When an event happens: between two JST times, or on whole days (`last` included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Times {
        start: PrimitiveDateTime,
        end: PrimitiveDateTime,
    },
    Days {
        first: Date,
        last: Date,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable within the file and across downloads of the same answer: `delivery-arrival`.
    pub id: &'static str,
    pub summary: String,
    pub description: String,
    pub when: When,
}

/// The whole file: CRLF line ends, each event with its UID and the time it was made (`stamp`, JST).
pub fn calendar(events: &[Event], stamp: PrimitiveDateTime) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Support guide widgets//Delivery window//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events {
        let (start, end) = match event.when {
            When::Times { start, end } => (
                format!("DTSTART:{}", utc(start)),
                format!("DTEND:{}", utc(end)),
            ),
            When::Days { first, last } => {
                let after = last.next_day().unwrap_or(last);
                (
                    format!("DTSTART;VALUE=DATE:{}", day(first)),
                    format!("DTEND;VALUE=DATE:{}", day(after)),
                )
            }
        };
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}-{}@support-widgets", event.id, uid_date(&event.when)),
            format!("DTSTAMP:{}", utc(stamp)),
            start,
            end,
            format!("SUMMARY:{}", escape(&event.summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines
        .iter()
        .map(|line| fold(line))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

/// A JST time as UTC: `20261124T040000Z` for 13:00 JST.
fn utc(at: PrimitiveDateTime) -> String {
    let at = at.checked_sub(Duration::hours(9)).unwrap_or(at);
    format!("{}T{:02}{:02}00Z", day(at.date()), at.hour(), at.minute())
}

fn day(date: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

fn uid_date(when: &When) -> String {
    match when {
        When::Times { start, .. } => utc(*start),
        When::Days { first, .. } => day(*first),
    }
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets continue on the next line after a space, never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn a_calendar_with_a_timed_and_an_all_day_event() {
        let events = [
            Event {
                id: "delivery-arrival",
                summary: "Replacement part: by 13:00".into(),
                description: "8x5x4h, arranged Thu 7 May, 09:00".into(),
                when: When::Times {
                    start: datetime!(2026-05-07 09:00),
                    end: datetime!(2026-05-07 13:00),
                },
            },
            Event {
                id: "return",
                summary: "Return the failed part".into(),
                description: "Within 10 days of the ship date".into(),
                when: When::Days {
                    first: date!(2026 - 05 - 17),
                    last: date!(2026 - 05 - 17),
                },
            },
        ];
        let text = calendar(&events, datetime!(2026-05-03 02:00));
        assert_eq!(
            text,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Support guide widgets//Delivery window//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n\
BEGIN:VEVENT\r\nUID:delivery-arrival-20260507T000000Z@support-widgets\r\nDTSTAMP:20260502T170000Z\r\n\
DTSTART:20260507T000000Z\r\nDTEND:20260507T040000Z\r\nSUMMARY:Replacement part: by 13:00\r\n\
DESCRIPTION:8x5x4h\\, arranged Thu 7 May\\, 09:00\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:return-20260517@support-widgets\r\nDTSTAMP:20260502T170000Z\r\n\
DTSTART;VALUE=DATE:20260517\r\nDTEND;VALUE=DATE:20260518\r\nSUMMARY:Return the failed part\r\n\
DESCRIPTION:Within 10 days of the ship date\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        );
    }

    #[test]
    fn text_cannot_add_properties_and_long_lines_fold_between_characters() {
        let event = Event {
            id: "x",
            summary: "a;b,c\\d\r\nEND:VEVENT\nBEGIN:VEVENT".into(),
            description: "交換パーツの到着の目安です。".repeat(6),
            when: When::Days {
                first: date!(2026 - 01 - 01),
                last: date!(2026 - 01 - 02),
            },
        };
        let text = calendar(&[event], datetime!(2026-01-01 00:00));
        assert!(
            text.contains("SUMMARY:a\\;b\\,c\\\\d\\nEND:VEVENT\\nBEGIN:VEVENT\r\n"),
            "{text}"
        );
        assert_eq!(
            text.matches("BEGIN:VEVENT").count(),
            2,
            "one real event, one escaped text"
        );
        assert_eq!(text.matches("\r\nBEGIN:VEVENT\r\n").count(), 1);
        assert!(text.contains("DTEND;VALUE=DATE:20260103"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&"交換パーツの到着の目安です。".repeat(6)));
    }
}
