//! The five tools, and what an embedding element asks for in `data-support-widget`.

/// One of the tools. The slug is what appears in URLs (`#/delivery`) and in
/// `data-support-widget="delivery"`, so it is part of the public embedding interface: never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Severity,
    Checklist,
    Delivery,
    Domain,
    /// Support after end of sale.
    EndOfSale,
}

impl Tool {
    /// In the order the standalone page lists them: the order a visitor meets them when opening a request.
    pub const ALL: [Tool; 5] = [
        Tool::Severity,
        Tool::Checklist,
        Tool::Delivery,
        Tool::Domain,
        Tool::EndOfSale,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            Tool::Severity => "severity",
            Tool::Checklist => "checklist",
            Tool::Delivery => "delivery",
            Tool::Domain => "domain",
            Tool::EndOfSale => "eos",
        }
    }

    /// Exact slug match after trimming, case-insensitive (host pages are hand-written).
    pub fn from_slug(slug: &str) -> Option<Tool> {
        let slug = slug.trim();
        Tool::ALL
            .into_iter()
            .find(|tool| tool.slug().eq_ignore_ascii_case(slug))
    }
}

/// What an element asks to be: the whole standalone app (all tools, navigation in the URL hash)
/// or a single tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetKind {
    App,
    Single(Tool),
}

/// Why an element could not be read as a widget; shown inside the element, in the UI language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetKindError {
    Missing,
    Unknown(String),
}

impl WidgetKind {
    pub const APP_SLUG: &'static str = "app";

    pub fn parse(value: Option<&str>) -> Result<WidgetKind, WidgetKindError> {
        let value = value.map(str::trim).unwrap_or_default();
        if value.is_empty() {
            return Err(WidgetKindError::Missing);
        }
        if value.eq_ignore_ascii_case(Self::APP_SLUG) {
            return Ok(WidgetKind::App);
        }
        Tool::from_slug(value)
            .map(WidgetKind::Single)
            .ok_or_else(|| WidgetKindError::Unknown(value.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_distinct() {
        for tool in Tool::ALL {
            assert_eq!(Tool::from_slug(tool.slug()), Some(tool));
        }
        let mut slugs: Vec<_> = Tool::ALL.iter().map(|t| t.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Tool::ALL.len());
    }

    #[test]
    fn parses_widget_kinds() {
        let cases: &[(Option<&str>, Result<WidgetKind, WidgetKindError>)] = &[
            (Some("delivery"), Ok(WidgetKind::Single(Tool::Delivery))),
            (Some(" Severity "), Ok(WidgetKind::Single(Tool::Severity))),
            (Some("CHECKLIST"), Ok(WidgetKind::Single(Tool::Checklist))),
            (Some("domain"), Ok(WidgetKind::Single(Tool::Domain))),
            (Some("eos"), Ok(WidgetKind::Single(Tool::EndOfSale))),
            (Some("app"), Ok(WidgetKind::App)),
            (Some("App"), Ok(WidgetKind::App)),
            (None, Err(WidgetKindError::Missing)),
            (Some(""), Err(WidgetKindError::Missing)),
            (Some("   "), Err(WidgetKindError::Missing)),
            (
                Some("deliveries"),
                Err(WidgetKindError::Unknown("deliveries".into())),
            ),
            (
                Some("#/delivery"),
                Err(WidgetKindError::Unknown("#/delivery".into())),
            ),
        ];
        for (value, expected) in cases {
            assert_eq!(&WidgetKind::parse(*value), expected, "value {value:?}");
        }
    }
}
