//! When a replacement part (and the field engineer) arrives, under each service level.
//!
//! Source: 000_aa25d047744acda8.txt, "2-5. 交換パーツの配送・現地での設置作業" (lines 1983–2163), its
//! "フィールドエンジニアのご訪問のタイミング" and "障害パーツの返却" (lines 2330–2367), "1-4. サービス
//! 契約管理" (lines 252–266) and "3. 注意事項" (lines 2480–2485). The readings where the guide is terse
//! are the project's and are stated next to each rule and in the UI.
//!
//! All times are Japan Standard Time (the guide's hours are JST, which has no daylight saving).

pub(crate) mod form;
pub(crate) mod ics;

use time::{Date, Duration, PrimitiveDateTime, Time};

use crate::rules::kernel::calendar::{
    add_days, BusinessCalendar, ClosedDays, DayKind, CLOSING, OPENING,
};
use crate::rules::kernel::holidays::OutOfRange;
use crate::rules::kernel::severity::Severity;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceLevel {
    /// 8hx5dxNBD (Onsite): next business day.
    Nbd8x5,
    /// 8hx5dx4h (Onsite): four hours, business hours.
    FourHours8x5,
    /// 8hx7dxNCD (Onsite): next calendar day.
    Ncd8x7,
    /// 24hx7dx4h (Onsite).
    FourHours24x7,
    /// 24hx7dx2h (Onsite).
    TwoHours24x7,
}

impl ServiceLevel {
    pub const ALL: [ServiceLevel; 5] = [
        ServiceLevel::Nbd8x5,
        ServiceLevel::FourHours8x5,
        ServiceLevel::Ncd8x7,
        ServiceLevel::FourHours24x7,
        ServiceLevel::TwoHours24x7,
    ];

    /// As URLs write it (`level=24x7x4h`): part of the public deep-link format, never rename.
    pub const fn slug(self) -> &'static str {
        match self {
            ServiceLevel::Nbd8x5 => "8x5xNBD",
            ServiceLevel::FourHours8x5 => "8x5x4h",
            ServiceLevel::Ncd8x7 => "8x7xNCD",
            ServiceLevel::FourHours24x7 => "24x7x4h",
            ServiceLevel::TwoHours24x7 => "24x7x2h",
        }
    }

    /// Reads the slug in any case, also in the guide's spelling (`8hx5dxNBD`, `24hx7dx4h`).
    pub fn parse(text: &str) -> Option<ServiceLevel> {
        let compact: String = text
            .trim()
            .to_ascii_lowercase()
            .replace("hx", "x")
            .replace("dx", "x");
        ServiceLevel::ALL
            .into_iter()
            .find(|level| level.slug().eq_ignore_ascii_case(&compact))
    }

    /// The guaranteed delivery time, for the hour-based levels.
    pub const fn hours(self) -> Option<i64> {
        match self {
            ServiceLevel::FourHours8x5 | ServiceLevel::FourHours24x7 => Some(4),
            ServiceLevel::TwoHours24x7 => Some(2),
            ServiceLevel::Nbd8x5 | ServiceLevel::Ncd8x7 => None,
        }
    }

    pub const fn is_24x7(self) -> bool {
        matches!(
            self,
            ServiceLevel::FourHours24x7 | ServiceLevel::TwoHours24x7
        )
    }
}

/// A delivery date (and optionally time) the customer would rather have, later than the earliest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Desired {
    pub date: Date,
    pub time: Option<Time>,
}

