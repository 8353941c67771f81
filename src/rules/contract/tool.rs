//! The five tools, and what an embedding element asks for in `data-support-widget`.

/// One of the tools. The slug is what appears in URLs (`#/delivery`) and in
/// `data-support-widget="delivery"`, so it is part of the public embedding interface: never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Severity,
    Checklist,
    Delivery,
    AccountDomain,
    /// Support after end of sale.
    EndOfSale,
}

impl Tool {
    /// In the order the standalone page lists them: the order a visitor meets them when opening a request.
    pub const ALL: [Tool; 5] = [
        Tool::Severity,
        Tool::Checklist,
        Tool::Delivery,
        Tool::AccountDomain,
        Tool::EndOfSale,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            Tool::Severity => "severity",
            Tool::Checklist => "checklist",
            Tool::Delivery => "delivery",
            Tool::AccountDomain => "domain",
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
            .ok_or_else(|| WidgetKindError::Unknown(shown(value)))
    }
}

/// The longest unknown name the widget repeats back; a longer one is cut, with "…".
const SHOWN_MOST: usize = 60;

/// An unknown name as the widget shows it: a host's typo in full, a megabyte of text cut short.
fn shown(value: &str) -> String {
    match value.char_indices().nth(SHOWN_MOST) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_owned(),
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

    /// The folder and feature name of each tool in every layer (`rules/<name>/`, `tools/<name>/`).
    const fn feature(tool: Tool) -> &'static str {
        match tool {
            Tool::Severity => "severity",
            Tool::Checklist => "checklist",
            Tool::Delivery => "delivery",
            Tool::AccountDomain => "account_domain",
            Tool::EndOfSale => "end_of_sale",
        }
    }

    /// `contract/embedding.json` is what every list outside Rust reads (the module builds, the loader's
    /// tests, the help pages' tests): it must hold exactly these tools, in this order, with
    /// `Cargo.toml`'s features and a folder per tool in every layer.
    #[test]
    fn the_contract_file_lists_exactly_the_tools_and_their_features() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let contract: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("contract/embedding.json"))
                .expect("contract/embedding.json"),
        )
        .expect("contract/embedding.json is JSON");
        let listed: Vec<(String, String)> = contract["tools"]
            .as_array()
            .expect("a list of tools")
            .iter()
            .map(|entry| {
                let field = |name: &str| entry[name].as_str().unwrap_or_default().to_owned();
                (field("slug"), field("feature"))
            })
            .collect();
        let expected: Vec<(String, String)> = Tool::ALL
            .iter()
            .map(|tool| (tool.slug().to_owned(), feature(*tool).to_owned()))
            .collect();
        assert_eq!(listed, expected);

        let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("Cargo.toml");
        let app = manifest
            .lines()
            .find(|line| line.starts_with("app = ["))
            .expect("the app feature");
        for (_, feature) in &expected {
            assert!(
                app.contains(&format!("\"{feature}\"")),
                "app holds {feature}"
            );
            assert!(
                manifest
                    .lines()
                    .any(|line| line == format!("{feature} = []")),
                "Cargo.toml has the feature {feature}"
            );
            for layer in ["src/rules", "src/tools"] {
                assert!(
                    root.join(layer).join(feature).is_dir(),
                    "{layer}/{feature}/"
                );
            }
            let content = root.join("src/content");
            assert!(
                content.join(feature).is_dir() || content.join(format!("{feature}.rs")).is_file(),
                "src/content/{feature}"
            );
        }
    }

    #[test]
    fn parses_widget_kinds() {
        let cases: &[(Option<&str>, Result<WidgetKind, WidgetKindError>)] = &[
            (Some("delivery"), Ok(WidgetKind::Single(Tool::Delivery))),
            (Some(" Severity "), Ok(WidgetKind::Single(Tool::Severity))),
            (Some("CHECKLIST"), Ok(WidgetKind::Single(Tool::Checklist))),
            (Some("domain"), Ok(WidgetKind::Single(Tool::AccountDomain))),
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
        let huge = "x".repeat(1 << 20);
        assert_eq!(
            WidgetKind::parse(Some(&huge)),
            Err(WidgetKindError::Unknown(format!("{}…", "x".repeat(60)))),
            "a megabyte of name is not repeated back in full"
        );
    }
}
