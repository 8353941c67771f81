//! The delivery tool's form, as typed: every field keeps the visitor's text, so nothing typed is ever
//! lost, and [`check`] turns it into a request or says, per field, what is wrong. Also the
//! deep-link parameters (`#/delivery?level=24x7x4h&at=2026-05-03T02:00&sev=3`).

use serde::Serialize;
use time::{Date, PrimitiveDateTime};

use crate::rules::contract::form::Form;
use crate::rules::contract::tool_state::{typed_over, Env, Params, ToolState};
use crate::rules::delivery::{
    calculate, if_completed_after_closing, Answer, Arrival, Contract, DeliveryError, Desired,
    Promise, Request, ServiceLevel,
};
use crate::rules::kernel::bounds;
use crate::rules::kernel::calendar::{
    parse_company_holidays, parse_time, read_date, BusinessCalendar, CompanyHolidayError, DateRead,
};
use crate::rules::kernel::holidays::{FIRST_YEAR, LAST_YEAR};
use crate::rules::kernel::jst::{iso_date, iso_jst};
use crate::rules::kernel::severity::Severity;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeliveryForm {
    pub level: Option<ServiceLevel>,
    /// Arrangement date and time, JST, as `<input type=date>` / `<input type=time>` give them.
    pub date: String,
    pub time: String,
    pub severity: Option<Severity>,
    pub desired_date: String,
    pub desired_time: String,
    pub order_date: String,
    pub service_start: String,
    pub previous_end: String,
    /// The last day of the current contract.
    pub contract_end: String,
    pub ship_date: String,
    pub heavy_or_cable: bool,
    pub other_address: bool,
    pub company_holidays: String,
    /// The arrangement time is "now" (the default, or the "set to now" button), not one the
    /// visitor typed: TAC's completion may still slip, and the tool says what follows.
    pub at_now: bool,
}

/// A change the visitor makes; the form keeps exactly what they typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Level(ServiceLevel),
    Date(String),
    Time(String),
    /// Date and time together, for "set to now".
    At(PrimitiveDateTime),
    Severity(Option<Severity>),
    DesiredDate(String),
    DesiredTime(String),
    OrderDate(String),
    ServiceStart(String),
    PreviousEnd(String),
    ContractEnd(String),
    ShipDate(String),
    HeavyOrCable(bool),
    OtherAddress(bool),
    CompanyHolidays(String),
}

impl Form for DeliveryForm {
    type Action = Action;