/// The contract dates that change whether, or from when, parts ship.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Contract {
    /// Cisco's order date (シスコの受注日).
    pub order_date: Option<Date>,
    pub service_start: Option<Date>,
    /// The end of the previous contract, for a re-contract.
    pub previous_end: Option<Date>,
    /// The last day of this contract.
    pub end: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub level: ServiceLevel,
    /// When TAC completed the parts-dispatch arrangement (JST). Not when the customer first called.
    pub arranged_at: PrimitiveDateTime,
    /// Only 24x7 outside business hours depends on it; unknown elsewhere is fine.
    pub severity: Option<Severity>,
    pub desired: Option<Desired>,
    pub contract: Contract,
    /// 30 kg or more, 2 m or more, or a cable.
    pub heavy_or_cable: bool,
    /// Delivery to an address other than the registered site.
    pub other_address: bool,
    /// When the replacement shipped, if known (for the return deadline).
    pub ship_date: Option<Date>,
}

/// The latest arrival the service level promises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// By this time.
    By(PrimitiveDateTime),
    /// During this day; the guide gives no hour, and the field engineer visits 09:00–17:00.
    Day(Date),
}

impl Arrival {
    pub fn date(self) -> Date {
        match self {
            Arrival::By(at) => at.date(),
            Arrival::Day(date) => date,
        }
    }

    /// The latest moment the promise covers (17:00 for a day).
    pub fn latest(self) -> PrimitiveDateTime {
        match self {
            Arrival::By(at) => at,
            Arrival::Day(date) => PrimitiveDateTime::new(date, CLOSING),
        }
    }
}

/// Why the arrangement time is outside the acceptance hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideHours {
    BeforeOpening,
    AfterClosing,
    Closed(DayKind),
}

/// One step of the rule as applied, for the explanation the UI shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Arranged inside the acceptance hours: the clock starts at the arrangement.
    InHours { at: PrimitiveDateTime },
    /// Outside the hours: treated as arranged at `to`. `closed` lists the closed days skipped.
    MovedToOpening {
        from: PrimitiveDateTime,
        why: OutsideHours,
        to: PrimitiveDateTime,
        closed: ClosedDays,
    },
    /// 8x5x4h outside hours: 13:00 on the next business day, whatever the severity.
    WhateverTheSeverity,
    /// 24x7: S1 is handled at any hour.
    SeverityOneAnyTime,
    /// 24x7 outside hours: after-hours handling is for S1 only.
    AfterHoursForSeverityOneOnly { severity: Severity },
    AddHours {
        from: PrimitiveDateTime,
        hours: i64,
        to: PrimitiveDateTime,
    },
    /// NBD: delivered on the first business day after the accepted day.
    NextBusinessDay {
        accepted: Date,
        delivered: Date,
        closed: ClosedDays,
    },
    /// NCD, arranged by 17:00 (before 09:00 counts as accepted at 09:00 that day): the next calendar day.
    NextCalendarDay { accepted: Date, delivered: Date },
    /// NCD, arranged after 17:00: the day after next.
    DayAfterNext { arranged: Date, delivered: Date },
}

/// What the guide allows for a later delivery the customer wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DesiredVerdict {
    /// NBD and NCD take no booking: ask TAC on `ask_on` (the business day before for NBD, the day
    /// before for NCD) for delivery on the wanted day.
    AskTheDayBefore { ask_on: Date },
    /// Booked: on `date`, at `time` if one can be given; `time_dropped` when a time was asked for a day
    /// four or more days ahead, where only the day (09:00–17:00) can be chosen.
    Booked {
        date: Date,
        time: Option<Time>,
        time_dropped: bool,
    },
    /// Earlier than the service level's arrival: nothing to book.
    TooEarly { earliest: Arrival },
    /// The wanted day must be a business day.
    NotBusinessDay { date: Date, kind: DayKind },
    /// The wanted time must be 09:00–17:00.
    OutsideBusinessHours { time: Time },
}

