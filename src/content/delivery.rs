//! The delivery tool's words: the guide's facts about each service level (cited), and the sentences
//! that explain an answer, in Japanese and English. Pure functions of the domain's answer.
//!
//! Source: 000_aa25d047744acda8.txt — the service-level table (lines 2040–2135), its notes (lines
//! 2136–2163), field-engineer timing (lines 2330–2345), parts return (lines 2347–2367), contract
//! periods (1-4, lines 252–266), and 3. 注意事項 (lines 2480–2485).

use time::Date;

use super::holiday_names;
use crate::domain::calendar::{CompanyHolidayError, DayKind, LONGEST_RANGE_DAYS};
use crate::domain::delivery::{
    Arrival, Caveat, ContractNote, DeliveryError, DesiredVerdict, FieldEngineer, OutsideHours,
    ReturnDeadline, ServiceLevel, Step,
};
use crate::domain::delivery_form::FieldError;
use crate::domain::holidays::{FIRST_YEAR, LAST_YEAR};
use crate::domain::lang::Lang;
use crate::i18n::format;
use crate::i18n::Text;

/// How the guide's table names each level.
pub const fn level_name(level: ServiceLevel) -> &'static str {
    match level {
        ServiceLevel::Nbd8x5 => "8x5xNBD",
        ServiceLevel::FourHours8x5 => "8x5x4h",
        ServiceLevel::Ncd8x7 => "8x7xNCD",
        ServiceLevel::FourHours24x7 => "24x7x4h",
        ServiceLevel::TwoHours24x7 => "24x7x2h",
    }
}

/// When TAC accepts dispatch arrangements ("配送手配の受付時間・受付日"), and what the level promises.
pub const fn level_summary(level: ServiceLevel) -> Text {
    match level {
        ServiceLevel::Nbd8x5 => Text {
            ja: "受付: 月～金 9:00～17:00 (土日祝日・シスコ指定休日を除く)。翌営業日に配送。",
            en: "Accepted Mon–Fri 09:00–17:00 (except weekends, holidays and Cisco holidays). Delivered the next business day.",
        },
        ServiceLevel::FourHours8x5 => Text {
            ja: "受付: 月～金 9:00～17:00 (土日祝日・シスコ指定休日を除く)。4 時間以内に配送。",
            en: "Accepted Mon–Fri 09:00–17:00 (except weekends, holidays and Cisco holidays). Delivered within 4 hours.",
        },
        ServiceLevel::Ncd8x7 => Text {
            ja: "受付: 365 日 9:00～17:00。翌日に配送。",
            en: "Accepted every day of the year, 09:00–17:00. Delivered the next calendar day.",
        },
        ServiceLevel::FourHours24x7 => Text {
            ja: "受付: 365 日 24 時間 (営業時間外はシビラティ 1 のみ)。4 時間以内に配送。",
            en: "Accepted 24 hours, every day (outside business hours, severity 1 only). Delivered within 4 hours.",
        },
        ServiceLevel::TwoHours24x7 => Text {
            ja: "受付: 365 日 24 時間 (営業時間外はシビラティ 1 のみ)。2 時間以内に配送。",
            en: "Accepted 24 hours, every day (outside business hours, severity 1 only). Delivered within 2 hours.",
        },
    }
}

pub fn day_kind(lang: Lang, kind: DayKind) -> String {
    let text = match kind {
        DayKind::Business => Text {
            ja: "営業日",
            en: "Business day",
        },
        DayKind::Saturday => Text {
            ja: "土曜日",
            en: "Saturday",
        },
        DayKind::Sunday => Text {
            ja: "日曜日",
            en: "Sunday",
        },
        DayKind::National(holiday) => holiday_names::name(holiday),
        DayKind::Company => Text {
            ja: "会社指定休日",
            en: "Company holiday",
        },
    };
    text.get(lang).to_owned()
}

