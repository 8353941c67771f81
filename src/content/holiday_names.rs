//! The names of Japan's national holidays, as the Act on National Holidays (国民の祝日に関する法律)
//! and the special laws write them, with their usual English names. Not from the guides: the guide
//! only says "祝日"; the law names the days.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

use crate::i18n::Text;
use crate::rules::kernel::holidays::Holiday;

pub const fn name(holiday: Holiday) -> Text {
    use Holiday::*;
    let (ja, en) = match holiday {
        NewYearsDay => ("元日", "New Year's Day"),
        ComingOfAgeDay => ("成人の日", "Coming of Age Day"),
        NationalFoundationDay => ("建国記念の日", "National Foundation Day"),
        EmperorsBirthday => ("天皇誕生日", "The Emperor's Birthday"),
        VernalEquinoxDay => ("春分の日", "Vernal Equinox Day"),
        ShowaDay => ("昭和の日", "Showa Day"),
        ConstitutionMemorialDay => ("憲法記念日", "Constitution Memorial Day"),
        GreeneryDay => ("みどりの日", "Greenery Day"),
        ChildrensDay => ("こどもの日", "Children's Day"),
        MarineDay => ("海の日", "Marine Day"),
        MountainDay => ("山の日", "Mountain Day"),
        RespectForTheAgedDay => ("敬老の日", "Respect for the Aged Day"),
        AutumnalEquinoxDay => ("秋分の日", "Autumnal Equinox Day"),
        HealthAndSportsDay => ("体育の日", "Health and Sports Day"),
        SportsDay => ("スポーツの日", "Sports Day"),
        CultureDay => ("文化の日", "Culture Day"),
        LabourThanksgivingDay => ("勤労感謝の日", "Labour Thanksgiving Day"),
        EnthronementCeremony => ("即位礼正殿の儀", "Enthronement Ceremony"),
        RoyalWedding => (
            "皇太子徳仁親王の結婚の儀",
            "Wedding of Crown Prince Naruhito",
        ),
        EnthronementDay => ("天皇の即位の日", "Enthronement Day"),
        CitizensHoliday => ("国民の休日", "Citizens' Holiday"),
        SubstituteHoliday => ("振替休日", "Substitute Holiday"),
    };
    Text { ja, en }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::kernel::holidays::{holidays_in, FIRST_YEAR, LAST_YEAR};

    #[test]
    fn every_holiday_that_occurs_has_both_names() {
        for year in FIRST_YEAR..=LAST_YEAR {
            for (_, holiday) in holidays_in(year).unwrap() {
                let text = name(holiday);
                assert!(!text.ja.is_empty() && !text.en.is_empty(), "{holiday:?}");
            }
        }
    }
}
