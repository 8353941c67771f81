//! The names of Japan's national holidays, as the Act on National Holidays (国民の祝日に関する法律)
//! and the special laws write them, with their usual English names. Not from the guides: the guide
//! only says "祝日"; the law names the days.

// Shared by the tools: a one-tool build uses part of it, so its dead code is judged on the full
// build, where every item has a user; each tool's own modules are judged in its one-tool build.
#![cfg_attr(not(feature = "app"), allow(dead_code, unused_imports))]

use crate::i18n::{text, Text};
use crate::rules::kernel::holidays::Holiday;

pub const fn name(holiday: Holiday) -> Text {
    use Holiday::*;
    match holiday {
        NewYearsDay => text!("元日", "New Year's Day"),
        ComingOfAgeDay => text!("成人の日", "Coming of Age Day"),
        NationalFoundationDay => text!("建国記念の日", "National Foundation Day"),
        EmperorsBirthday => text!("天皇誕生日", "The Emperor's Birthday"),
        VernalEquinoxDay => text!("春分の日", "Vernal Equinox Day"),
        ShowaDay => text!("昭和の日", "Showa Day"),
        ConstitutionMemorialDay => text!("憲法記念日", "Constitution Memorial Day"),
        GreeneryDay => text!("みどりの日", "Greenery Day"),
        ChildrensDay => text!("こどもの日", "Children's Day"),
        MarineDay => text!("海の日", "Marine Day"),
        MountainDay => text!("山の日", "Mountain Day"),
        RespectForTheAgedDay => text!("敬老の日", "Respect for the Aged Day"),
        AutumnalEquinoxDay => text!("秋分の日", "Autumnal Equinox Day"),
        HealthAndSportsDay => text!("体育の日", "Health and Sports Day"),
        SportsDay => text!("スポーツの日", "Sports Day"),
        CultureDay => text!("文化の日", "Culture Day"),
        LabourThanksgivingDay => text!("勤労感謝の日", "Labour Thanksgiving Day"),
        EnthronementCeremony => text!("即位礼正殿の儀", "Enthronement Ceremony"),
        RoyalWedding => text!(
            "皇太子徳仁親王の結婚の儀",
            "Wedding of Crown Prince Naruhito"
        ),
        EnthronementDay => text!("天皇の即位の日", "Enthronement Day"),
        CitizensHoliday => text!("国民の休日", "Citizens' Holiday"),
        SubstituteHoliday => text!("振替休日", "Substitute Holiday"),
    }
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