fn closed_list(lang: Lang, closed: &[(Date, DayKind)]) -> String {
    let items: Vec<String> = closed
        .iter()
        .map(|(date, kind)| format!("{} {}", format::date(lang, *date), day_kind(lang, *kind)))
        .collect();
    match lang {
        Lang::Ja => items.join("、"),
        Lang::En => items.join(", "),
    }
}

/// The promised arrival, as a sentence fragment: "by …" or "on … (09:00–17:00)".
pub fn arrival(lang: Lang, arrival: Arrival) -> String {
    match (lang, arrival) {
        (Lang::Ja, Arrival::By(at)) => format!("{} までに到着", format::date_time(lang, at)),
        (Lang::En, Arrival::By(at)) => format!("by {}", format::date_time(lang, at)),
        (Lang::Ja, Arrival::Day(date)) => format!(
            "{} に到着 (時刻の指定はなく、訪問は 9:00～17:00)",
            format::date(lang, date)
        ),
        (Lang::En, Arrival::Day(date)) => format!(
            "on {} (no set hour; visits 09:00–17:00)",
            format::date(lang, date)
        ),
    }
}

pub fn step(lang: Lang, step: &Step) -> String {
    use format::{date as d, date_time as dt};
    match (lang, step) {
        (Lang::Ja, Step::InHours { at }) => format!("{} は受付時間内です。この時刻から数えます。", dt(lang, *at)),
        (Lang::En, Step::InHours { at }) => format!("{} is within the acceptance hours: the clock starts then.", dt(lang, *at)),
        (_, Step::MovedToOpening { from, why, to, closed }) => {
            let why = match (lang, why) {
                (Lang::Ja, OutsideHours::BeforeOpening) => "9:00 より前".to_owned(),
                (Lang::En, OutsideHours::BeforeOpening) => "before 09:00".to_owned(),
                (Lang::Ja, OutsideHours::AfterClosing) => "17:00 より後".to_owned(),
                (Lang::En, OutsideHours::AfterClosing) => "after 17:00".to_owned(),
                (_, OutsideHours::Closed(kind)) => day_kind(lang, *kind),
            };
            let skipped = if closed.is_empty() {
                String::new()
            } else {
                match lang {
                    Lang::Ja => format!(" (休業日: {})", closed_list(lang, closed)),
                    Lang::En => format!(" (closed: {})", closed_list(lang, closed)),
                }
            };
            match lang {
                Lang::Ja => format!("{} は営業時間外 ({why}) のため、次の営業開始 {} に手配完了として扱います{skipped}。", dt(lang, *from), dt(lang, *to)),
                Lang::En => format!("{} is outside business hours ({why}), so it counts as arranged at the next opening, {}{skipped}.", dt(lang, *from), dt(lang, *to)),
            }
        }
        (Lang::Ja, Step::WhateverTheSeverity) => "8x5x4h で営業時間外に手配が完了した場合は、シビラティに関係なく翌営業日 9 時の手配完了扱いとなり、13 時までに配送されます。".to_owned(),
        (Lang::En, Step::WhateverTheSeverity) => "On 8x5x4h, an arrangement completed outside business hours counts as completed at 09:00 on the next business day, whatever the severity, and the part arrives by 13:00.".to_owned(),
        (Lang::Ja, Step::SeverityOneAnyTime) => "シビラティ 1 のため、24 時間いつでも対応されます。".to_owned(),
        (Lang::En, Step::SeverityOneAnyTime) => "Severity 1: handled at any hour.".to_owned(),
        (Lang::Ja, Step::AfterHoursForSeverityOneOnly { severity }) => format!("営業時間外の対応はシビラティ 1 のみです (このリクエストは S{})。", severity.number()),
        (Lang::En, Step::AfterHoursForSeverityOneOnly { severity }) => format!("Outside business hours only severity 1 is handled (this request is S{}).", severity.number()),
        (Lang::Ja, Step::AddHours { from, hours, to }) => format!("{} の {hours} 時間後: {}。", dt(lang, *from), dt(lang, *to)),
        (Lang::En, Step::AddHours { from, hours, to }) => format!("{hours} hours after {}: {}.", dt(lang, *from), dt(lang, *to)),
        (_, Step::NextBusinessDay { accepted, delivered, closed }) => {
            let skipped = if closed.is_empty() {
                String::new()
            } else {
                match lang {
                    Lang::Ja => format!(" ({} は休業日)", closed_list(lang, closed)),
                    Lang::En => format!(" ({} closed)", closed_list(lang, closed)),
                }
            };
            match lang {
                Lang::Ja => format!("受付日 {} の翌営業日は {}{skipped}。", d(lang, *accepted), d(lang, *delivered)),
                Lang::En => format!("The business day after the accepted day, {}, is {}{skipped}.", d(lang, *accepted), d(lang, *delivered)),
            }
        }
        (Lang::Ja, Step::NextCalendarDay { accepted, delivered }) => format!("{} の 17:00 までの受付 (9:00 前は 9:00 受付扱い) のため、翌日 {} に配送。", d(lang, *accepted), d(lang, *delivered)),
        (Lang::En, Step::NextCalendarDay { accepted, delivered }) => format!("Accepted on {} by 17:00 (before 09:00 counts as 09:00), so delivered the next day, {}.", d(lang, *accepted), d(lang, *delivered)),
        (Lang::Ja, Step::DayAfterNext { arranged, delivered }) => format!("{} の 17:00 より後の手配のため、翌々日 {} に配送。", d(lang, *arranged), d(lang, *delivered)),
        (Lang::En, Step::DayAfterNext { arranged, delivered }) => format!("Arranged after 17:00 on {}, so delivered the day after next, {}.", d(lang, *arranged), d(lang, *delivered)),
    }
}

