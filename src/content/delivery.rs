//! The delivery tool's words: the guide's facts about each service level (cited), and the sentences
//! that explain an answer, in Japanese and English. Pure functions of the domain's answer.
//!
//! Source: 000_aa25d047744acda8.txt — the service-level table (lines 2040–2135), its notes (lines
//! 2136–2163), field-engineer timing (lines 2330–2345), parts return (lines 2347–2367), contract
//! periods (1-4, lines 252–266), and 3. 注意事項 (lines 2480–2485).

use time::{Date, PrimitiveDateTime};

use super::{holiday_names, services, Cited, Reading};
use crate::content::tools::ToolInfo;
use crate::content::{links, GuideLink};
use crate::i18n::format;
use crate::i18n::{text, Text};
use crate::rules::delivery::form::FieldError;
use crate::rules::delivery::ics::{Event, When};
use crate::rules::delivery::{
    AfterHours, Arrival, Caveat, ContractNote, DeliveryError, DesiredVerdict, FieldEngineer,
    OutsideHours, Promise, ReturnDeadline, ServiceLevel, Step,
};
use crate::rules::delivery::{Answer, Request};
use crate::rules::kernel::calendar::{
    ClosedDays, CompanyHolidayError, DayKind, LONGEST_RANGE_DAYS,
};
use crate::rules::kernel::calendar::{CLOSING, OPENING};
use crate::rules::kernel::holidays::{FIRST_YEAR, LAST_YEAR};
use crate::rules::kernel::lang::Lang;

/// When TAC accepts dispatch arrangements ("配送手配の受付時間・受付日"), and what the level promises.
pub const fn level_summary(level: ServiceLevel) -> Text {
    match level {
        ServiceLevel::Nbd8x5 => text!("受付: 月～金 9:00～17:00 (土日祝日・シスコ指定休日を除く)。翌営業日に配送。", "Accepted Mon–Fri 09:00–17:00 (except weekends, holidays and Cisco holidays). Delivered the next business day."),
        ServiceLevel::FourHours8x5 => text!("受付: 月～金 9:00～17:00 (土日祝日・シスコ指定休日を除く)。4 時間以内に配送。", "Accepted Mon–Fri 09:00–17:00 (except weekends, holidays and Cisco holidays). Delivered within 4 hours."),
        ServiceLevel::Ncd8x7 => text!("受付: 365 日 9:00～17:00。翌日に配送。", "Accepted every day of the year, 09:00–17:00. Delivered the next calendar day."),
        ServiceLevel::FourHours24x7 => text!("受付: 365 日 24 時間 (営業時間外はシビラティ 1 のみ)。4 時間以内に配送。", "Accepted 24 hours, every day (outside business hours, severity 1 only). Delivered within 4 hours."),
        ServiceLevel::TwoHours24x7 => text!("受付: 365 日 24 時間 (営業時間外はシビラティ 1 のみ)。2 時間以内に配送。", "Accepted 24 hours, every day (outside business hours, severity 1 only). Delivered within 2 hours."),
    }
}

pub fn day_kind(lang: Lang, kind: DayKind) -> String {
    let text = match kind {
        DayKind::Business => text!("営業日", "Business day"),
        DayKind::Saturday => text!("土曜日", "Saturday"),
        DayKind::Sunday => text!("日曜日", "Sunday"),
        DayKind::National(holiday) => holiday_names::name(holiday),
        DayKind::Company => text!("会社指定休日", "Company holiday"),
    };
    text.get(lang).to_owned()
}

fn closed_list(lang: Lang, closed: &ClosedDays) -> String {
    let mut items: Vec<String> = closed
        .listed
        .iter()
        .map(|(date, kind)| format!("{} {}", format::date(lang, *date), day_kind(lang, *kind)))
        .collect();
    if closed.more > 0 {
        items.push(match lang {
            Lang::Ja => format!("ほか {} 日", closed.more),
            Lang::En => format!("and {} more days", closed.more),
        });
    }
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
            // Before 09:00 on an accepting day, "the next opening" is that day's: the tool's reading.
            let reading = match (lang, *why, from.date() == to.date()) {
                (Lang::Ja, OutsideHours::BeforeOpening, true) => " (このツールの読み方: 営業日の 9:00 より前はその日の営業開始として数えます)",
                (Lang::En, OutsideHours::BeforeOpening, true) => " (the tool's reading: before 09:00 on a business day counts as that day's opening)",
                _ => "",
            };
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
                Lang::Ja => format!("{} は営業時間外 ({why}) のため、次の営業開始 {} に手配完了として扱います{skipped}{reading}。", dt(lang, *from), dt(lang, *to)),
                Lang::En => format!("{} is outside business hours ({why}), so it counts as arranged at the next opening, {}{skipped}{reading}.", dt(lang, *from), dt(lang, *to)),
            }
        }
        (Lang::Ja, Step::WhateverTheSeverity) => "8x5x4h で営業時間外に手配が完了した場合は、シビラティに関係なく翌営業日 9 時の手配完了扱いとなり、13 時までに配送されます。".to_owned(),
        (Lang::En, Step::WhateverTheSeverity) => "On 8x5x4h, an arrangement completed outside business hours counts as completed at 09:00 on the next business day, whatever the severity, and the part arrives by 13:00.".to_owned(),
        (Lang::Ja, Step::SeverityOneAnyTime) => "シビラティ 1 のため、24 時間いつでも対応されます。".to_owned(),
        (Lang::En, Step::SeverityOneAnyTime) => "Severity 1: handled at any hour.".to_owned(),
        (Lang::Ja, Step::AfterHoursForSeverityOneOnly { severity }) => format!("営業時間外の対応はシビラティ 1 のみです (このリクエストは {})。このツールは、次の営業開始から数えると読んでいます。", severity.label()),
        (Lang::En, Step::AfterHoursForSeverityOneOnly { severity }) => format!("Outside business hours only severity 1 is handled (this request is {}); the tool reads this as counting from the next business opening.", severity.label()),
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
        (Lang::Ja, Step::NextCalendarDay { accepted, delivered }) => format!("{} の 17:00 までの受付 (9:00 前は 9:00 受付扱い: このツールの読み方) のため、翌日 {} に配送。", d(lang, *accepted), d(lang, *delivered)),
        (Lang::En, Step::NextCalendarDay { accepted, delivered }) => format!("Accepted on {} by 17:00 (before 09:00 counts as 09:00: the tool's reading), so delivered the next day, {}.", d(lang, *accepted), d(lang, *delivered)),
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

