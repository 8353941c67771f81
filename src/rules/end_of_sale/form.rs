//! The end-of-sale tool's form: the two dates as typed, read and checked, its deep link and result.

use serde::Serialize;
use time::Date;

use super::{calculate, Answer, Status};
use crate::rules::contract::form::Form;
use crate::rules::contract::tool_state::{param, typed_over, Env, Params, ToolState};
use crate::rules::kernel::bounds;
use crate::rules::kernel::calendar::{read_date, DateRead};
use crate::rules::kernel::jst::iso_date;

/// The tool's form: the two dates as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EndOfSaleForm {
    pub end_of_sale: String,
    pub end_of_sw_maintenance: String,
}

pub enum Action {
    EndOfSale(String),
    EndOfSwMaintenance(String),
}

impl Form for EndOfSaleForm {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::EndOfSale(text) => {
                self.end_of_sale = bounds::compact(text, bounds::DATE_OR_TIME)
            }
            Action::EndOfSwMaintenance(text) => {
                self.end_of_sw_maintenance = bounds::compact(text, bounds::DATE_OR_TIME)
            }
        }
    }
}

/// Years the tool accepts: wide enough for any Cisco product, narrow enough that adding years stays
/// in the calendar.
pub const FIRST_YEAR: i32 = 1980;
pub const LAST_YEAR: i32 = 2199;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Required,
    BadDate,
    /// Read as a day that does not exist (2024年2月30日).
    NoSuchDay,
    OutOfRange,
}

/// A typed date, read: `None` for an empty optional field.
fn read(text: &str, required: bool) -> Result<Option<Date>, DateError> {
    let folded = crate::rules::kernel::address::fold_full_width(text);
    let text = folded.trim();
    if text.is_empty() {
        return if required {
            Err(DateError::Required)
        } else {
            Ok(None)
        };
    }
    let date = match read_date(text) {
        DateRead::Date(date) => date,
        DateRead::NoSuchDay => return Err(DateError::NoSuchDay),
        DateRead::Unreadable => return Err(DateError::BadDate),
    };
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(DateError::OutOfRange);
    }
    Ok(Some(date))
}

/// The form checked: each field's error, and the answer when the form is complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndOfSaleEvaluation {
    pub end_of_sale: Result<Option<Date>, DateError>,
    pub end_of_sw_maintenance: Result<Option<Date>, DateError>,
    pub answer: Option<Answer>,
}

pub fn evaluate_on(form: &EndOfSaleForm, today: Option<Date>) -> EndOfSaleEvaluation {
    let end_of_sale = read(&form.end_of_sale, true);
    let end_of_sw_maintenance = read(&form.end_of_sw_maintenance, false);
    let answer = match (&end_of_sale, &end_of_sw_maintenance) {
        (Ok(Some(eos)), Ok(eosm)) => calculate(*eos, *eosm, today),
        _ => None,
    };
    EndOfSaleEvaluation {
        end_of_sale,
        end_of_sw_maintenance,
        answer,
    }
}

const EOS: &str = "eos";
const EOSM: &str = "eosm";

/// The tool's result for host pages: each period's last day and state today, and the price rises.
/// Empty lists while the end-of-sale date is missing or unreadable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EndOfSaleResult {
    pub end_of_sale: Option<String>,
    pub end_of_sw_maintenance: Option<String>,
    pub periods: Vec<PeriodResult>,
    pub price_rises: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodResult {
    /// `hardware`, `os` or `application`.
    pub category: &'static str,
    /// The last day TAC can be reached, ISO 8601.
    pub until: String,
    /// `open`, `limited` (software past EoSM) or `ended`, on today's date in Japan; `None` without a clock.
    pub status: Option<&'static str>,
}

/// Deep link: `#/eos?eos=2024-05-01&eosm=2025-05-01` (dates of a product, nothing personal).
impl ToolState for EndOfSaleForm {
    type Evaluation = EndOfSaleEvaluation;
    type Result = EndOfSaleResult;

    fn from_params(params: &[(String, String)], _env: &Env) -> Self {
        let value = |key| {
            bounds::compact(
                param(params, key).unwrap_or_default().to_owned(),
                bounds::DATE_OR_TIME,
            )
        };
        EndOfSaleForm {
            end_of_sale: value(EOS),
            end_of_sw_maintenance: value(EOSM),
        }
    }

    fn to_params(&self, _env: &Env) -> Params {
        [
            (EOS, &self.end_of_sale),
            (EOSM, &self.end_of_sw_maintenance),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| (key.to_owned(), value.trim().to_owned()))
        .collect()
    }

    /// Today in Japan only decides "still open" or "ended".
    fn evaluate(&self, env: &Env) -> EndOfSaleEvaluation {
        evaluate_on(self, env.now.map(|now| now.date()))
    }

    fn result(&self, evaluation: &EndOfSaleEvaluation) -> EndOfSaleResult {
        let Some(answer) = &evaluation.answer else {
            return EndOfSaleResult {
                end_of_sale: None,
                end_of_sw_maintenance: None,
                periods: Vec::new(),
                price_rises: Vec::new(),
            };
        };
        EndOfSaleResult {
            end_of_sale: Some(iso_date(answer.end_of_sale)),
            end_of_sw_maintenance: answer.end_of_sw_maintenance.map(iso_date),
            periods: answer
                .periods
                .iter()
                .map(|period| PeriodResult {
                    category: period.category.key(),
                    until: iso_date(period.until),
                    status: period.status.map(|status| match status {
                        Status::Open { limited: false } => "open",
                        Status::Open { limited: true } => "limited",
                        Status::Ended => "ended",
                    }),
                })
                .collect(),
            price_rises: answer.price_rises.iter().copied().map(iso_date).collect(),
        }
    }

    fn unchanged(&self) -> Action {
        Action::EndOfSale(self.end_of_sale.clone())
    }

    fn rehearsal(&self) -> Action {
        Action::EndOfSale(typed_over(&self.end_of_sale))
    }
}