/// Contract findings, from 1-4 "契約期間". Every period counts the day it runs from as day 1 (the
/// guide's own "30 日目"); where not counting that day (Civil Code art. 140) makes a wait longer,
/// the later day is kept beside it as the cautious one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContractNote {
    /// Parts ship only from the service start date: no request is accepted before it.
    BeforeServiceStart { start: Date },
    /// 2 h / 4 h: within the 30-day preparation period from Cisco's order date, after the service
    /// start: best effort. `last_day` is day 30, counting the order date as day 1; `cautious_last_day`
    /// the day after, the 30th day when the order date is not counted (best effort until then too).
    PreparationBestEffort {
        order: Date,
        last_day: Date,
        cautious_last_day: Date,
    },
    /// Re-contracted 90 or more days after the previous contract ended: parts delivery starts on day
    /// 30, counting the service start date as day 1 (`parts_from`), or the day after when it is not
    /// counted (`cautious_parts_from`, until which the tool promises nothing).
    RecontractWaiting {
        previous_end: Date,
        start: Date,
        parts_from: Date,
        cautious_parts_from: Date,
    },
    /// The contract ended: no TAC support and no replacement parts, except under the product's
    /// warranty (lines 274–284).
    Ended { end: Date },
}

/// What the answer can promise: an arrival only where the guide gives one (lines 258–266).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Promise {
    /// The service level's arrival.
    Arrival(Arrival),
    /// No part yet: requests are accepted from `ask_from` and parts delivered from `delivered_from`.
    NotYet {
        ask_from: Date,
        delivered_from: Date,
    },
    /// Inside the preparation period: best effort, no time promised; the service level applies
    /// from `level_from`.
    BestEffort { level_from: Date },
    /// The contract has ended: parts only under the product's warranty.
    Ended { end: Date },
}

/// The guide's warnings, shown when they apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// Heavy parts (30 kg+, 2 m+) and cables have their own delivery times and may take NBD whatever
    /// the service level.
    HeavyOrCable,
    /// 2 h / 4 h are not guaranteed to an address other than the registered site.
    OtherAddress,
    /// NCD, 2 h and 4 h exist only in some regions: check the Service Availability Matrix (SAM).
    RegionalAvailability,
    /// Weather, traffic and stock can delay the arrival.
    Delays,
    /// TAC's response hours follow the severity, not the service level.
    ResponseBySeverity,
    /// TAC needs the delivery information within business hours to complete the arrangement (S1 aside).
    InformationInBusinessHours,
}

/// Whether the part and the engineer can come after business hours (lines 2327–2331).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterHours {
    /// 24x7: after-hours delivery and dispatch are part of the contract.
    Contract24x7,
    /// 8x5x4h arranged within business hours: within 4 hours, even when that ends after 17:00.
    ArrangedInHours8x5,
    /// 8x5x4h arranged outside business hours: counted from the next opening; after-hours delivery
    /// and dispatch are for 24x7 contracts.
    Only24x7,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldEngineer {
    /// 2 h / 4 h: timed to the part's arrival, but not carrying it, so the two may differ a little.
    AroundPartArrival { after_hours: AfterHours },
    /// NBD / NCD: a visit between 09:00 and 17:00 from the delivery day on, at a time agreed with TAC.
    VisitWindow { from: Date },
}

/// The failed part goes back within 10 days of the replacement's ship date: the 10th day counting
/// the ship date as day 1, the earlier (cautious) of the two ways to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReturnDeadline {
    pub last_day: Date,
    /// False when no ship date was given and the arrangement day stands in for it.
    pub from_ship_date: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// When the service level's clock effectively starts.
    pub effective_start: PrimitiveDateTime,
    pub arrival: Arrival,
    pub steps: Vec<Step>,
    pub desired: Option<DesiredVerdict>,
    pub contract: Vec<ContractNote>,
    pub caveats: Vec<Caveat>,
    pub field_engineer: FieldEngineer,
    pub return_deadline: ReturnDeadline,
    /// Where the guide's words read literally give a later arrival than the tool's reading, that
    /// later arrival: shown beside the answer as the cautious one.
    pub cautious: Option<Arrival>,
}