/// The verdict on a wanted later delivery, and whether it is an error.
pub fn desired(lang: Lang, verdict: &DesiredVerdict) -> (String, bool) {
    use format::{date as d, time as t};
    match (lang, verdict) {
        (Lang::Ja, DesiredVerdict::AskTheDayBefore { ask_on }) => (format!("このサービスレベルでは日時を指定できません。希望日の前 (営業) 日、{} に TAC へ依頼してください。", d(lang, *ask_on)), false),
        (Lang::En, DesiredVerdict::AskTheDayBefore { ask_on }) => (format!("This service level takes no booked date or time. Ask TAC on {}, the (business) day before the day you want.", d(lang, *ask_on)), false),
        (Lang::Ja, DesiredVerdict::Booked { date, time: Some(time), .. }) => (format!("{} {} の配送を指定できます。", d(lang, *date), t(*time)), false),
        (Lang::En, DesiredVerdict::Booked { date, time: Some(time), .. }) => (format!("Delivery can be booked for {}, {}.", d(lang, *date), t(*time)), false),
        (Lang::Ja, DesiredVerdict::Booked { date, time: None, time_dropped }) => {
            let dropped = if *time_dropped { " 4 日以上先のため時刻は指定できません。" } else { "" };
            (format!("{} の 9:00～17:00 の配送を指定できます。{dropped}", d(lang, *date)), false)
        }
        (Lang::En, DesiredVerdict::Booked { date, time: None, time_dropped }) => {
            let dropped = if *time_dropped { " Four or more days ahead, no time can be chosen." } else { "" };
            (format!("Delivery can be booked for {} between 09:00 and 17:00.{dropped}", d(lang, *date)), false)
        }
        (Lang::Ja, DesiredVerdict::TooEarly { earliest }) => (format!("希望日時はサービスレベルの到着 ({}) より前です。それ以降を指定してください。", arrival(lang, *earliest)), true),
        (Lang::En, DesiredVerdict::TooEarly { earliest }) => (format!("That is earlier than the service level's arrival ({}). Choose a later time.", arrival(lang, *earliest)), true),
        (Lang::Ja, DesiredVerdict::NotBusinessDay { date, kind }) => (format!("{} は営業日ではありません ({})。営業日を指定してください。", d(lang, *date), day_kind(lang, *kind)), true),
        (Lang::En, DesiredVerdict::NotBusinessDay { date, kind }) => (format!("{} is not a business day ({}): choose a business day.", d(lang, *date), day_kind(lang, *kind)), true),
        (Lang::Ja, DesiredVerdict::OutsideBusinessHours { time }) => (format!("{} は営業時間外です。9:00～17:00 の時刻を指定してください。", t(*time)), true),
        (Lang::En, DesiredVerdict::OutsideBusinessHours { time }) => (format!("{} is outside business hours: choose a time from 09:00 to 17:00.", t(*time)), true),
    }
}