    /// A typed text is kept within what its field holds (`kernel::bounds`), on one line.
    fn apply(&mut self, action: Action) {
        let date_or_time = |text| bounds::compact(text, bounds::DATE_OR_TIME);
        match action {
            Action::Level(level) => self.level = Some(level),
            Action::Date(text) => {
                self.date = date_or_time(text);
                self.at_now = false;
            }
            Action::Time(text) => {
                self.time = date_or_time(text);
                self.at_now = false;
            }
            Action::At(at) => {
                let now = form_at(at);
                (self.date, self.time) = (now.date, now.time);
                self.at_now = true;
            }
            Action::Severity(severity) => self.severity = severity,
            Action::DesiredDate(text) => self.desired_date = date_or_time(text),
            Action::DesiredTime(text) => self.desired_time = date_or_time(text),
            Action::OrderDate(text) => self.order_date = date_or_time(text),
            Action::ServiceStart(text) => self.service_start = date_or_time(text),
            Action::PreviousEnd(text) => self.previous_end = date_or_time(text),
            Action::ContractEnd(text) => self.contract_end = date_or_time(text),
            Action::ShipDate(text) => self.ship_date = date_or_time(text),
            Action::HeavyOrCable(on) => self.heavy_or_cable = on,
            Action::OtherAddress(on) => self.other_address = on,
            Action::CompanyHolidays(text) => {
                self.company_holidays = bounds::line(text, bounds::HOLIDAY_LIST)
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Level,
    Date,
    Time,
    DesiredDate,
    DesiredTime,
    OrderDate,
    ServiceStart,
    PreviousEnd,
    ContractEnd,
    ShipDate,
    CompanyHolidays,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    BadDate,
    /// Read as a day that does not exist (2024年2月30日): the text as typed.
    NoSuchDay(String),
    BadTime,
    /// A year outside 1990–2099, where the holiday calendar is not known.
    OutOfRange,
    /// A desired time without its date.
    TimeWithoutDate,
    /// The previous contract cannot end after the new one starts.
    EndsAfterStart,
    /// The contract cannot end before its service starts.
    EndsBeforeStart,
    CompanyHolidays(Vec<CompanyHolidayError>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Present when every field the answer needs is valid.
    pub request: Option<Request>,
    /// Built from the valid company-holiday items even when others are wrong.
    pub calendar: BusinessCalendar,
    pub errors: Vec<(Field, FieldError)>,
}

impl Checked {
    /// Some field holds something the tool cannot read (not merely an empty required one): the
    /// answer waits for it to be corrected, since computing without it could be wrong.
    pub fn needs_corrections(&self) -> bool {
        self.errors
            .iter()
            .any(|(_, error)| *error != FieldError::Required)
    }

    pub fn error(&self, field: Field) -> Option<&FieldError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }
}

pub fn check(form: &DeliveryForm) -> Checked {
    let mut errors = Vec::new();
    let mut date = |field: Field, text: &str, required: bool| -> Option<Date> {
        if text.trim().is_empty() {
            if required {
                errors.push((field, FieldError::Required));
            }
            return None;
        }
        match read_date(text) {
            DateRead::Date(date) if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) => Some(date),
            DateRead::Date(_) => {
                errors.push((field, FieldError::OutOfRange));
                None
            }
            DateRead::NoSuchDay => {
                errors.push((field, FieldError::NoSuchDay(text.trim().to_owned())));
                None
            }
            DateRead::Unreadable => {
                errors.push((field, FieldError::BadDate));
                None
            }
        }
    };
    let arranged_date = date(Field::Date, &form.date, true);
    let desired_date = date(Field::DesiredDate, &form.desired_date, false);
    let order_date = date(Field::OrderDate, &form.order_date, false);
    let service_start = date(Field::ServiceStart, &form.service_start, false);
    let previous_end = date(Field::PreviousEnd, &form.previous_end, false);
    let contract_end = date(Field::ContractEnd, &form.contract_end, false);
    let ship_date = date(Field::ShipDate, &form.ship_date, false);

    let mut time = |field: Field, text: &str, required: bool| {
        if text.trim().is_empty() {
            if required {
                errors.push((field, FieldError::Required));
            }
            return None;
        }
        let time = parse_time(text);
        if time.is_none() {
            errors.push((field, FieldError::BadTime));
        }
        time
    };
    let arranged_time = time(Field::Time, &form.time, true);
    let desired_time = time(Field::DesiredTime, &form.desired_time, false);

    if form.level.is_none() {
        errors.push((Field::Level, FieldError::Required));
    }
    if desired_time.is_some() && desired_date.is_none() && form.desired_date.trim().is_empty() {
        errors.push((Field::DesiredTime, FieldError::TimeWithoutDate));
    }
    if let (Some(end), Some(start)) = (previous_end, service_start) {
        if end >= start {
            errors.push((Field::PreviousEnd, FieldError::EndsAfterStart));
        }
    }
    if let (Some(end), Some(start)) = (contract_end, service_start) {
        if end < start {
            errors.push((Field::ContractEnd, FieldError::EndsBeforeStart));
        }
    }
    let (ranges, holiday_errors) = parse_company_holidays(&form.company_holidays);
    if !holiday_errors.is_empty() {
        errors.push((
            Field::CompanyHolidays,
            FieldError::CompanyHolidays(holiday_errors),
        ));
    }

    let request = match (form.level, arranged_date, arranged_time) {
        (Some(level), Some(date), Some(time)) if errors.is_empty() => Some(Request {
            level,
            arranged_at: PrimitiveDateTime::new(date, time),
            severity: form.severity,
            desired: desired_date.map(|date| Desired {
                date,
                time: desired_time,
            }),
            contract: Contract {
                order_date,
                service_start,
                previous_end,
                end: contract_end,
            },
            heavy_or_cable: form.heavy_or_cable,
            other_address: form.other_address,
            ship_date,
        }),
        _ => None,
    };
    Checked {
        request,
        calendar: BusinessCalendar::new(ranges),
        errors,
    }
}

// Deep-link parameter names: part of the public link format, never rename.
const LEVEL: &str = "level";
const AT: &str = "at";
const SEVERITY: &str = "sev";
const WANT: &str = "want";
const ORDER: &str = "order";
const START: &str = "start";
const PREVIOUS_END: &str = "prev_end";
const CONTRACT_END: &str = "end";
const SHIP: &str = "ship";
const HEAVY: &str = "heavy";
const OTHER_ADDRESS: &str = "other_address";
const COMPANY_HOLIDAYS: &str = "company_holidays";

/// A form filled from deep-link parameters; what a parameter does not give comes from `defaults`.
/// Unreadable values are kept as text where the form has a text field (so the field shows the error),
/// and dropped where it has a choice (level, severity).
fn read_params(params: &[(String, String)], defaults: DeliveryForm) -> DeliveryForm {
    let mut form = defaults;
    for (key, value) in params {
        let split = |value: &str| -> (String, String) {
            match value.split_once(['T', ' ']) {
                Some((date, time)) => (date.to_owned(), time.to_owned()),
                None => (value.to_owned(), String::new()),
            }
        };
        // Text goes through the form's own actions, so a link's values are bounded as typed ones.
        match key.as_str() {
            LEVEL => form.level = ServiceLevel::parse(value),
            AT => {
                let (date, time) = split(value);
                form.apply(Action::Date(date));
                form.apply(Action::Time(time));
            }
            SEVERITY => form.severity = Severity::parse(value),
            WANT => {
                let (date, time) = split(value);
                form.apply(Action::DesiredDate(date));
                form.apply(Action::DesiredTime(time));
            }
            ORDER => form.apply(Action::OrderDate(value.clone())),
            START => form.apply(Action::ServiceStart(value.clone())),
            PREVIOUS_END => form.apply(Action::PreviousEnd(value.clone())),
            CONTRACT_END => form.apply(Action::ContractEnd(value.clone())),
            SHIP => form.apply(Action::ShipDate(value.clone())),
            HEAVY => form.heavy_or_cable = value == "1",
            OTHER_ADDRESS => form.other_address = value == "1",
            COMPANY_HOLIDAYS => form.apply(Action::CompanyHolidays(value.clone())),
            _ => {}
        }
    }
    form
}

/// The parameters that reproduce `form`; empty fields are left out.
fn write_params(form: &DeliveryForm) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut push = |key: &str, value: String| {
        if !value.is_empty() {
            params.push((key.to_owned(), value));
        }
    };
    let join = |date: &str, time: &str| {
        if time.is_empty() {
            date.to_owned()
        } else {
            format!("{date}T{time}")
        }
    };
    push(
        LEVEL,
        form.level.map(|l| l.slug().to_owned()).unwrap_or_default(),
    );
    push(AT, join(&form.date, &form.time));
    push(
        SEVERITY,
        form.severity
            .map(|s| s.number().to_string())
            .unwrap_or_default(),
    );
    push(WANT, join(&form.desired_date, &form.desired_time));
    push(ORDER, form.order_date.clone());
    push(START, form.service_start.clone());
    push(PREVIOUS_END, form.previous_end.clone());
    push(CONTRACT_END, form.contract_end.clone());
    push(SHIP, form.ship_date.clone());
    push(
        HEAVY,
        if form.heavy_or_cable {
            "1".into()
        } else {
            String::new()
        },
    );
    push(
        OTHER_ADDRESS,
        if form.other_address {
            "1".into()
        } else {
            String::new()
        },
    );
    params
}

/// The tool's result for host pages: the arrival (by a time, or during a day 09:00–17:00 JST), the
/// cautious literal reading where later, when the clock starts, and the return deadline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryResult {
    /// The service level's slug (`24x7x4h`).
    pub level: Option<&'static str>,
    /// When TAC completed the dispatch arrangement (ISO 8601 with +09:00).
    pub arranged_at: Option<String>,
    pub arrival: Option<ArrivalResult>,
    /// The guide's words read literally, where they give a later arrival.
    pub cautious_arrival: Option<ArrivalResult>,
    pub clock_starts: Option<String>,
    /// The last day to return the failed part; an estimate when no ship date was given.
    pub return_by: Option<String>,
    pub return_by_is_estimate: bool,
    /// False when the contract dates mean no request is accepted at that time.
    pub accepted: bool,
    /// `incomplete`, `out-of-range` or `severity-needed` when there is no arrival.
    /// `arrival`; or why there is none: `not-yet` (before the service start, or the wait after a
    /// late re-contract), `best-effort` (the preparation period), `ended` (the contract ended);
    /// `none` without an answer.
    pub promise: &'static str,
    /// For `not-yet`, the first day parts are delivered; for `best-effort`, the first day the
    /// service level applies (ISO date).
    pub parts_from: Option<String>,
    pub error: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArrivalResult {
    /// `by` a time, or during a `day`.
    pub kind: &'static str,
    /// `2026-05-07T13:00:00+09:00` for `by`, `2026-05-07` for `day`.
    pub at: String,
}

impl ArrivalResult {
    fn of(arrival: Arrival) -> ArrivalResult {
        match arrival {
            Arrival::By(at) => ArrivalResult {
                kind: "by",
                at: iso_jst(at),
            },
            Arrival::Day(date) => ArrivalResult {
                kind: "day",
                at: iso_date(date),
            },
        }
    }
}

/// The form checked and, when it is complete, the answer, with the answer for a completion after
/// 17:00 when the arrangement time is "now": worked out once per render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveryEvaluation {
    pub checked: Checked,
    pub answer: Option<Result<Answer, DeliveryError>>,
    /// With the arrangement time "now": the arrival if TAC completes the arrangement after 17:00.
    pub after_closing: Option<Arrival>,
}