impl Answer {
    /// A contract finding that means the request is not accepted (yet) at all.
    pub fn blocked(&self) -> Option<ContractNote> {
        self.contract.iter().copied().find(|note| {
            matches!(
                note,
                ContractNote::BeforeServiceStart { .. }
                    | ContractNote::RecontractWaiting { .. }
                    | ContractNote::Ended { .. }
            )
        })
    }

    /// What can be promised: the arrival, or why there is none and from when there will be.
    pub fn promise(&self) -> Promise {
        let mut ask_from = None;
        let mut delivered_from = None;
        for note in &self.contract {
            match *note {
                ContractNote::Ended { end } => return Promise::Ended { end },
                ContractNote::BeforeServiceStart { start } => {
                    ask_from = Some(start);
                    delivered_from = delivered_from.max(Some(start));
                }
                ContractNote::RecontractWaiting {
                    start,
                    cautious_parts_from,
                    ..
                } => {
                    ask_from = ask_from.or(Some(start));
                    delivered_from = delivered_from.max(Some(cautious_parts_from));
                }
                ContractNote::PreparationBestEffort { .. } => {}
            }
        }
        if let (Some(ask_from), Some(delivered_from)) = (ask_from, delivered_from) {
            return Promise::NotYet {
                ask_from,
                delivered_from,
            };
        }
        let best_effort = self.contract.iter().find_map(|note| match note {
            ContractNote::PreparationBestEffort {
                cautious_last_day, ..
            } => cautious_last_day.next_day(),
            _ => None,
        });
        match best_effort {
            Some(level_from) => Promise::BestEffort { level_from },
            None => Promise::Arrival(self.arrival),
        }
    }
}

/// Days of the preparation period (2 h / 4 h), from Cisco's order date.
pub const PREPARATION_DAYS: i64 = 30;
/// A re-contract this many days or more after the previous end waits for parts.
pub const RECONTRACT_GAP_DAYS: i64 = 90;
/// Parts delivery after such a re-contract starts on this day, counting the service start as day 1.
pub const RECONTRACT_PARTS_DAY: i64 = 30;
/// Days to return the failed part, from the replacement's ship date.
pub const RETURN_DAYS: i64 = 10;
/// A wanted day this many calendar days or more after the request can only be booked as a day.
pub const DAY_ONLY_FROM_DAYS_AHEAD: i64 = 4;

/// Why there is no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryError {
    /// A date outside the years whose holidays are known (1990–2099).
    OutOfRange(OutOfRange),
    /// 24x7 outside business hours: the answer depends on whether this is S1.
    SeverityNeeded,
}

impl From<OutOfRange> for DeliveryError {
    fn from(error: OutOfRange) -> Self {
        DeliveryError::OutOfRange(error)
    }
}

