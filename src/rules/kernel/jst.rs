//! Japan time, in one place: the guides' hours are Japan Standard Time (UTC+9, no daylight saving), and
//! the browser gives "now" and the visitor's own zone as Unix milliseconds and offsets. Pure
//! conversions; reading the browser's clock is `browser::clock`'s.

use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// Japan Standard Time: UTC+9, no daylight saving.
pub const JST: UtcOffset = match UtcOffset::from_hms(9, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC, // ok: unreachable, 9 h is a valid offset; `expect` is not const
};

/// The JST wall-clock minute of a moment given in milliseconds since the Unix epoch (`Date.now()`).
pub fn jst_from_unix_ms(ms: f64) -> Option<PrimitiveDateTime> {
    if !ms.is_finite() {
        return None;
    }
    let seconds = (ms / 1000.0).floor();
    #[allow(clippy::cast_possible_truncation)]
    // bounded by the finiteness check and the range check below
    let moment = OffsetDateTime::from_unix_timestamp(seconds as i64)
        .ok()?
        .to_offset(JST);
    let minute = time::Time::from_hms(moment.hour(), moment.minute(), 0).ok()?;
    Some(PrimitiveDateTime::new(moment.date(), minute))
}

/// Milliseconds since the Unix epoch of a JST wall-clock time (to ask the browser about local time).
pub fn unix_ms_from_jst(at: PrimitiveDateTime) -> f64 {
    #[allow(clippy::cast_precision_loss)] // whole seconds within years 1990–2100 are exact in f64
    let ms = at.assume_offset(JST).unix_timestamp() as f64 * 1000.0;
    ms
}

/// The visitor's wall-clock time for a JST time, given their offset from UTC in minutes
/// (east positive: JST is +540; note JavaScript's `getTimezoneOffset()` has the opposite sign).
pub fn local_from_jst(at: PrimitiveDateTime, offset_minutes: i32) -> Option<PrimitiveDateTime> {
    at.checked_sub(Duration::minutes(540 - i64::from(offset_minutes)))
}

/// `UTC+09:00`, `UTC-07:00`, for an offset in minutes east of UTC.
pub fn utc_offset_label(offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let minutes = offset_minutes.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// `2026-11-24T13:00:00+09:00`: a JST time with its offset, for `<time datetime>` and for results
/// handed to host pages.
pub fn iso_jst(at: PrimitiveDateTime) -> String {
    format!(
        "{}T{:02}:{:02}:00+09:00",
        iso_date(at.date()),
        at.hour(),
        at.minute()
    )
}

/// `2026-11-24`.
pub fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn offsets_are_labelled() {
        assert_eq!(utc_offset_label(540), "UTC+09:00");
        assert_eq!(utc_offset_label(-420), "UTC-07:00");
        assert_eq!(utc_offset_label(330), "UTC+05:30");
        assert_eq!(utc_offset_label(0), "UTC+00:00");
    }

    #[test]
    fn iso_forms_carry_the_offset() {
        assert_eq!(
            iso_jst(datetime!(2026-11-24 09:05)),
            "2026-11-24T09:05:00+09:00"
        );
        assert_eq!(iso_date(date!(2026 - 01 - 02)), "2026-01-02");
    }

    #[test]
    fn converts_between_the_browser_clock_and_jst() {
        // 2026-05-02T17:00:00Z is 2026-05-03 02:00 in Tokyo.
        let ms = 1_777_741_200_000.0;
        assert_eq!(jst_from_unix_ms(ms), Some(datetime!(2026-05-03 02:00)));
        assert_eq!(
            jst_from_unix_ms(ms + 59_999.0),
            Some(datetime!(2026-05-03 02:00))
        );
        assert_eq!(unix_ms_from_jst(datetime!(2026-05-03 02:00)), ms);
        assert_eq!(jst_from_unix_ms(f64::NAN), None);
        assert_eq!(jst_from_unix_ms(f64::INFINITY), None);
        assert_eq!(
            local_from_jst(datetime!(2026-05-03 06:00), 540),
            Some(datetime!(2026-05-03 06:00))
        );
        assert_eq!(
            local_from_jst(datetime!(2026-05-03 06:00), 0),
            Some(datetime!(2026-05-02 21:00))
        );
        assert_eq!(
            local_from_jst(datetime!(2026-05-03 06:00), -420),
            Some(datetime!(2026-05-02 14:00))
        );
        assert_eq!(
            local_from_jst(datetime!(2026-05-03 06:00), 600),
            Some(datetime!(2026-05-03 07:00))
        );
    }
}
