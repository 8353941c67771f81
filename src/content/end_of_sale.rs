//! The end-of-sale tool's words: the guide's facts about support after a product's end of sale, and
//! the sentences that explain an answer. Source: 000_aa25d047744acda8.txt, "3. 注意事項・参考資料" —
//! "販売終了製品についてのご案内" (lines 2513–2537) and "サービス終了" (lines 2549–2559).

use super::{services, Cited, Reading};
use crate::content::tools::ToolInfo;
use crate::content::GuideLink;
use crate::i18n::{text, Text};
use crate::rules::end_of_sale::form::{DateError, FIRST_YEAR, LAST_YEAR};
use crate::rules::end_of_sale::Category;
use crate::rules::kernel::lang::Lang;

pub const fn category(category: Category) -> Text {
    match category {
        Category::Hardware => text!("ハードウェアの問題", "Hardware problems"),
        Category::OperatingSystem => text!(
            "オペレーティング システムの問題",
            "Operating-system problems"
        ),
        Category::Application => text!(
            "アプリケーション ソフトウェアの問題",
            "Application-software problems"
        ),
    }
}

/// The answer in one sentence: how long hardware problems (the longest period) can be raised, and
/// how long that is from today; the cautious count beside it.
pub fn headline(
    lang: Lang,
    answer: &crate::rules::end_of_sale::Answer,
) -> Option<(String, &'static str)> {
    use crate::rules::end_of_sale::Status;
    let hardware = answer
        .periods
        .iter()
        .find(|p| p.category == Category::Hardware)?;
    let until = crate::i18n::format::date(lang, hardware.until);
    let left = match (lang, hardware.left) {
        (Lang::Ja, Some((0, 0))) => " (今日が最終日です)".to_owned(),
        (Lang::En, Some((0, 0))) => " (today is the last day)".to_owned(),
        (Lang::Ja, Some((0, m))) => format!(" (今日から約 {m} か月)"),
        (Lang::En, Some((0, m))) => format!(" (about {m} months from today)"),
        (Lang::Ja, Some((y, 0))) => format!(" (今日から約 {y} 年)"),
        (Lang::En, Some((y, 0))) => format!(" (about {y} years from today)"),
        (Lang::Ja, Some((y, m))) => format!(" (今日から約 {y} 年 {m} か月)"),
        (Lang::En, Some((y, m))) => format!(" (about {y} years {m} months from today)"),
        (_, None) => String::new(),
    };
    let sentence = match (lang, hardware.status) {
        (Lang::Ja, Some(Status::Ended)) => {
            format!("すべての期間が終わっています。ハードウェアの問題は {until} まででした。")
        }
        (Lang::En, Some(Status::Ended)) => {
            format!("Every period has ended: hardware problems could be raised until {until}.")
        }
        (Lang::Ja, _) => {
            format!("ハードウェアの問題は {until} まで TAC にアクセスできます{left}。")
        }
        (Lang::En, _) => format!("Hardware problems: TAC can be reached until {until}{left}."),
    };
    let cautious = match lang {
        Lang::Ja => "販売終了日を 1 日目として数えた、早い方 (慎重な方) の日付です。",
        Lang::En => "Counting the end-of-sale date as day 1: the earlier, cautious date.",
    };
    Some((sentence, cautious))
}

/// The period the guide gives, as a phrase.
pub fn period(lang: Lang, category: Category) -> String {
    match lang {
        Lang::Ja => format!("販売終了日から {} 年間", category.years()),
        Lang::En => format!("{} years from the end-of-sale date", category.years()),
    }
}

/// The guide's rule for TAC access after the end of sale (lines 2549–2559).
pub const RULE: Cited = Cited {
    text: text!("原則として、製品の販売終了日以降、ハードウェアの問題については 5 年間、オペレーティング システムの問題については 3 年間、アプリケーション ソフトウェアの問題については 2 年間、引き続き TAC にアクセスできます。", "As a rule, after a product's end-of-sale date TAC can still be reached for 5 years for hardware problems, 3 years for operating-system problems and 2 years for application-software problems."),
    source: services("サービス終了", 2549, 2555),
};

