//! The rules' speed, measured natively for `scripts/bench` (`cargo run --release --example rules`):
//! a benchmark, never a timed test. Per case: the delivery calculation for a spread of levels and
//! moments; then the same with a 2,000-entry company-holiday list, and with a closure of decades.

use std::hint::black_box;
use std::time::Instant;

use time::macros::{date, datetime};
use time::{Duration, PrimitiveDateTime};

use crate::rules::delivery::{calculate, Contract, Request, ServiceLevel};
use crate::rules::kernel::calendar::{BusinessCalendar, DayRange};
use crate::rules::kernel::severity::Severity;

fn requests() -> Vec<Request> {
    let mut requests = Vec::new();
    for level in ServiceLevel::ALL {
        for hours in [2i64, 8, 10, 16, 18, 23] {
            for days in [0i64, 1, 3, 5, 40, 200] {
                let at: PrimitiveDateTime =
                    datetime!(2026-11-16 00:00) + Duration::days(days) + Duration::hours(hours);
                requests.push(Request {
                    level,
                    arranged_at: at,
                    severity: Some(if hours == 23 {
                        Severity::S1
                    } else {
                        Severity::S3
                    }),
                    desired: None,
                    contract: Contract::default(),
                    heavy_or_cable: false,
                    other_address: false,
                    ship_date: None,
                });
            }
        }
    }
    requests
}

/// Microseconds per calculation, the best of a few rounds (the least disturbed by the machine).
fn per_case(requests: &[Request], calendar: &BusinessCalendar) -> f64 {
    let _ = calculate(&requests[0], calendar); // the holiday table is built once, outside the timing
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let rounds = 20;
        for _ in 0..rounds {
            for request in requests {
                black_box(calculate(black_box(request), calendar).ok());
            }
        }
        #[allow(clippy::cast_precision_loss)] // a count of calculations, far below 2^52
        let each = start.elapsed().as_secs_f64() * 1e6 / (rounds * requests.len()) as f64;
        best = best.min(each);
    }
    best
}

/// The report `scripts/bench` prints.
pub fn report() -> String {
    let requests = requests();
    let plain = per_case(&requests, &BusinessCalendar::default());
    let many = BusinessCalendar::new(
        (0..2000)
            .map(|i| {
                let day = date!(2026 - 11 - 01) + Duration::days(i * 3);
                DayRange {
                    first: day,
                    last: day,
                }
            })
            .collect(),
    );
    let with_many = per_case(&requests, &many);
    let closure = BusinessCalendar::new(vec![DayRange {
        first: date!(2026 - 11 - 17),
        last: date!(2069 - 12 - 31),
    }]);
    let with_closure = per_case(&requests, &closure);
    format!(
        "delivery calculation, µs per case (budget 2 µs; one frame is 16,000 µs)\n\
         no company holidays                 {plain:>8.2}\n\
         2,000 company holidays              {with_many:>8.2}\n\
         closed every day 2026–2069          {with_closure:>8.2}\n\
         ({} cases per run)",
        requests.len()
    )
}