pub fn contract(lang: Lang, note: &ContractNote) -> String {
    use format::date as d;
    match (lang, note) {
        (Lang::Ja, ContractNote::BeforeServiceStart { start }) => format!("サービス開始日 ({}) より前のため、交換パーツの要請は受け付けられません。交換パーツ配送はサービス開始日以降です。", d(lang, *start)),
        (Lang::En, ContractNote::BeforeServiceStart { start }) => format!("This is before the service start date ({}): replacement-part requests are not accepted yet. Parts ship only from the service start date.", d(lang, *start)),
        (Lang::Ja, ContractNote::PreparationBestEffort { order, last_day }) => format!("シスコの受注日 ({}) から 30 日間のサービス準備期間中 ({} まで、受注日を 1 日目として数えています) のため、ベストエフォート対応です。", d(lang, *order), d(lang, *last_day)),
        (Lang::En, ContractNote::PreparationBestEffort { order, last_day }) => format!("Inside the 30-day preparation period from Cisco's order date ({}; until {}, counting the order date as day 1): best effort only.", d(lang, *order), d(lang, *last_day)),
        (Lang::Ja, ContractNote::RecontractWaiting { previous_end, start, parts_from }) => format!("前回の契約終了 ({}) から 90 日以上経過して再契約されたため、交換パーツ配送はサービス開始日 ({}) から 30 日目の {} からです。", d(lang, *previous_end), d(lang, *start), d(lang, *parts_from)),
        (Lang::En, ContractNote::RecontractWaiting { previous_end, start, parts_from }) => format!("Re-contracted 90 or more days after the previous contract ended ({}): parts delivery starts on day 30 from the service start date ({}), that is {}.", d(lang, *previous_end), d(lang, *start), d(lang, *parts_from)),
    }
}

pub const fn caveat(caveat: Caveat) -> Text {
    match caveat {
        Caveat::HeavyOrCable => Text {
            ja: "30kg 以上の重量物、2m 以上の形状物、ケーブル等は配送時間が異なり、サービスレベルに関わらず NBD (翌営業日) となる場合があります。対象は SNTC ページの重量パーツリストで確認できます。",
            en: "Heavy parts of 30 kg or more, parts 2 m or more in size, and cables have their own delivery times and may arrive only on the next business day (NBD), whatever the service level. The heavy-parts list on the SNTC page names them.",
        },
        Caveat::OtherAddress => Text {
            ja: "配送先がご登録サイトと異なる場合、2 時間および 4 時間以内の配送は保証されません。",
            en: "Delivery within 2 or 4 hours is not guaranteed to an address other than the registered site.",
        },
        Caveat::RegionalAvailability => Text {
            ja: "NCD、2 時間、4 時間の配送は提供地域が限られます。Service Availability Matrix (SAM) で確認してください。",
            en: "NCD, 2-hour and 4-hour delivery exist only in some areas: check the Service Availability Matrix (SAM).",
        },
        Caveat::Delays => Text {
            ja: "天候や交通事情、在庫状況等により到着が遅れる場合があります。",
            en: "Weather, traffic or stock can delay the arrival.",
        },
        Caveat::ResponseBySeverity => Text {
            ja: "TAC の対応時間や復旧目標時間は、サービスレベルではなくシビラティによって決まります。",
            en: "TAC's response hours and recovery targets follow the severity, not the service level.",
        },
        Caveat::InformationInBusinessHours => Text {
            ja: "TAC が配送手配を完了するには、配送に必要な情報を営業時間内に提供する必要があります (シビラティ 1 は営業時間外も対応)。",
            en: "TAC can complete the arrangement only once it has the delivery information, given within business hours (severity 1 is handled outside them too).",
        },
    }
}