/// Software past its end of software maintenance (lines 2555–2559).
pub const LIMITED_AFTER_EOSM: Cited = Cited {
    text: text!("EoSM (End of Software Maintenance) 日を過ぎたソフトウェアは、開発部門による不具合修正ができないため、TAC のサポートは既知の不具合や過去事例の調査など限定的な対応になります。", "Software past its EoSM (End of Software Maintenance) date gets no defect fixes from engineering, so TAC support is limited, such as looking into known defects and past cases."),
    source: services("サービス終了", 2555, 2559),
};

/// What else changes after the end of sale (lines 2525–2537).
pub const FACTS: &[Cited] = &[
    Cited {
        text: text!("サポート体制を維持するため、製品販売の終了日から 1 年後と 3 年後に一定のサービス価格の値上げが行われます。", "To keep support running, there is a certain increase in the service price 1 year and 3 years after the end of sale."),
        source: services("販売終了製品についてのご案内", 2525, 2527),
    },
    Cited {
        text: text!("製品販売の終了日以降、交換パーツが故障品と同一型番ではなく後継製品になる場合があります。", "From the end of sale on, a replacement part may be a successor model rather than the same product ID."),
        source: services("販売終了製品についてのご案内", 2529, 2529),
    },
    Cited {
        text: text!("販売終了後の価格変更のほかに、為替やサポート費の変更による値下げ・値上げも随時行われます。サービスの複数年契約なら、契約期間中は価格変更の影響を受けません。", "Besides the changes after the end of sale, prices also go down or up at any time with exchange rates and support costs. A multi-year service contract is not affected by price changes during its term."),
        source: services("販売終了製品についてのご案内", 2531, 2537),
    },
    Cited {
        text: text!("IPS 製品には、一般製品とは別の「IPS 製品に関する販売終了ポリシー」があります (ガイドの参考情報)。IPS 製品の期間は、そのポリシーで確認してください。", "IPS products have an end-of-sale policy of their own (\"IPS 製品に関する販売終了ポリシー\", in the guide's references), apart from the general one: check an IPS product's periods there."),
        source: services("参考情報", 2541, 2545),
    },
];

/// How the tool reads the guide.
pub const READINGS: &[Reading] = &[
    Reading {
        text: text!("ガイドは期間 (5 年間・3 年間・2 年間) だけを示しています。このツールは販売終了日を 1 日目として数え、N 年後の同じ日付の前日までとしています (慎重な読み方)。その日付がない場合 (平年の 2 月 29 日) は、その月の末日までです (民法 143 条)。製品ごとの正確な日付は、その製品の販売終了のお知らせ (サポート終了日) で確認してください。", "The guide gives periods only (5, 3 and 2 years). The tool counts from the end-of-sale date as day 1, through the day before the same date N years later (the cautious reading); where that date does not exist (29 February in a common year), through the end of that month (Civil Code art. 143). The product's own end-of-life notice gives its exact Last Date of Support."),
        source: services("サービス終了", 2549, 2555),
    },
    Reading {
        text: text!("ガイドは EoSM 日がどこに載っているかを書いていません。「製品の販売終了のお知らせに記載」という入力欄の案内はこのツールのものです。このツールの期間は一般製品のものです (IPS 製品は別のポリシー)。", "The guide does not say where EoSM dates are published: \"the product's end-of-life notice gives it\", beside the field, is this tool's pointer. The periods here are the general products' (IPS products have their own policy)."),
        source: services("参考情報", 2541, 2559),
    },
    Reading {
        text: text!("EoSM 日はガイドに計算方法がないため、入力された場合だけ使います。EoSM 日の当日までは通常のソフトウェア保守、翌日から限定的な対応としています。ハードウェアの問題には EoSM は関係しないものとしています。", "The guide gives no way to work out the EoSM date, so it is used only when entered. Software maintenance runs through the EoSM day itself; support is limited from the next day. EoSM is taken not to affect hardware problems."),
        source: services("サービス終了", 2555, 2559),
    },
    Reading {
        text: text!("値上げの日付は、販売終了日の 1 年後・3 年後の同じ日付としています。値上げの幅はガイドにありません。", "The price rises are placed on the same date 1 and 3 years after the end of sale. The guide does not say by how much."),
        source: services("販売終了製品についてのご案内", 2525, 2527),
    },
];