impl ToolState for DeliveryForm {
    type Evaluation = DeliveryEvaluation;
    type Result = DeliveryResult;

    /// The form a deep link gives, over the host's company holidays; with no arrangement time in the
    /// link, the current minute in Japan.
    fn from_params(params: &[(String, String)], env: &Env) -> Self {
        let mut defaults = DeliveryForm::default();
        defaults.apply(Action::CompanyHolidays(
            env.settings.company_holidays.clone(),
        ));
        let mut form = read_params(params, defaults);
        if let (true, true, Some(now)) = (form.date.is_empty(), form.time.is_empty(), env.now) {
            form.apply(Action::At(now));
        }
        form
    }

    /// The host's company holidays come with its page: the link carries them only where they differ
    /// (an empty value says "none", over a host that has some; the fuzz harness found the link lost it).
    fn to_params(&self, env: &Env) -> Params {
        let mut params = write_params(self);
        if self.company_holidays != env.settings.company_holidays {
            params.push((COMPANY_HOLIDAYS.to_owned(), self.company_holidays.clone()));
        }
        params
    }

    fn evaluate(&self, _env: &Env) -> DeliveryEvaluation {
        let checked = check(self);
        let answer = checked
            .request
            .as_ref()
            .map(|request| calculate(request, &checked.calendar));
        let after_closing = match (&checked.request, &answer) {
            (Some(request), Some(Ok(answer))) if self.at_now => {
                if_completed_after_closing(request, answer, &checked.calendar)
            }
            _ => None,
        };
        DeliveryEvaluation {
            checked,
            answer,
            after_closing,
        }
    }

