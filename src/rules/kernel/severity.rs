//! Service-request severity, S1 (most severe) to S4. The definitions are content of the severity tool;
//! here only what the rules need.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    S1,
    S2,
    S3,
    S4,
}

impl Severity {
    pub const ALL: [Severity; 4] = [Severity::S1, Severity::S2, Severity::S3, Severity::S4];

    pub const fn number(self) -> u8 {
        match self {
            Severity::S1 => 1,
            Severity::S2 => 2,
            Severity::S3 => 3,
            Severity::S4 => 4,
        }
    }

    /// How every tool writes it: `S1`–`S4`.
    pub const fn label(self) -> &'static str {
        match self {
            Severity::S1 => "S1",
            Severity::S2 => "S2",
            Severity::S3 => "S3",
            Severity::S4 => "S4",
        }
    }

    /// Reads `1`–`4` or `S1`–`S4` (any case, trimmed), as URLs and other tools write it.
    pub fn parse(text: &str) -> Option<Severity> {
        let text = text.trim();
        let digits = text.strip_prefix(['S', 's']).unwrap_or(text);
        Severity::ALL
            .into_iter()
            .find(|s| digits == s.number().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numbers_and_labels() {
        let cases: &[(&str, Option<Severity>)] = &[
            ("1", Some(Severity::S1)),
            ("S2", Some(Severity::S2)),
            (" s3 ", Some(Severity::S3)),
            ("4", Some(Severity::S4)),
            ("0", None),
            ("5", None),
            ("S", None),
            ("", None),
            ("S1x", None),
            ("１", None),
        ];
        for (text, expected) in cases {
            assert_eq!(Severity::parse(text), *expected, "{text:?}");
        }
        for severity in Severity::ALL {
            assert_eq!(Severity::parse(severity.label()), Some(severity));
            assert_eq!(severity.label(), format!("S{}", severity.number()));
        }
    }
}