pub fn date_error(lang: Lang, error: DateError) -> String {
    match (lang, error) {
        (Lang::Ja, DateError::Required) => "販売終了日を入力してください。".to_owned(),
        (Lang::En, DateError::Required) => "Enter the end-of-sale date.".to_owned(),
        (Lang::Ja, DateError::BadDate) => {
            "日付を 2024-05-01、2024/5/1、2024年5月1日、20240501、令和6年5月1日 のいずれかの形で入力してください (YYYY-MM-DD など)。".to_owned()
        }
        (Lang::En, DateError::BadDate) => {
            "Enter a date as YYYY-MM-DD (for example 2024-05-01), 2024/5/1, 20240501 or 2024年5月1日.".to_owned()
        }
        (Lang::Ja, DateError::NoSuchDay) => "存在しない日付です。".to_owned(),
        (Lang::En, DateError::NoSuchDay) => "There is no such day.".to_owned(),
        (Lang::Ja, DateError::OutOfRange) => {
            format!("{FIRST_YEAR}～{LAST_YEAR} 年の日付を入力してください。")
        }
        (Lang::En, DateError::OutOfRange) => {
            format!("Enter a date in the years {FIRST_YEAR}–{LAST_YEAR}.")
        }
    }
}

/// The tool's title and what the guide says it is about (shown folded, "About this tool").
pub const INFO: ToolInfo = ToolInfo {
    title: text!("販売終了後のサポート期間", "Support after end of sale"),
    summary: text!("原則として、製品の販売終了日以降、ハードウェアの問題については 5 年間、オペレーティング システムの問題については 3 年間、アプリケーション ソフトウェアの問題については 2 年間、引き続き TAC にアクセスできます。EoSM 日を過ぎたソフトウェアのサポートは限定的な対応になります。", "As a rule, after a product's end-of-sale date TAC can still be reached for 5 years for hardware problems, 3 years for the operating system and 2 years for application software. Software past its EoSM date gets limited support."),
    source: super::Source { guide: super::Guide::TechnicalServices, section: "サービス終了", lines: (2549, 2559) },
};

/// The pages the guide links to that this tool's visitor needs, in the order they need them.
pub const LINKS: &[GuideLink] = &[];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_says_how_long_from_today() {
        use crate::rules::end_of_sale::calculate;
        use time::macros::date;
        let open = calculate(date!(2024 - 03 - 31), None, Some(date!(2026 - 12 - 02))).unwrap();
        assert_eq!(
            headline(Lang::En, &open).map(|(s, _)| s).as_deref(),
            Some("Hardware problems: TAC can be reached until Fri 30 Mar 2029 (about 2 years 3 months from today).")
        );
        assert_eq!(
            headline(Lang::Ja, &open).map(|(s, _)| s).as_deref(),
            Some("ハードウェアの問題は 2029年3月30日(金) まで TAC にアクセスできます (今日から約 2 年 3 か月)。")
        );
        let ended = calculate(date!(2015 - 01 - 01), None, Some(date!(2026 - 12 - 02))).unwrap();
        assert!(headline(Lang::En, &ended)
            .unwrap()
            .0
            .starts_with("Every period has ended"));
        let no_clock = calculate(date!(2024 - 03 - 31), None, None).unwrap();
        assert!(headline(Lang::Ja, &no_clock)
            .unwrap()
            .0
            .ends_with("アクセスできます。"));
    }

    #[test]
    fn every_text_in_both_languages_and_the_guides_numbers() {
        for text in [RULE, LIMITED_AFTER_EOSM]
            .iter()
            .chain(FACTS)
            .chain(READINGS)
            .map(|c| c.text)
        {
            assert!(!text.ja.is_empty() && !text.en.is_empty());
        }
        for category in Category::ALL {
            assert!(
                RULE.text.ja.contains(&format!("{} 年間", category.years())),
                "{category:?}"
            );
            assert!(!self::category(category).en.is_empty());
        }
        assert_eq!(
            period(Lang::En, Category::Hardware),
            "5 years from the end-of-sale date"
        );
        let guide = crate::content::guide_text(crate::content::Guide::TechnicalServices);
        for phrase in [
            "ハードウェアの問題については 5 年間",
            "オペレーティング システムの問題",
            "については 2 年間",
            "1 年後と 3 年後",
            "後継製品",
        ] {
            assert!(guide.contains(phrase), "{phrase}");
        }
    }
}