/// The answer's first line where no arrival can be given: from when parts can be asked for and
/// delivered, or why not at all.
pub fn no_arrival(lang: Lang, promise: Promise) -> Option<String> {
    use format::date as d;
    Some(match (lang, promise) {
        (_, Promise::Arrival(_)) => return None,
        (Lang::Ja, Promise::NotYet { ask_from, delivered_from }) if ask_from == delivered_from => format!("まだ到着日時はありません: 交換パーツは {} から要請でき、配送もその日以降です。", d(lang, ask_from)),
        (Lang::En, Promise::NotYet { ask_from, delivered_from }) if ask_from == delivered_from => format!("No arrival yet: replacement parts can be asked for from {}, and are delivered from that day.", d(lang, ask_from)),
        (Lang::Ja, Promise::NotYet { ask_from, delivered_from }) => format!("まだ到着日時はありません: 交換パーツの要請はサービス開始日 {} から、配送は {} からです。", d(lang, ask_from), d(lang, delivered_from)),
        (Lang::En, Promise::NotYet { ask_from, delivered_from }) => format!("No arrival yet: replacement parts can be asked for from the service start ({}), and are delivered from {}.", d(lang, ask_from), d(lang, delivered_from)),
        (Lang::Ja, Promise::BestEffort { level_from }) => format!("ベストエフォート対応: サービス準備期間中のため、到着時刻は約束されません。サービスレベルどおりの配送は {} からです。", d(lang, level_from)),
        (Lang::En, Promise::BestEffort { level_from }) => format!("Best effort: inside the preparation period no arrival time is promised. The service level applies from {}.", d(lang, level_from)),
        (Lang::Ja, Promise::Ended { end }) => format!("契約は {} に終了しています: 交換パーツは製品保証期間内の場合だけです。", d(lang, end)),
        (Lang::En, Promise::Ended { end }) => format!("The contract ended on {}: replacement parts only under the product's warranty.", d(lang, end)),
    })
}

pub fn contract(lang: Lang, note: &ContractNote) -> String {
    use format::date as d;
    match (lang, note) {
        (Lang::Ja, ContractNote::BeforeServiceStart { start }) => format!("サービス開始日 ({}) より前のため、交換パーツの要請は受け付けられません。交換パーツ配送はサービス開始日以降です。", d(lang, *start)),
        (Lang::En, ContractNote::BeforeServiceStart { start }) => format!("This is before the service start date ({}): replacement-part requests are not accepted yet. Parts ship only from the service start date.", d(lang, *start)),
        (Lang::Ja, ContractNote::PreparationBestEffort { order, last_day, cautious_last_day }) => format!("シスコの受注日 ({}) から 30 日間のサービス準備期間中のため、ベストエフォート対応です (到着時刻の約束はありません)。準備期間は受注日を 1 日目として {} まで、受注日を数えない場合は {} までです。", d(lang, *order), d(lang, *last_day), d(lang, *cautious_last_day)),
        (Lang::En, ContractNote::PreparationBestEffort { order, last_day, cautious_last_day }) => format!("Inside the 30-day preparation period from Cisco's order date ({}): best effort only, with no arrival time promised. The period runs until {} counting the order date as day 1, or until {} if it is not counted.", d(lang, *order), d(lang, *last_day), d(lang, *cautious_last_day)),
        (Lang::Ja, ContractNote::RecontractWaiting { previous_end, start, parts_from, cautious_parts_from }) => format!("前回の契約終了 ({}) から 90 日以上経過して再契約されたため、交換パーツ配送はサービス開始日 ({}) から 30 日目からです: 開始日を 1 日目として {}、開始日を数えない場合は {}。", d(lang, *previous_end), d(lang, *start), d(lang, *parts_from), d(lang, *cautious_parts_from)),
        (Lang::En, ContractNote::RecontractWaiting { previous_end, start, parts_from, cautious_parts_from }) => format!("Re-contracted 90 or more days after the previous contract ended ({}): parts delivery starts on day 30 from the service start date ({}), that is {} counting the start as day 1, or {} if it is not counted.", d(lang, *previous_end), d(lang, *start), d(lang, *parts_from), d(lang, *cautious_parts_from)),
        (Lang::Ja, ContractNote::Ended { end }) => format!("契約は {} に終了しています。契約期間を過ぎると、TAC の技術者による遠隔技術サポートと交換パーツ配送 (製品保証期間内の場合を除く) は受けられません。契約の更新は購入元の販売パートナーへご依頼ください。", d(lang, *end)),
        (Lang::En, ContractNote::Ended { end }) => format!("The contract ended on {}. After the contract period there is no remote support from TAC engineers and no replacement-part delivery (except under the product's warranty). Ask the partner you bought from to renew it.", d(lang, *end)),
    }
}

