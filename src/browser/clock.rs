//! The browser's clock and the visitor's time zone. `std`'s clock panics on wasm32, so "now" comes from
//! JavaScript; the conversions are `domain::jst`'s.

use time::PrimitiveDateTime;

use crate::rules::kernel::jst::{jst_from_unix_ms, local_from_jst, unix_ms_from_jst};

/// The current minute in Japan.
pub fn jst_now() -> Option<PrimitiveDateTime> {
    jst_from_unix_ms(js_sys::Date::now())
}

/// Milliseconds since 1970 by this browser's clock (0 if it gives nothing usable).
pub fn unix_ms() -> u64 {
    let now = js_sys::Date::now();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // checked: finite, ≥ 0, whole
    if now.is_finite() && now >= 0.0 {
        now.trunc() as u64
    } else {
        0
    }
}

/// The visitor's own wall-clock time for a JST time, and their offset in minutes east of UTC;
/// `None` when the visitor is on Japan time (nothing more to show).
pub fn in_visitor_zone(at: PrimitiveDateTime) -> Option<(PrimitiveDateTime, i32)> {
    let moment = js_sys::Date::new(&unix_ms_from_jst(at).into());
    let offset_west = moment.get_timezone_offset();
    if !offset_west.is_finite() {
        return None;
    }
    #[allow(clippy::cast_possible_truncation)] // time-zone offsets are whole minutes within ±16 h
    let offset_east = -(offset_west.round() as i32);
    (offset_east != 540)
        .then(|| local_from_jst(at, offset_east).map(|local| (local, offset_east)))
        .flatten()
}