    fn result(&self, evaluation: &DeliveryEvaluation) -> DeliveryResult {
        let request = evaluation.checked.request.as_ref();
        let mut result = DeliveryResult {
            level: self.level.map(ServiceLevel::slug),
            arranged_at: request.map(|r| iso_jst(r.arranged_at)),
            arrival: None,
            cautious_arrival: None,
            clock_starts: None,
            return_by: None,
            return_by_is_estimate: false,
            accepted: false,
            promise: "none",
            parts_from: None,
            error: Some("incomplete"),
        };
        match &evaluation.answer {
            None => {}
            Some(Err(DeliveryError::OutOfRange(_))) => result.error = Some("out-of-range"),
            Some(Err(DeliveryError::SeverityNeeded)) => result.error = Some("severity-needed"),
            Some(Ok(answer)) => {
                let promise = answer.promise();
                result.promise = match promise {
                    Promise::Arrival(_) => "arrival",
                    Promise::NotYet { .. } => "not-yet",
                    Promise::BestEffort { .. } => "best-effort",
                    Promise::Ended { .. } => "ended",
                };
                result.parts_from = match promise {
                    Promise::NotYet { delivered_from, .. } => Some(iso_date(delivered_from)),
                    Promise::BestEffort { level_from } => Some(iso_date(level_from)),
                    Promise::Arrival(_) | Promise::Ended { .. } => None,
                };
                // Where the guide gives no arrival, the result has none either.
                if let Promise::Arrival(arrival) = promise {
                    result.arrival = Some(ArrivalResult::of(arrival));
                    result.cautious_arrival = answer.cautious.map(ArrivalResult::of);
                }
                result.clock_starts = Some(iso_jst(answer.effective_start));
                result.return_by = Some(iso_date(answer.return_deadline.last_day));
                result.return_by_is_estimate = !answer.return_deadline.from_ship_date;
                result.accepted = answer.blocked().is_none();
                result.error = None;
            }
        }
        result
    }