pub fn field_engineer(lang: Lang, engineer: FieldEngineer) -> String {
    match (lang, engineer) {
        (Lang::Ja, FieldEngineer::AroundPartArrival { after_hours: true }) => "フィールドエンジニアはパーツの到着時刻に合わせて訪問します (パーツを持参しないため、到着と訪問の時刻が多少ずれることがあります)。営業時間外の訪問も可能です (24x7 契約)。".to_owned(),
        (Lang::En, FieldEngineer::AroundPartArrival { after_hours: true }) => "The field engineer is sent to arrive around the part's arrival (not carrying it, so the times may differ a little). After-hours visits are possible on this 24x7 contract.".to_owned(),
        (Lang::Ja, FieldEngineer::AroundPartArrival { after_hours: false }) => "フィールドエンジニアはパーツの到着時刻に合わせて訪問します (パーツを持参しないため、到着と訪問の時刻が多少ずれることがあります)。営業時間外の派遣は 24x7 契約のみです。".to_owned(),
        (Lang::En, FieldEngineer::AroundPartArrival { after_hours: false }) => "The field engineer is sent to arrive around the part's arrival (not carrying it, so the times may differ a little). After-hours visits need a 24x7 contract.".to_owned(),
        (Lang::Ja, FieldEngineer::VisitWindow { from }) => format!("フィールドエンジニアは {} 以降の 9:00～17:00 に、TAC と調整した時刻に訪問します。", format::date(lang, from)),
        (Lang::En, FieldEngineer::VisitWindow { from }) => format!("The field engineer visits between 09:00 and 17:00 from {} on, at a time agreed with TAC.", format::date(lang, from)),
    }
}

pub fn return_deadline(lang: Lang, deadline: ReturnDeadline) -> String {
    let day = format::date(lang, deadline.last_day);
    match (lang, deadline.from_ship_date) {
        (Lang::Ja, true) => format!("障害パーツは交換パーツの出荷日から 10 日以内、{day} までに返却してください。"),
        (Lang::En, true) => format!("Return the failed part within 10 days of the replacement's ship date: by {day}."),
        (Lang::Ja, false) => format!("障害パーツは交換パーツの出荷日から 10 日以内に返却してください。出荷日が未入力のため、配送手配日から数えて {day} までが目安です。"),
        (Lang::En, false) => format!("Return the failed part within 10 days of the replacement's ship date. With no ship date given, an estimate counted from the arrangement day: by {day}."),
    }
}