pub const fn caveat(caveat: Caveat) -> Text {
    match caveat {
        Caveat::HeavyOrCable => text!("30kg 以上の重量物、2m 以上の形状物、ケーブル等は配送時間が異なり、サービスレベルに関わらず NBD (翌営業日) となる場合があります。対象は SNTC ページの重量パーツリストで確認できます。", "Heavy parts of 30 kg or more, parts 2 m or more in size, and cables have their own delivery times and may arrive only on the next business day (NBD), whatever the service level. The heavy-parts list on the SNTC page names them."),
        Caveat::OtherAddress => text!("配送先がご登録サイトと異なる場合、2 時間および 4 時間以内の配送は保証されません。", "Delivery within 2 or 4 hours is not guaranteed to an address other than the registered site."),
        Caveat::RegionalAvailability => text!("NCD、2 時間、4 時間の配送は提供地域が限られます。Service Availability Matrix (SAM) で確認してください。", "NCD, 2-hour and 4-hour delivery exist only in some areas: check the Service Availability Matrix (SAM)."),
        Caveat::Delays => text!("天候や交通事情、在庫状況等により到着が遅れる場合があります。", "Weather, traffic or stock can delay the arrival."),
        Caveat::ResponseBySeverity => text!("TAC の対応時間や復旧目標時間は、サービスレベルではなくシビラティによって決まります。", "TAC's response hours and recovery targets follow the severity, not the service level."),
        Caveat::InformationInBusinessHours => text!("TAC が配送手配を完了するには、配送に必要な情報を営業時間内に提供する必要があります (シビラティ 1 は営業時間外も対応)。", "TAC can complete the arrangement only once it has the delivery information, given within business hours (severity 1 is handled outside them too)."),
    }
}

pub fn field_engineer(lang: Lang, engineer: FieldEngineer) -> String {
    match (lang, engineer) {
        (Lang::Ja, FieldEngineer::AroundPartArrival { after_hours }) => format!("フィールドエンジニアはパーツの到着時刻に合わせて訪問します (パーツを持参しないため、到着と訪問の時刻が多少ずれることがあります)。{}", match after_hours {
            AfterHours::Contract24x7 => "営業時間外の配送と訪問も可能です (24x7 契約)。",
            AfterHours::ArrangedInHours8x5 => "営業時間内に TAC が交換を判断して配送手配が完了したため、17 時を過ぎても 4 時間以内にパーツが届き、フィールドエンジニアが訪問します (8x5 契約の例外)。",
            AfterHours::Only24x7 => "営業時間外に手配が完了したため、翌営業日 9 時からの計算です。営業時間外の配送と派遣は 24x7 契約のみです。",
        }),
        (Lang::En, FieldEngineer::AroundPartArrival { after_hours }) => format!("The field engineer is sent to arrive around the part's arrival (not carrying it, so the times may differ a little). {}", match after_hours {
            AfterHours::Contract24x7 => "After-hours delivery and visits are possible on this 24x7 contract.",
            AfterHours::ArrangedInHours8x5 => "TAC decided on the replacement and completed the arrangement within business hours, so the part and the engineer come within 4 hours, even after 17:00 (the 8x5 exception).",
            AfterHours::Only24x7 => "The arrangement was completed outside business hours, so the 4 hours count from 09:00 on the next business day; after-hours delivery and dispatch are for 24x7 contracts only.",
        }),
        (Lang::Ja, FieldEngineer::VisitWindow { from }) => format!("フィールドエンジニアは {} 以降の 9:00～17:00 に、TAC と調整した時刻に訪問します。", format::date(lang, from)),
        (Lang::En, FieldEngineer::VisitWindow { from }) => format!("The field engineer visits between 09:00 and 17:00 from {} on, at a time agreed with TAC.", format::date(lang, from)),
    }
}