    /// Not the arrangement date: typing it ends "now".
    fn unchanged(&self) -> Action {
        Action::DesiredDate(self.desired_date.clone())
    }

    fn rehearsal(&self) -> Action {
        Action::Date(typed_over(&self.date))
    }
}

/// A form for "now": the arrangement date and time set to the current JST minute.
pub fn form_at(now: PrimitiveDateTime) -> DeliveryForm {
    DeliveryForm {
        date: format!(
            "{:04}-{:02}-{:02}",
            now.year(),
            u8::from(now.month()),
            now.day()
        ),
        time: format!("{:02}:{:02}", now.hour(), now.minute()),
        ..DeliveryForm::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::contract::tool_state::testing;
    use crate::rules::contract::tool_state::testing::ResultIn;
    use crate::rules::kernel::calendar::DayRange;

    #[test]
    fn a_form_for_now_keeps_the_minute() {
        let form = form_at(datetime!(2026-01-02 03:04));
        assert_eq!(
            (form.date.as_str(), form.time.as_str()),
            ("2026-01-02", "03:04")
        );
    }
    use crate::rules::params;
    use time::macros::{date, datetime};

    fn filled() -> DeliveryForm {
        DeliveryForm {
            level: Some(ServiceLevel::FourHours24x7),
            date: "2026-05-03".into(),
            time: "02:00".into(),
            severity: Some(Severity::S3),
            ..DeliveryForm::default()
        }
    }

    #[test]
    fn a_filled_form_gives_a_request() {
        let checked = check(&filled());
        assert_eq!(checked.errors, []);
        let request = checked.request.unwrap();
        assert_eq!(request.arranged_at, datetime!(2026-05-03 02:00));
        assert_eq!(request.severity, Some(Severity::S3));
        assert_eq!(request.desired, None);
    }

    #[test]
    fn each_field_reports_its_own_error_and_keeps_its_text() {
        let form = DeliveryForm {
            level: None,
            date: "2026-02-30".into(),
            time: "25:00".into(),
            desired_time: "10:00".into(),
            order_date: "1989-12-01".into(),
            service_start: "2026-01-01".into(),
            previous_end: "2026-02-01".into(),
            company_holidays: "2026-12-29..2027-01-03, nope".into(),
            ..DeliveryForm::default()
        };
        let checked = check(&form);
        assert_eq!(checked.request, None);
        assert_eq!(checked.error(Field::Level), Some(&FieldError::Required));
        assert_eq!(
            checked.error(Field::Date),
            Some(&FieldError::NoSuchDay("2026-02-30".into())),
            "an impossible day is named as such"
        );
        assert_eq!(checked.error(Field::Time), Some(&FieldError::BadTime));
        assert_eq!(
            checked.error(Field::DesiredTime),
            Some(&FieldError::TimeWithoutDate)
        );
        assert_eq!(
            checked.error(Field::OrderDate),
            Some(&FieldError::OutOfRange)
        );
        assert_eq!(
            checked.error(Field::PreviousEnd),
            Some(&FieldError::EndsAfterStart)
        );
        assert_eq!(
            checked.error(Field::CompanyHolidays),
            Some(&FieldError::CompanyHolidays(vec![
                CompanyHolidayError::BadDate {
                    item: "nope".into()
                }
            ]))
        );
        // The valid holiday range is still used.
        assert_eq!(
            checked.calendar.company_holidays(),
            [DayRange {
                first: date!(2026 - 12 - 29),
                last: date!(2027 - 01 - 03)
            }]
        );
        assert_eq!(
            check(&DeliveryForm {
                date: String::new(),
                ..filled()
            })
            .error(Field::Date),
            Some(&FieldError::Required)
        );
    }

    #[test]
    fn actions_change_one_field_and_keep_the_text_as_typed() {
        let mut form = filled();
        form.apply(Action::Date("2026-13-01".into()));
        assert_eq!(form.date, "2026-13-01");
        assert_eq!(check(&form).error(Field::Date), Some(&FieldError::BadDate));
        form.apply(Action::At(datetime!(2026-11-20 10:00)));
        assert_eq!(
            (form.date.as_str(), form.time.as_str()),
            ("2026-11-20", "10:00")
        );
        form.apply(Action::Level(ServiceLevel::Nbd8x5));
        form.apply(Action::Severity(None));
        form.apply(Action::HeavyOrCable(true));
        form.apply(Action::CompanyHolidays("2026-11-24".into()));
        assert_eq!(form.level, Some(ServiceLevel::Nbd8x5));
        assert!(form.heavy_or_cable);
        let checked = check(&form);
        let answer =
            crate::rules::delivery::calculate(checked.request.as_ref().unwrap(), &checked.calendar)
                .unwrap();
        assert_eq!(
            answer.arrival,
            crate::rules::delivery::Arrival::Day(date!(2026 - 11 - 25)),
            "11/24 closed by the company"
        );
    }

    #[test]
    fn deep_links_round_trip() {
        let link = params(&[
            ("level", "24x7x4h"),
            ("at", "2026-05-03T02:00"),
            ("sev", "3"),
        ]);
        let form = read_params(&link, DeliveryForm::default());
        assert_eq!(form, filled());
        assert_eq!(write_params(&form), link);

        let everything = DeliveryForm {
            desired_date: "2026-05-08".into(),
            desired_time: "10:00".into(),
            order_date: "2026-04-01".into(),
            service_start: "2026-04-10".into(),
            previous_end: "2025-12-31".into(),
            ship_date: "2026-05-07".into(),
            heavy_or_cable: true,
            other_address: true,
            company_holidays: "2026-12-29..2027-01-03".into(),
            ..filled()
        };
        let env = crate::rules::contract::tool_state::testing::env(None);
        assert_eq!(
            DeliveryForm::from_params(&everything.to_params(&env), &env),
            everything
        );
    }

    #[test]
    fn the_answer_waits_for_corrections_not_only_for_required_fields() {
        let empty = check(&DeliveryForm::default());
        assert!(empty.request.is_none() && !empty.needs_corrections());
        let typo = check(&DeliveryForm {
            company_holidays: "2026-11-23, nope".into(),
            ..filled()
        });
        assert!(typo.request.is_none() && typo.needs_corrections());
        assert!(check(&filled()).request.is_some());
    }

    #[test]
    fn a_link_carries_company_holidays_only_where_they_differ_from_the_host() {
        let host = testing::host_settings("2026-12-29..2027-01-03");
        let env = testing::env_with(&host, None);
        let from_host = DeliveryForm::from_params(&[], &env);
        assert!(!from_host
            .to_params(&env)
            .iter()
            .any(|(k, _)| k == COMPANY_HOLIDAYS));
        // The visitor cleared them: the link says so, and opening it on the same host keeps none.
        let cleared = DeliveryForm {
            company_holidays: String::new(),
            ..from_host
        };
        let link = cleared.to_params(&env);
        assert!(link.contains(&(COMPANY_HOLIDAYS.to_owned(), String::new())));
        assert_eq!(DeliveryForm::from_params(&link, &env).company_holidays, "");
    }

    #[test]
    fn deep_links_fill_over_defaults_and_ignore_what_they_do_not_know() {
        let defaults = form_at(datetime!(2026-11-21 14:05));
        let form = read_params(
            &params(&[("level", "8x5xNBD"), ("sev", "9"), ("x", "y")]),
            defaults.clone(),
        );
        assert_eq!(form.level, Some(ServiceLevel::Nbd8x5));
        assert_eq!(form.severity, None);
        assert_eq!(
            (form.date.as_str(), form.time.as_str()),
            ("2026-11-21", "14:05")
        );
        let form = read_params(&params(&[("at", "garbage")]), defaults);
        assert_eq!(check(&form).error(Field::Date), Some(&FieldError::BadDate));
    }

    /// The result as a host page reads it (the first worked example, plus a ship date), and "now"
    /// filling an empty arrangement time.
    /// Before the service start the result carries no arrival: from when parts come instead.
    #[test]
    fn the_result_has_no_arrival_where_the_guide_gives_none() {
        let env = testing::env(None);
        let cases = [
            (
                &[
                    ("level", "8x5xNBD"),
                    ("at", "2026-11-09T10:00"),
                    ("start", "2026-11-10"),
                ][..],
                "not-yet",
                Some("2026-11-10"),
            ),
            (
                &[
                    ("level", "24x7x4h"),
                    ("at", "2026-11-20T10:00"),
                    ("order", "2026-11-01"),
                    ("start", "2026-11-10"),
                ][..],
                "best-effort",
                Some("2026-12-02"),
            ),
            (
                &[
                    ("level", "24x7x4h"),
                    ("at", "2026-12-07T10:00"),
                    ("end", "2026-12-04"),
                ][..],
                "ended",
                None,
            ),
        ];
        for (link, promise, parts_from) in cases {
            let form = DeliveryForm::from_params(&params(link), &env);
            let result = form.result_in(&env);
            assert_eq!(result.arrival, None, "{link:?}");
            assert_eq!(result.cautious_arrival, None, "{link:?}");
            assert_eq!(result.promise, promise, "{link:?}");
            assert_eq!(result.parts_from.as_deref(), parts_from, "{link:?}");
            assert_eq!(form.to_params(&env), params(link));
        }
        // An end before the start is a field error, not an answer.
        let wrong = DeliveryForm::from_params(
            &params(&[
                ("level", "8x5xNBD"),
                ("at", "2026-11-09T10:00"),
                ("start", "2026-11-10"),
                ("end", "2026-11-01"),
            ]),
            &env,
        );
        assert_eq!(
            check(&wrong).error(Field::ContractEnd),
            Some(&FieldError::EndsBeforeStart)
        );
    }

    #[test]
    fn the_result_for_host_pages() {
        let env = testing::env(Some(datetime!(2026-11-21 14:05)));
        let link = params(&[
            ("level", "24x7x4h"),
            ("at", "2026-05-03T02:00"),
            ("sev", "3"),
            ("ship", "2026-05-07"),
        ]);
        let form = DeliveryForm::from_params(&link, &env);
        assert_eq!(form.to_params(&env), link);
        assert_eq!(
            testing::json(&form, &env),
            serde_json::json!({
                "level": "24x7x4h",
                "promise": "arrival",
                "partsFrom": null,
                "arrangedAt": "2026-05-03T02:00:00+09:00",
                "arrival": { "kind": "by", "at": "2026-05-07T13:00:00+09:00" },
                "cautiousArrival": null,
                "clockStarts": "2026-05-07T09:00:00+09:00",
                "returnBy": "2026-05-16",
                "returnByIsEstimate": false,
                "accepted": true,
                "error": null,
            })
        );
        let now = DeliveryForm::from_params(&params(&[("level", "8x5xNBD")]), &env);
        assert_eq!(
            (now.date.as_str(), now.time.as_str()),
            ("2026-11-21", "14:05")
        );
        let nbd = testing::json(&now, &env);
        assert_eq!(
            nbd["arrival"],
            serde_json::json!({ "kind": "day", "at": "2026-11-25" })
        );
        assert_eq!(nbd["returnByIsEstimate"], serde_json::json!(true));
        let incomplete = DeliveryForm::from_params(&params(&[]), &testing::env(None));
        assert_eq!(
            testing::json(&incomplete, &env)["error"],
            serde_json::json!("incomplete")
        );
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn no_text_makes_the_form_panic(date in ".*", time in ".*", other in ".*", holidays in ".*") {
                let form = DeliveryForm {
                    level: Some(ServiceLevel::TwoHours24x7),
                    date, time,
                    desired_date: other.clone(), desired_time: other.clone(), order_date: other.clone(),
                    service_start: other.clone(), previous_end: other.clone(), ship_date: other,
                    company_holidays: holidays,
                    ..DeliveryForm::default()
                };
                let checked = check(&form);
                if let Some(request) = checked.request {
                    let _ = crate::rules::delivery::calculate(&request, &checked.calendar);
                }
            }

            #[test]
            fn any_link_gives_a_form(pairs in prop::collection::vec((".{0,12}", ".{0,24}"), 0..8)) {
                let form = read_params(&pairs, DeliveryForm::default());
                let _ = check(&form);
            }
        }
    }
}