pub fn field_error(lang: Lang, error: &FieldError) -> String {
    let range = format!("{FIRST_YEAR}–{LAST_YEAR}");
    match (lang, error) {
        (Lang::Ja, FieldError::Required) => "入力してください。".to_owned(),
        (Lang::En, FieldError::Required) => "Required.".to_owned(),
        (Lang::Ja, FieldError::BadDate) => "日付を YYYY-MM-DD の形で入力してください。".to_owned(),
        (Lang::En, FieldError::BadDate) => "Enter a date as YYYY-MM-DD.".to_owned(),
        (Lang::Ja, FieldError::BadTime) => {
            "時刻を HH:MM (24 時間制) で入力してください。".to_owned()
        }
        (Lang::En, FieldError::BadTime) => "Enter a time as HH:MM (24-hour).".to_owned(),
        (Lang::Ja, FieldError::OutOfRange) => {
            format!("対応している年は {range} 年です (祝日の計算範囲)。")
        }
        (Lang::En, FieldError::OutOfRange) => {
            format!("Years {range} are supported (the holiday calendar's range).")
        }
        (Lang::Ja, FieldError::TimeWithoutDate) => {
            "時刻だけでなく日付も入力してください。".to_owned()
        }
        (Lang::En, FieldError::TimeWithoutDate) => "Enter the date as well as the time.".to_owned(),
        (Lang::Ja, FieldError::EndsAfterStart) => {
            "前回の契約終了日はサービス開始日より前の日付にしてください。".to_owned()
        }
        (Lang::En, FieldError::EndsAfterStart) => {
            "The previous contract must end before the service start date.".to_owned()
        }
        (_, FieldError::CompanyHolidays(errors)) => {
            let items: Vec<String> = errors
                .iter()
                .map(|error| company_holiday_error(lang, error))
                .collect();
            items.join(" ")
        }
    }
}

fn company_holiday_error(lang: Lang, error: &CompanyHolidayError) -> String {
    match (lang, error) {
        (Lang::Ja, CompanyHolidayError::BadDate { item }) => {
            format!("「{item}」は日付として読めません (例: 2026-12-29..2027-01-03, 2027-08-13)。")
        }
        (Lang::En, CompanyHolidayError::BadDate { item }) => {
            format!("\"{item}\" is not a date (example: 2026-12-29..2027-01-03, 2027-08-13).")
        }
        (Lang::Ja, CompanyHolidayError::Reversed { item }) => {
            format!("「{item}」は開始日が終了日より後です。")
        }
        (Lang::En, CompanyHolidayError::Reversed { item }) => {
            format!("\"{item}\" starts after it ends.")
        }
        (Lang::Ja, CompanyHolidayError::TooLong { item }) => {
            format!("「{item}」は長すぎます ({LONGEST_RANGE_DAYS} 日以内にしてください)。")
        }
        (Lang::En, CompanyHolidayError::TooLong { item }) => {
            format!("\"{item}\" is too long (at most {LONGEST_RANGE_DAYS} days).")
        }
    }
}

