//! The desks a visitor can turn to. Japan TAC and Global TAC take service requests (with a severity);
//! Smart Account and Smart Licensing inquiries go to their own desk (002 back cover). One enum for every
//! tool: the severity tool shows the two TAC desks, the checklist all three.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Desk {
    /// Japan TAC, in Japanese.
    Japan,
    /// Global TAC, in English.
    Global,
    /// Smart Account / Smart Licensing inquiries (japan-tac@cisco.com, 002 back cover).
    SmartAccount,
}

impl Desk {
    pub const ALL: [Desk; 3] = [Desk::Japan, Desk::Global, Desk::SmartAccount];

    /// The two TAC desks, which take service requests with a severity.
    pub const TAC: [Desk; 2] = [Desk::Japan, Desk::Global];

    /// URL parameter value (`desk=global`): part of the deep-link format, never rename.
    pub const fn key(self) -> &'static str {
        match self {
            Desk::Japan => "japan",
            Desk::Global => "global",
            Desk::SmartAccount => "smart-account",
        }
    }

    /// Reads a key in any case, trimmed.
    pub fn parse(text: &str) -> Option<Desk> {
        Desk::ALL
            .into_iter()
            .find(|desk| desk.key().eq_ignore_ascii_case(text.trim()))
    }

    pub const fn is_tac(self) -> bool {
        matches!(self, Desk::Japan | Desk::Global)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_tac_desks() {
        for desk in Desk::ALL {
            assert_eq!(Desk::parse(desk.key()), Some(desk));
            assert_eq!(
                Desk::parse(&format!(" {} ", desk.key().to_uppercase())),
                Some(desk)
            );
            assert_eq!(desk.is_tac(), Desk::TAC.contains(&desk));
        }
        assert_eq!(Desk::parse("smart"), None);
        assert_eq!(Desk::parse(""), None);
    }
}