pub fn calculate(request: &Request, calendar: &BusinessCalendar) -> Result<Answer, DeliveryError> {
    let at = request.arranged_at;
    // Asked first, so an arrangement outside the supported years is an error whatever the level.
    let day_kind = calendar.day_kind(at.date())?;
    let in_hours = calendar.in_hours(at)?;
    let outside = || -> OutsideHours {
        if day_kind != DayKind::Business {
            OutsideHours::Closed(day_kind)
        } else if at.time() < OPENING {
            OutsideHours::BeforeOpening
        } else {
            OutsideHours::AfterClosing
        }
    };
    // The next opening, and the step that explains the move there.
    let move_to_opening = || -> Result<(PrimitiveDateTime, Step), OutOfRange> {
        let to = calendar.next_opening(at)?;
        let closed = calendar.closed_days_between(at.date(), to.date())?;
        Ok((
            to,
            Step::MovedToOpening {
                from: at,
                why: outside(),
                to,
                closed,
            },
        ))
    };
    let add_hours =
        |from: PrimitiveDateTime, hours: i64| -> Result<PrimitiveDateTime, OutOfRange> {
            from.checked_add(Duration::hours(hours))
                .ok_or(OutOfRange { year: from.year() })
        };

    let mut steps = Vec::new();
    let (effective_start, arrival) = match request.level {
        ServiceLevel::Nbd8x5 => {
            let start = if in_hours {
                steps.push(Step::InHours { at });
                at
            } else {
                let (to, step) = move_to_opening()?;
                steps.push(step);
                to
            };
            let delivered = calendar.next_business_day_after(start.date())?;
            let closed = calendar.closed_days_between(start.date(), delivered)?;
            steps.push(Step::NextBusinessDay {
                accepted: start.date(),
                delivered,
                closed,
            });
            (start, Arrival::Day(delivered))
        }
        ServiceLevel::Ncd8x7 => {
            // Acceptance every calendar day 09:00–17:00.
            if at.time() <= CLOSING {
                let start = at.max(PrimitiveDateTime::new(at.date(), OPENING));
                let delivered = add_days(at.date(), 1)?;
                steps.push(Step::NextCalendarDay {
                    accepted: at.date(),
                    delivered,
                });
                (start, Arrival::Day(delivered))
            } else {
                let next = add_days(at.date(), 1)?;
                let delivered = add_days(at.date(), 2)?;
                steps.push(Step::DayAfterNext {
                    arranged: at.date(),
                    delivered,
                });
                (
                    PrimitiveDateTime::new(next, OPENING),
                    Arrival::Day(delivered),
                )
            }
        }
        level => {
            let hours = level.hours().unwrap_or(4); // ok: NBD and NCD are matched above
            if level.is_24x7() && !in_hours && request.severity.is_none() {
                return Err(DeliveryError::SeverityNeeded);
            }
            let start = if level.is_24x7() && request.severity == Some(Severity::S1) {
                steps.push(Step::SeverityOneAnyTime);
                steps.push(Step::InHours { at });
                at
            } else if in_hours {
                steps.push(Step::InHours { at });
                at
            } else {
                if let (true, Some(severity)) = (level.is_24x7(), request.severity) {
                    steps.push(Step::AfterHoursForSeverityOneOnly { severity });
                } else {
                    steps.push(Step::WhateverTheSeverity);
                }
                let (to, step) = move_to_opening()?;
                steps.push(step);
                to
            };
            let by = add_hours(start, hours)?;
            steps.push(Step::AddHours {
                from: start,
                hours,
                to: by,
            });
            (start, Arrival::By(by))
        }
    };

    let desired = match request.desired {
        Some(desired) => Some(judge_desired(request, desired, arrival, calendar)?),
        None => None,
    };
    let cautious = literal_before_opening(request, day_kind, calendar)?
        .filter(|literal| literal.latest() > arrival.latest());

    Ok(Answer {
        effective_start,
        arrival,
        steps,
        desired,
        contract: contract_notes(request)?,
        caveats: caveats(request),
        field_engineer: match request.level {
            ServiceLevel::Nbd8x5 | ServiceLevel::Ncd8x7 => FieldEngineer::VisitWindow {
                from: arrival.date(),
            },
            level => FieldEngineer::AroundPartArrival {
                after_hours: if level.is_24x7() {
                    AfterHours::Contract24x7
                } else if in_hours {
                    AfterHours::ArrangedInHours8x5
                } else {
                    AfterHours::Only24x7
                },
            },
        },
        return_deadline: ReturnDeadline {
            last_day: add_days(request.ship_date.unwrap_or(at.date()), RETURN_DAYS - 1)?,
            from_ship_date: request.ship_date.is_some(),
        },
        cautious,
    })
}