pub fn delivery_error(lang: Lang, error: DeliveryError) -> String {
    match (lang, error) {
        (Lang::Ja, DeliveryError::OutOfRange(out)) => format!("{} 年は計算できません。祝日を正確に計算できる {FIRST_YEAR}～{LAST_YEAR} 年の日付にしてください。", out.year),
        (Lang::En, DeliveryError::OutOfRange(out)) => format!("{} cannot be calculated: the holiday calendar covers {FIRST_YEAR}–{LAST_YEAR} exactly, so choose a date in those years.", out.year),
        (Lang::Ja, DeliveryError::SeverityNeeded) => "24x7 で営業時間外の手配は、シビラティ 1 かどうかで到着時刻が変わります。シビラティを選んでください。".to_owned(),
        (Lang::En, DeliveryError::SeverityNeeded) => "On 24x7 outside business hours, the arrival depends on whether this is severity 1: choose the severity.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::BusinessCalendar;
    use crate::domain::delivery::{calculate, Contract, Request};
    use crate::domain::holidays::Holiday;
    use crate::domain::severity::Severity;
    use time::macros::{date, datetime, time};

    #[test]
    fn explains_the_worked_example_in_both_languages() {
        let request = Request {
            level: ServiceLevel::FourHours24x7,
            arranged_at: datetime!(2026-05-03 02:00),
            severity: Some(Severity::S3),
            desired: None,
            contract: Contract::default(),
            heavy_or_cable: false,
            other_address: false,
            ship_date: None,
        };
        let answer = calculate(&request, &BusinessCalendar::default()).unwrap();
        let ja: Vec<String> = answer.steps.iter().map(|s| step(Lang::Ja, s)).collect();
        assert_eq!(ja, [
            "営業時間外の対応はシビラティ 1 のみです (このリクエストは S3)。",
            "2026年5月3日(日) 02:00 は営業時間外 (日曜日) のため、次の営業開始 2026年5月7日(木) 09:00 に手配完了として扱います (休業日: 2026年5月4日(月) みどりの日、2026年5月5日(火) こどもの日、2026年5月6日(水) 振替休日)。",
            "2026年5月7日(木) 09:00 の 4 時間後: 2026年5月7日(木) 13:00。",
        ]);
        let en: Vec<String> = answer.steps.iter().map(|s| step(Lang::En, s)).collect();
        assert_eq!(en, [
            "Outside business hours only severity 1 is handled (this request is S3).",
            "Sun 3 May 2026, 02:00 is outside business hours (Sunday), so it counts as arranged at the next opening, Thu 7 May 2026, 09:00 (closed: Mon 4 May 2026 Greenery Day, Tue 5 May 2026 Children's Day, Wed 6 May 2026 Substitute Holiday).",
            "4 hours after Thu 7 May 2026, 09:00: Thu 7 May 2026, 13:00.",
        ]);
        assert_eq!(
            arrival(Lang::En, answer.arrival),
            "by Thu 7 May 2026, 13:00"
        );
        assert_eq!(
            arrival(Lang::Ja, answer.arrival),
            "2026年5月7日(木) 13:00 までに到着"
        );
    }

    #[test]
    fn every_sentence_exists_in_both_languages() {
        let steps = [
            Step::InHours {
                at: datetime!(2026-11-20 10:00),
            },
            Step::WhateverTheSeverity,
            Step::SeverityOneAnyTime,
            Step::AfterHoursForSeverityOneOnly {
                severity: Severity::S2,
            },
            Step::AddHours {
                from: datetime!(2026-11-20 10:00),
                hours: 2,
                to: datetime!(2026-11-20 12:00),
            },
            Step::NextBusinessDay {
                accepted: date!(2026 - 11 - 20),
                delivered: date!(2026 - 11 - 24),
                closed: vec![],
            },
            Step::NextCalendarDay {
                accepted: date!(2026 - 11 - 20),
                delivered: date!(2026 - 11 - 21),
            },
            Step::DayAfterNext {
                arranged: date!(2026 - 11 - 20),
                delivered: date!(2026 - 11 - 22),
            },
        ];
        let verdicts = [
            DesiredVerdict::AskTheDayBefore {
                ask_on: date!(2026 - 11 - 24),
            },
            DesiredVerdict::Booked {
                date: date!(2026 - 11 - 24),
                time: Some(time!(10:00)),
                time_dropped: false,
            },
            DesiredVerdict::Booked {
                date: date!(2026 - 11 - 24),
                time: None,
                time_dropped: true,
            },
            DesiredVerdict::TooEarly {
                earliest: Arrival::Day(date!(2026 - 11 - 24)),
            },
            DesiredVerdict::NotBusinessDay {
                date: date!(2026 - 11 - 23),
                kind: DayKind::National(Holiday::LabourThanksgivingDay),
            },
            DesiredVerdict::OutsideBusinessHours { time: time!(18:00) },
        ];
        for lang in Lang::ALL {
            for s in &steps {
                assert!(!step(lang, s).is_empty());
            }
            for verdict in &verdicts {
                assert!(!desired(lang, verdict).0.is_empty());
            }
            assert_ne!(step(Lang::Ja, &steps[0]), step(Lang::En, &steps[0]));
        }
        assert_eq!(
            desired(Lang::En, &verdicts[4]),
            ("Mon 23 Nov 2026 is not a business day (Labour Thanksgiving Day): choose a business day.".to_owned(), true)
        );
        for level in ServiceLevel::ALL {
            let summary = level_summary(level);
            assert!(!summary.ja.is_empty() && !summary.en.is_empty());
        }
    }
}