pub fn return_deadline(lang: Lang, deadline: ReturnDeadline) -> String {
    let day = format::date(lang, deadline.last_day);
    match (lang, deadline.from_ship_date) {
        (Lang::Ja, true) => format!("障害パーツは交換パーツの出荷日から 10 日以内、{day} までに返却してください (出荷日を 1 日目として数えた、早い方の期限)。"),
        (Lang::En, true) => format!("Return the failed part within 10 days of the replacement's ship date: by {day} (counting the ship date as day 1, the earlier of the two ways to count)."),
        (Lang::Ja, false) => format!("障害パーツは交換パーツの出荷日から 10 日以内に返却してください。出荷日が未入力のため、配送手配日を 1 日目として数えて {day} までが目安です。"),
        (Lang::En, false) => format!("Return the failed part within 10 days of the replacement's ship date. With no ship date given, an estimate counting the arrangement day as day 1: by {day}."),
    }
}

pub fn field_error(lang: Lang, error: &FieldError) -> String {
    let range = format!("{FIRST_YEAR}–{LAST_YEAR}");
    match (lang, error) {
        (Lang::Ja, FieldError::Required) => "入力してください。".to_owned(),
        (Lang::En, FieldError::Required) => "Required.".to_owned(),
        (Lang::Ja, FieldError::BadDate) => "日付を YYYY-MM-DD (2024-05-01)、2024/5/1、2024年5月1日、20240501、令和6年5月1日 のいずれかの形で入力してください。".to_owned(),
        (Lang::En, FieldError::BadDate) => "Enter a date as YYYY-MM-DD (2024-05-01), 2024/5/1, 20240501 or 2024年5月1日.".to_owned(),
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
        (Lang::Ja, FieldError::NoSuchDay(typed)) => format!("{typed} は存在しない日付です。"),
        (Lang::En, FieldError::NoSuchDay(typed)) => format!("There is no such day: {typed}."),
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
        (Lang::Ja, FieldError::EndsBeforeStart) => {
            "契約の終了日はサービス開始日以降の日付にしてください。".to_owned()
        }
        (Lang::En, FieldError::EndsBeforeStart) => {
            "The contract cannot end before its service start date.".to_owned()
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

/// The answer as calendar events: the arrival (an estimate), the field engineer's window where it is
/// a separate visit, and the return deadline.
/// The arrival, the engineer's visit and the return deadline as calendar events; none where the
/// guide gives no arrival (before the service start, a wait, best effort, an ended contract).
pub fn calendar_events(lang: Lang, request: &Request, answer: &Answer) -> Vec<Event> {
    if !matches!(answer.promise(), Promise::Arrival(_)) {
        return Vec::new();
    }
    let t = |ja: &str, en: &str| match lang {
        Lang::Ja => ja.to_owned(),
        Lang::En => en.to_owned(),
    };
    let level = request.level.slug();
    let window = |day: Date| When::Times {
        start: PrimitiveDateTime::new(day, OPENING),
        end: PrimitiveDateTime::new(day, CLOSING),
    };
    let mut description = vec![
        format!("{}: {level}", t("サービスレベル", "Service level")),
        format!(
            "{}: {}",
            t("起算時刻 (日本時間)", "Clock starts (Japan time)"),
            format::date_time(lang, answer.effective_start)
        ),
        format!(
            "{}: {}",
            t("到着の目安", "Estimated arrival"),
            arrival(lang, answer.arrival)
        ),
    ];
    if let Some(literal) = answer.cautious {
        description.push(cautious(lang, request.level, literal));
    }
    description.push(t(
        "天候や交通事情、在庫状況等により到着が遅れる場合があります。",
        "Weather, traffic or stock can delay the arrival.",
    ));
    let mut events = vec![Event {
        id: "delivery-arrival",
        summary: format!(
            "{} ({level})",
            t(
                "交換パーツの到着の目安",
                "Replacement part: estimated arrival"
            )
        ),
        description: description.join("\n"),
        when: match answer.arrival {
            Arrival::By(at) => When::Times {
                start: answer.effective_start,
                end: at,
            },
            Arrival::Day(day) => window(day),
        },
    }];
    if let FieldEngineer::VisitWindow { from } = answer.field_engineer {
        events.push(Event {
            id: "field-engineer",
            summary: t(
                "フィールドエンジニアの訪問 (9:00～17:00、時刻は TAC と調整)",
                "Field engineer visit (09:00–17:00, time agreed with TAC)",
            ),
            description: field_engineer(lang, answer.field_engineer),
            when: window(from),
        });
    }
    events.push(Event {
        id: "return-deadline",
        summary: t("障害パーツの返却期限", "Return the failed part: deadline"),
        description: return_deadline(lang, answer.return_deadline),
        when: When::Days {
            first: answer.return_deadline.last_day,
            last: answer.return_deadline.last_day,
        },
    });
    events
}

/// Beside the answer, where the guide's words read literally give a later arrival.
pub fn cautious(lang: Lang, level: ServiceLevel, literal: Arrival) -> String {
    let phrase = match level {
        ServiceLevel::Nbd8x5 => "「翌々営業日」",
        ServiceLevel::FourHours8x5 => "「翌営業日 9 時の手配完了扱い」",
        _ => "「翌々日」",
    };
    match lang {
        Lang::Ja => format!("慎重な目安: ガイドの「営業時間外に手配が完了した場合」{phrase}を手配日から文字どおり数えると、{}。", arrival(lang, literal)),
        Lang::En => format!("The cautious answer: counting the guide's \"arranged outside business hours\" rule ({phrase}) literally from the arrangement day gives {}.", arrival(lang, literal)),
    }
}

/// How this tool reads the guide for deliveries.
pub const READINGS: &[Reading] = &[
    Reading {
        text: text!("営業時間 9:00～17:00 は両端を含みます (17:00 ちょうどは営業時間内)。", "Business hours 09:00–17:00 include both ends (17:00 exactly is in hours)."),
        source: services("サービスレベルとパーツ配送時間", 2050, 2058),
    },
    Reading {
        text: text!("8x5xNBD、8x5x4h、8x7xNCD、24x7 のシビラティ 1 以外で、受付日の 9:00 より前に手配が完了した場合は、その日の 9:00 の受付として数えます。ガイドの「営業時間外に手配が完了した場合」の「翌々営業日」「翌営業日 9 時」「翌々日」を手配日から文字どおり数えると遅くなる場合は、その日時を「慎重な目安」として並べて示します。", "For 8x5xNBD, 8x5x4h, 8x7xNCD and 24x7 below severity 1, an arrangement completed before 09:00 on an accepting day counts as accepted at 09:00 that day. Where the guide's \"arranged outside business hours\" rules (「翌々営業日」, 「翌営業日 9 時」, 「翌々日」) counted literally from the arrangement day give a later time, that time is shown beside the answer as the cautious one."),
        source: services("サービスレベルとパーツ配送時間", 2060, 2110),
    },
    Reading {
        text: text!("24x7 でシビラティ 1 以外の手配が営業時間外に完了した場合は、ガイドの「営業時間外の対応はシビラティ 1 の場合のみ」から、次の営業開始 (営業日の 9:00) から数えます。", "On 24x7, an arrangement below severity 1 completed outside business hours counts from the next business opening (09:00 on a business day), from the guide's \"outside business hours, severity 1 only\"."),
        source: services("サービスレベルとパーツ配送時間", 2116, 2143),
    },
    Reading {
        text: text!("30 日間の準備期間はガイドの段落どおり 2 時間・4 時間の配送契約だけに適用します。「交換パーツ配送はサービス開始日以降」と「契約終了から 90 日以上経過して再契約した場合はサービス開始日から 30 日目」は、同じ段落にありますが、すべてのサービスレベルに適用しています。90 日は前回の契約終了日から新しいサービス開始日までで数えます。", "The 30-day preparation period applies, as the guide's paragraph says, to 2-hour and 4-hour delivery only. \"Parts ship from the service start date\" and \"after a re-contract 90 or more days after the end, from day 30 of the service\" are in the same paragraph but are applied to every service level. The 90 days run from the previous end date to the new service start date."),
        source: services("1-4. サービス契約管理", 252, 268),
    },
    Reading {
        text: text!("配送日時の指定の「3 日以内」「4 日以上先」は、手配完了日を RMA の申請日として、その日から暦日で数えます (ガイドは 24x7 について「RMA ご申請日から」と書き、8x5x4h では起点を書いていません)。", "The booking windows (\"within 3 days\", \"4 or more days ahead\") count calendar days from the arrangement day, taken as the RMA application day (the guide says \"from the RMA application day\" for 24x7 and gives no starting day for 8x5x4h)."),
        source: services("サービスレベルとパーツ配送時間", 2088, 2132),
    },
    Reading {
        text: text!("返却期限は交換パーツの出荷日から 10 日目 (暦日) とします。出荷日がわからない場合は手配日から数えた目安です。", "The return deadline is the 10th calendar day from the replacement's ship date; without a ship date it is an estimate counted from the arrangement day."),
        source: services("障害パーツの返却", 2365, 2368),
    },
    Reading {
        text: text!("期間の数え方はガイドに書かれていないため、すべての期間を起算日 (受注日、サービス開始日、出荷日) を 1 日目として数えます (ガイドの「30 日目」の書き方)。起算日を数えない数え方 (民法 140 条) では待つ期間が 1 日長くなるため、準備期間と再契約後の配送開始はその遅い方の日まで到着を約束せず、両方の日を表示します。返却期限は早い方 (起算日を 1 日目) です。", "The guide does not say how to count its periods, so every period counts the day it runs from (order date, service start, ship date) as day 1, as the guide's \"day 30\" does. Not counting that day (Civil Code art. 140) makes a wait one day longer, so for the preparation period and the re-contract wait the tool promises no arrival until the later day, and shows both days. The return deadline is the earlier one (the ship date as day 1)."),
        source: services("1-4. サービス契約管理", 258, 266),
    },
    Reading {
        text: text!("契約の終了日を入力した場合、その翌日以降は、ガイドの「契約期間を過ぎますと…交換パーツ配送 (製品保証期間内の場合を除く) が受けられなくなります」から、到着日時を表示しません。", "With the contract's end date given, from the next day on the tool shows no arrival, from the guide's \"after the contract period … no replacement-part delivery (except under warranty)\"."),
        source: services("契約更新", 274, 284),
    },
    Reading {
        text: text!("NBD・NCD のフィールドエンジニアの訪問時刻の文 (パーツ配送の 17 時または…) は、ガイドのテキストでは崩れて読めません。このツールは「配送日以降の 9:00～17:00 に、TAC と調整した時刻に訪問」と読んでいます。", "The guide's sentence on when the field engineer visits under NBD and NCD is garbled in the text. The tool reads it as a visit between 09:00 and 17:00 from the delivery day on, at a time agreed with TAC."),
        source: services("フィールドエンジニアのご訪問のタイミング", 2335, 2341),
    },
    Reading {
        text: text!("シスコが定めた休日 (会社指定休日) はガイドに一覧がないため、指定されない限りないものとして計算します。", "The guide does not list Cisco's own holidays, so none are assumed unless they are given."),
        source: services("サービスレベルとパーツ配送時間", 2056, 2058),
    },
];

/// Returning the failed part: how, by when, and whom to ask (lines 2345–2370, 2464–2470).
pub const RETURN_FACTS: &[Cited] = &[
    Cited {
        text: text!("障害パーツ返却手順の案内書は交換パーツに同梱されています。案内書を確認し、その手順で返送してください。", "The instructions for returning the failed part come in the replacement's box: follow them to send it back."),
        source: services("障害パーツの返却", 2345, 2349),
    },
    Cited {
        text: text!("オンサイトサービスでは、フィールドエンジニアが障害品を持ち帰ります。重量品など持ち帰りが難しい場合は、集荷依頼窓口に電話で集荷を依頼し、日時を調整して宅配業者が引き取りに伺います。", "With onsite service the field engineer takes the failed part away. Where that is hard (heavy items), phone the pick-up desk to book a collection, and a courier comes at the agreed time."),
        source: services("障害パーツの返却", 2345, 2357),
    },
    Cited {
        text: text!("返却するパーツは事前に集荷できる場所まで移動してください。建物の保護はなく、特殊な運搬器具やクレーンが必要な場合もシスコからは手配できません。", "Move the part to where it can be collected beforehand. There is no protection of the building, and Cisco cannot arrange special handling equipment or cranes."),
        source: services("障害パーツの返却", 2359, 2363),
    },
    Cited {
        text: text!("返却が遅れる場合は、アセットリカバリーの事前承認が必要です。期日を過ぎても返却されない場合は、そのパーツの定価に相当する額が請求される場合があります。", "A late return needs the asset recovery team's approval beforehand. A part not returned by the deadline may be billed at its list price."),
        source: services("障害パーツの返却", 2366, 2368),
    },
    Cited {
        text: text!("集荷依頼・返却の問い合わせ (アセットリカバリーコールセンター): 電話 0120-445-240 (番号案内で「3」を選択)、E メール asset-recovery-jp@cisco.com、受付 9:00～17:00 (月曜から金曜まで、祝日を除く)。", "Pick-ups and returns (asset recovery call centre): phone 0120-445-240 (choose 3 in the menu), e-mail asset-recovery-jp@cisco.com, 09:00–17:00 Monday to Friday except holidays."),
        source: services("アセットリカバリーコールセンター", 2464, 2470),
    },
];

/// What else the guide says about a replacement (lines 1955–1957, 2002, 2145–2253, 2484–2510).
pub const FACTS: &[Cited] = &[
    Cited {
        text: text!("Japan TAC 向けの SR は、対象なら自動解析 (インテリジェント RMA エクスペリエンス、IRE) され、ハードウェア故障と特定されると RMA が途中まで自動作成されます。SR オープン時に選ぶ「問題の領域」(Problem Code) に注意点があります (ガイドのリンク先を参照)。", "SRs opened with Japan TAC are analysed automatically where eligible (Intelligent RMA Experience, IRE): when a hardware failure is found, a draft RMA is created. Take care with the problem area (Problem Code) chosen when opening the SR (see the guide's linked page)."),
        source: services("2-4. TAC の自動化ツール", 1943, 1957),
    },
    Cited {
        text: text!("フィールドエンジニアの作業: パーツの交換 (重量パーツは重量に合わせた人数で配送。お客様・パートナー様の指示があれば交換用パーツの構内搬送も可能)、故障パーツの持ち帰り (重量パーツなど持ち帰りが難しい場合は集荷手配をお願いすることがあります)。事前に TAC へ連絡し、作業内容・手順・コンフィグレーションファイル等の受け渡しを調整すれば、同一ソフトウェアの再インストール、障害復旧のためのコンフィグレーションの復元 (テキストのコピー＆ペーストで復元できる製品)、ライセンスのインストール (PAK)、トークンの適用 (スマートライセンス) も可能です。対応できる製品と作業は販売パートナーに相談してください。", "What the field engineer does: replaces the part (heavy parts come with as many people as their weight needs; on your or your partner's instruction the replacement can be carried inside the building) and takes the failed part away (where that is hard, for heavy parts, you may be asked to book a collection). Arranged with TAC beforehand (the work, its steps and how configuration files are handed over): reinstalling the same software, restoring the configuration to recover from the failure (products restorable by pasting text), installing the licence (PAK) or applying the token (Smart Licensing). Ask your partner which products and tasks this covers."),
        source: services("フィールドエンジニアの作業内容", 2171, 2205),
    },
    Cited {
        text: text!("パーツの引き渡し場所は、原則として軒先渡し (建物の入口での受け渡し) です。", "Parts are handed over at the door (the building's entrance), as a rule."),
        source: services("2-5. 交換パーツの配送・現地での設置作業", 2002, 2002),
    },
    Cited {
        text: text!("交換パーツの出荷前検査、ハードウェア構成の変更、インストール済みソフトウェアの有無・バージョン・種類の指定、コンフィグレーションの出荷前設定はできません。オンサイト契約で対応可能な製品なら、TAC に事前に依頼するとフィールドエンジニアがソフトウェアの変更や設定の復旧を行えます。", "No pre-shipment testing, hardware configuration changes, choice of installed software (whether, which version or type) or pre-configuration. On an onsite contract, for products where it is possible, ask TAC beforehand and the field engineer can change the software and restore the configuration."),
        source: services("サポートの対象外となるもの・ご注意点", 2488, 2492),
    },
    Cited {
        text: text!("製品の販売終了日以降は、交換パーツが故障品と同一型番ではなく後継製品になる場合があります。", "After a product's end-of-sale date, the replacement may be a successor model rather than the same product ID."),
        source: services("サービスレベルとパーツ配送時間", 2151, 2151),
    },
    Cited {
        text: text!("フィールドエンジニアが実施できない作業: 障害パーツの交換を伴わない派遣、障害原因の特定や切り分けのための派遣、設置位置が高さ 3m を超える場合、高さ 2m を超える高所での作業、DC 電源の配線、障害発生機器以外への作業、交換完了後の待機 (アプリケーションを含めたテストなど)。作業報告は必要な場合に TAC エンジニアが電話かメールで行い、文書の提出はありません。", "What the field engineer will not do: visits without a part to replace, visits to find or isolate the cause, equipment installed more than 3 m up, work more than 2 m above the floor, DC power wiring, work on anything but the failed device, waiting after the replacement (tests including applications). Where a work report is needed, the TAC engineer gives it by phone or e-mail; no document is issued."),
        source: services("フィールドエンジニアが実施できない作業", 2209, 2225),
    },
    Cited {
        text: text!("お客様に実施いただく作業 (製品共通): アプリケーションの動作確認や運用テスト、OS やアプリケーションの設定データのバックアップと復元、アップグレードや設定のカスタマイズ、電子証明書・SSH 鍵などの復元、交換機器用のライセンス取得 (リホスト)、スマートライセンスの設定変更、仮想マシンやコンテナなどの復元、サポート終了日を過ぎたソフトウェアの再インストールや設定の復元 (製品ごとの作業はガイドを参照)。", "What the customer does (all products): checking applications and operational testing, backing up and restoring OS or application configuration, upgrades and configuration customisation, restoring certificates and SSH keys, getting the licence for the replacement (re-host), Smart Licensing changes, restoring virtual machines and containers, and reinstalling or restoring software past its Last Date of Support (per-product work: see the guide)."),
        source: services("お客様に実施頂く作業", 2229, 2253),
    },
    Cited {
        text: text!("障害が発生した後でサポートサービスを契約することはできません。", "A support contract cannot be bought after a failure has happened."),
        source: services("サポートの対象外となるもの・ご注意点", 2510, 2510),
    },
    Cited {
        text: text!("サポートの対象外となる作業: 障害診断や原因の特定・切り分けのためのエンジニアのオンサイト派遣、会議参加のための訪問、コンフィグレーション (設定) 作成。対象外となる製品は「Service Not Covered」を参照してください。", "Work not covered: sending an engineer onsite to diagnose or isolate a fault, visits to attend meetings, writing configurations. For products not covered, see \"Service Not Covered\"."),
        source: services("サポートの対象外となるもの・ご注意点", 2494, 2508),
    },
];

/// The tool's title and what the guide says it is about (shown folded, "About this tool").
pub const INFO: ToolInfo = ToolInfo {
    title: text!("交換パーツ到着時刻の計算", "Replacement-part delivery window"),
    summary: text!("サービスレベルごとの配送時間は、TAC がパーツ交換が必要と判断し有効な保守契約を確認した後、配送の手配が完了してから配送が完了するまでの時間です。お客様からの連絡を受け付けてからの時間ではありません。また、TAC の対応時間はサービスレベルによらず、シビラティによって決まります。", "The delivery time of each service level runs from when TAC, having decided that a part must be replaced and confirmed a valid support contract, completes the dispatch arrangement, until the delivery is complete. It does not run from when you first contact TAC. TAC's response hours are set by the severity, not by the service level."),
    source: super::Source { guide: super::Guide::TechnicalServices, section: "2-5. 交換パーツの配送・現地での設置作業", lines: (1983, 1999) },
};

/// The pages the guide links to that this tool's visitor needs, in the order they need them.
pub const LINKS: &[GuideLink] = &[
    links::SAM,
    links::SNTC,
    links::HEAVY_PARTS,
    links::UCS_SERVICE,
    links::LRP,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::delivery::{calculate, Contract, Request};
    use crate::rules::kernel::calendar::BusinessCalendar;
    use crate::rules::kernel::holidays::Holiday;
    use crate::rules::kernel::severity::Severity;
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
            "営業時間外の対応はシビラティ 1 のみです (このリクエストは S3)。このツールは、次の営業開始から数えると読んでいます。",
            "2026年5月3日(日) 02:00 は営業時間外 (日曜日) のため、次の営業開始 2026年5月7日(木) 09:00 に手配完了として扱います (休業日: 2026年5月4日(月) みどりの日、2026年5月5日(火) こどもの日、2026年5月6日(水) 振替休日)。",
            "2026年5月7日(木) 09:00 の 4 時間後: 2026年5月7日(木) 13:00。",
        ]);
        let en: Vec<String> = answer.steps.iter().map(|s| step(Lang::En, s)).collect();
        assert_eq!(en, [
            "Outside business hours only severity 1 is handled (this request is S3); the tool reads this as counting from the next business opening.",
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
    fn a_long_closure_is_listed_briefly_then_counted() {
        use crate::rules::kernel::calendar::DayKind::{Company, Saturday, Sunday};
        let closed = ClosedDays {
            listed: vec![
                (date!(2026 - 11 - 28), Saturday),
                (date!(2026 - 11 - 29), Sunday),
                (date!(2026 - 11 - 30), Company),
            ],
            more: 400,
        };
        assert_eq!(
            closed_list(Lang::En, &closed),
            "Sat 28 Nov 2026 Saturday, Sun 29 Nov 2026 Sunday, Mon 30 Nov 2026 Company holiday, and 400 more days"
        );
        assert_eq!(
            closed_list(Lang::Ja, &closed),
            "2026年11月28日(土) 土曜日、2026年11月29日(日) 日曜日、2026年11月30日(月) 会社指定休日、ほか 400 日"
        );
    }

    #[test]
    fn states_the_reading_before_opening_and_the_cautious_answer() {
        use crate::rules::delivery::{calculate, Contract, Request};
        use crate::rules::kernel::calendar::BusinessCalendar;
        let request = Request {
            level: ServiceLevel::Nbd8x5,
            arranged_at: datetime!(2026-11-20 08:00),
            severity: None,
            desired: None,
            contract: Contract::default(),
            heavy_or_cable: false,
            other_address: false,
            ship_date: None,
        };
        let answer = calculate(&request, &BusinessCalendar::default()).unwrap();
        assert!(step(Lang::En, &answer.steps[0]).contains(
            "the tool's reading: before 09:00 on a business day counts as that day's opening"
        ));
        assert!(step(Lang::Ja, &answer.steps[0]).contains("このツールの読み方"));
        let literal = answer.cautious.expect("a later literal answer");
        assert_eq!(cautious(Lang::En, request.level, literal), "The cautious answer: counting the guide's \"arranged outside business hours\" rule (「翌々営業日」) literally from the arrangement day gives on Wed 25 Nov 2026 (no set hour; visits 09:00–17:00).");
        for reading in READINGS.iter().chain(RETURN_FACTS).chain(FACTS) {
            assert!(!reading.text.ja.is_empty() && !reading.text.en.is_empty());
        }
    }

    #[test]
    fn the_answer_as_calendar_events() {
        use crate::rules::delivery::ics::{Event, When};
        use crate::rules::delivery::{calculate, Contract, Request};
        use crate::rules::kernel::calendar::BusinessCalendar;
        let request = Request {
            level: ServiceLevel::Nbd8x5,
            arranged_at: datetime!(2026-11-20 08:00),
            severity: None,
            desired: None,
            contract: Contract::default(),
            heavy_or_cable: false,
            other_address: false,
            ship_date: None,
        };
        let answer = calculate(&request, &BusinessCalendar::default()).unwrap();
        let events = calendar_events(Lang::En, &request, &answer);
        let ids: Vec<&str> = events.iter().map(|e: &Event| e.id).collect();
        assert_eq!(
            ids,
            ["delivery-arrival", "field-engineer", "return-deadline"]
        );
        assert_eq!(
            events[0].when,
            When::Times {
                start: datetime!(2026-11-24 09:00),
                end: datetime!(2026-11-24 17:00)
            }
        );
        assert!(
            events[0].description.contains("The cautious answer"),
            "{}",
            events[0].description
        );
        assert_eq!(
            events[2].when,
            When::Days {
                first: date!(2026 - 11 - 29),
                last: date!(2026 - 11 - 29)
            }
        );
        assert!(events[2].description.contains("an estimate"));
        let file = crate::rules::delivery::ics::calendar(&events, datetime!(2026-11-20 08:00));
        assert!(
            file.contains("DTSTART:20261124T000000Z\r\nDTEND:20261124T080000Z"),
            "{file}"
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
                closed: ClosedDays::default(),
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