/// The answer counts from when TAC completes the arrangement, which can be later than the time
/// entered (the time is "now" by default): given the `answer` for `request`, the arrival if that
/// completion slips past 17:00 the
/// same day, where that changes the rule (not only shifts the clock by the same minutes). `None`
/// where it changes nothing or there is no arrival.
pub fn if_completed_after_closing(
    request: &Request,
    answer: &Answer,
    calendar: &BusinessCalendar,
) -> Option<Arrival> {
    let at = request.arranged_at;
    let after_closing =
        PrimitiveDateTime::new(at.date(), CLOSING).checked_add(Duration::minutes(1))?;
    if at >= after_closing {
        return None;
    }
    let later = Request {
        arranged_at: after_closing,
        ..request.clone()
    };
    match (
        answer.promise(),
        calculate(&later, calendar).ok()?.promise(),
    ) {
        (Promise::Arrival(now), Promise::Arrival(then))
            if then.latest() > now.latest() + (after_closing - at) =>
        {
            Some(then)
        }
        _ => None,
    }
}

/// Whether the days from `from` to `to` (and the three after) touch the year-end, Golden Week or
/// Obon, when Cisco's own holidays, which the guide does not list, are most likely.
pub fn near_long_holidays(from: Date, to: Date) -> bool {
    let seasons: [((u8, u8), (u8, u8)); 4] = [
        ((12, 26), (12, 31)),
        ((1, 1), (1, 4)),
        ((4, 28), (5, 6)),
        ((8, 10), (8, 16)),
    ];
    let last = to.checked_add(Duration::days(3)).unwrap_or(to);
    let mut day = from;
    // At most a few weeks between the arrangement and the arrival: a short walk.
    for _ in 0..60 {
        if day > last {
            break;
        }
        let md = (u8::from(day.month()), day.day());
        if seasons
            .iter()
            .any(|(first, end)| *first <= md && md <= *end)
        {
            return true;
        }
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    false
}

/// The tool counts an arrangement before 09:00 on an accepting day as made at that day's opening.
/// The guide's "営業時間外に手配が完了した場合" read literally also covers it, and its rules count from
/// the arrangement day: NBD 「翌々営業日」, 8x5x4h 「翌営業日 9 時の手配完了扱い」 (13:00), NCD
/// 「翌々日」. This is that literal arrival, for the cases where the two readings can differ.
/// 24x7 has no such phrase (only "S1 outside hours"), so it has no literal alternative.
fn literal_before_opening(
    request: &Request,
    day_kind: DayKind,
    calendar: &BusinessCalendar,
) -> Result<Option<Arrival>, OutOfRange> {
    let at = request.arranged_at;
    if at.time() >= OPENING {
        return Ok(None);
    }
    let day = at.date();
    Ok(match request.level {
        ServiceLevel::Nbd8x5 if day_kind == DayKind::Business => {
            let next = calendar.next_business_day_after(day)?;
            Some(Arrival::Day(calendar.next_business_day_after(next)?))
        }
        ServiceLevel::FourHours8x5 if day_kind == DayKind::Business => {
            let next = calendar.next_business_day_after(day)?;
            Some(Arrival::By(
                PrimitiveDateTime::new(next, OPENING)
                    .checked_add(Duration::hours(4))
                    .ok_or(OutOfRange { year: next.year() })?,
            ))
        }
        ServiceLevel::Ncd8x7 => Some(Arrival::Day(add_days(day, 2)?)),
        _ => None,
    })
}

fn judge_desired(
    request: &Request,
    desired: Desired,
    arrival: Arrival,
    calendar: &BusinessCalendar,
) -> Result<DesiredVerdict, OutOfRange> {
    let too_early = match desired.time {
        Some(time) if !matches!(arrival, Arrival::Day(_)) => {
            PrimitiveDateTime::new(desired.date, time) < arrival.latest()
        }
        _ => desired.date < arrival.date(),
    };
    if too_early {
        return Ok(DesiredVerdict::TooEarly { earliest: arrival });
    }
    let days_ahead = (desired.date - request.arranged_at.date()).whole_days();
    match request.level {
        // NBD delivers on business days only (standard hours Mon–Fri, lines 2046–2069): a wanted
        // day that is not one is refused, as for 8x5x4h.
        ServiceLevel::Nbd8x5 => match calendar.day_kind(desired.date)? {
            DayKind::Business => Ok(DesiredVerdict::AskTheDayBefore {
                ask_on: calendar.previous_business_day_before(desired.date)?,
            }),
            kind => Ok(DesiredVerdict::NotBusinessDay {
                date: desired.date,
                kind,
            }),
        },
        ServiceLevel::Ncd8x7 => Ok(DesiredVerdict::AskTheDayBefore {
            ask_on: add_days(desired.date, -1)?,
        }),
        level => {
            // 8x5x4h: always a business day, 09:00–17:00. 24x7: any day and hour within 3 days.
            let business_only = !level.is_24x7() || days_ahead >= DAY_ONLY_FROM_DAYS_AHEAD;
            if business_only {
                let kind = calendar.day_kind(desired.date)?;
                if kind != DayKind::Business {
                    return Ok(DesiredVerdict::NotBusinessDay {
                        date: desired.date,
                        kind,
                    });
                }
            }
            if days_ahead >= DAY_ONLY_FROM_DAYS_AHEAD {
                return Ok(DesiredVerdict::Booked {
                    date: desired.date,
                    time: None,
                    time_dropped: desired.time.is_some(),
                });
            }
            match desired.time {
                Some(time) if business_only && !(OPENING..=CLOSING).contains(&time) => {
                    Ok(DesiredVerdict::OutsideBusinessHours { time })
                }
                time => Ok(DesiredVerdict::Booked {
                    date: desired.date,
                    time,
                    time_dropped: false,
                }),
            }
        }
    }
}

fn contract_notes(request: &Request) -> Result<Vec<ContractNote>, OutOfRange> {
    let today = request.arranged_at.date();
    let contract = request.contract;
    let mut notes = Vec::new();
    if let Some(end) = contract.end.filter(|end| today > *end) {
        notes.push(ContractNote::Ended { end });
    }
    if let Some(start) = contract.service_start {
        if today < start {
            notes.push(ContractNote::BeforeServiceStart { start });
        }
        if let Some(previous_end) = contract.previous_end {
            let parts_from = add_days(start, RECONTRACT_PARTS_DAY - 1)?;
            let cautious_parts_from = add_days(start, RECONTRACT_PARTS_DAY)?;
            if (start - previous_end).whole_days() >= RECONTRACT_GAP_DAYS
                && today < cautious_parts_from
            {
                notes.push(ContractNote::RecontractWaiting {
                    previous_end,
                    start,
                    parts_from,
                    cautious_parts_from,
                });
            }
        }
    }
    if request.level.hours().is_some() {
        if let Some(order) = contract.order_date {
            let last_day = add_days(order, PREPARATION_DAYS - 1)?;
            let cautious_last_day = add_days(order, PREPARATION_DAYS)?;
            let started = contract.service_start.is_none_or(|start| today >= start);
            if today >= order && today <= cautious_last_day && started {
                notes.push(ContractNote::PreparationBestEffort {
                    order,
                    last_day,
                    cautious_last_day,
                });
            }
        }
    }
    Ok(notes)
}

fn caveats(request: &Request) -> Vec<Caveat> {
    let level = request.level;
    let mut caveats = Vec::new();
    if request.heavy_or_cable {
        caveats.push(Caveat::HeavyOrCable);
    }
    if request.other_address && level.hours().is_some() {
        caveats.push(Caveat::OtherAddress);
    }
    if level != ServiceLevel::Nbd8x5 {
        caveats.push(Caveat::RegionalAvailability);
    }
    if request.severity != Some(Severity::S1) {
        caveats.push(Caveat::InformationInBusinessHours);
    }
    caveats.push(Caveat::Delays);
    caveats.push(Caveat::ResponseBySeverity);
    caveats
}

#[cfg(test)]
mod tests;
