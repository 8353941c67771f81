//! A partner's configuration of a widget: its own help desk (shown beside Cisco's contacts, or instead
//! of them only if the partner says so), a colour scheme, and compact mode. Given as attributes
//! (`data-help-desk-name`, `data-theme`, `data-compact`, …) or as one JSON object (`data-config`, or
//! `mount()` options); `web/widget.js` gathers both into plain text values, read here.
//!
//! Nothing here is trusted: every value is checked, anything unusable is reported by the name the
//! partner wrote it under and replaced by the default, and the texts are only ever shown as text.

/// The partner's own support desk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpDesk {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Option<String>,
    /// The partner asks to show their desk instead of Cisco's contacts.
    pub replaces_cisco: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the visitor's system (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("sw-root--light"),
            Theme::Dark => Some("sw-root--dark"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartnerConfig {
    pub help_desk: Option<HelpDesk>,
    pub theme: Theme,
    pub compact: bool,
}

impl PartnerConfig {
    /// Whether the tools show Cisco's own contact details: always, unless the partner's help desk
    /// replaces them.
    pub fn shows_cisco_contacts(&self) -> bool {
        !self
            .help_desk
            .as_ref()
            .is_some_and(|desk| desk.replaces_cisco)
    }
}

/// The values as the page gave them, before any check (`None`: not given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawConfig {
    pub help_desk_name: Option<String>,
    pub help_desk_phone: Option<String>,
    pub help_desk_email: Option<String>,
    pub help_desk_hours: Option<String>,
    pub help_desk_replaces_cisco: Option<String>,
    pub theme: Option<String>,
    pub compact: Option<String>,
    /// `data-config` was not a JSON object (the loader could not read it at all).
    pub unreadable_json: bool,
}

/// A setting that could not be used: which one (as the page names it), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// `data-help-desk-email` (the attribute; `helpDesk.email` in `data-config`).
    pub setting: &'static str,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    NotJson,
    TooLong {
        most: usize,
    },
    NotAPhoneNumber,
    NotAnEmailAddress,
    NotOneOf(&'static [&'static str]),
    /// Contact details, hours or "instead of Cisco" without the desk's name.
    NameMissing,
}

pub const NAME_MOST: usize = 80;
pub const PHONE_MOST: usize = 30;
pub const EMAIL_MOST: usize = 254;
pub const HOURS_MOST: usize = 120;
const THEMES: &[&str] = &["auto", "light", "dark"];
const BOOLEANS: &[&str] = &["true", "false"];

/// Reads a partner's configuration: what can be used, and a problem for each value that cannot.
pub fn read(raw: &RawConfig) -> (PartnerConfig, Vec<Problem>) {
    let mut problems = Vec::new();
    if raw.unreadable_json {
        problems.push(Problem {
            setting: "data-config",
            kind: ProblemKind::NotJson,
        });
    }
    let mut text = |setting: &'static str,
                    value: &Option<String>,
                    most: usize,
                    valid: fn(&str) -> Option<ProblemKind>| {
        let value = value.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
        let problem = if value.chars().count() > most {
            Some(ProblemKind::TooLong { most })
        } else {
            valid(value)
        };
        match problem {
            Some(kind) => {
                problems.push(Problem { setting, kind });
                None
            }
            None => Some(value.to_owned()),
        }
    };
    let name = text(
        "data-help-desk-name",
        &raw.help_desk_name,
        NAME_MOST,
        |_| None,
    );
    let phone = text(
        "data-help-desk-phone",
        &raw.help_desk_phone,
        PHONE_MOST,
        check_phone,
    );
    let email = text(
        "data-help-desk-email",
        &raw.help_desk_email,
        EMAIL_MOST,
        check_email,
    );
    let hours = text(
        "data-help-desk-hours",
        &raw.help_desk_hours,
        HOURS_MOST,
        |_| None,
    );
    let replaces_cisco = flag(
        "data-help-desk-replaces-cisco",
        &raw.help_desk_replaces_cisco,
        &mut problems,
    );
    let theme = match raw.theme.as_deref().map(|t| t.trim().to_ascii_lowercase()) {
        None => Theme::Auto,
        Some(theme) => match theme.as_str() {
            "" | "auto" => Theme::Auto,
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => {
                problems.push(Problem {
                    setting: "data-theme",
                    kind: ProblemKind::NotOneOf(THEMES),
                });
                Theme::Auto
            }
        },
    };
    let compact = flag("data-compact", &raw.compact, &mut problems);
    let help_desk = match name {
        Some(name) => Some(HelpDesk {
            name,
            phone,
            email,
            hours,
            replaces_cisco,
        }),
        None => {
            let details = [
                &raw.help_desk_phone,
                &raw.help_desk_email,
                &raw.help_desk_hours,
            ]
            .iter()
            .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()));
            if details || replaces_cisco {
                problems.push(Problem {
                    setting: "data-help-desk-name",
                    kind: ProblemKind::NameMissing,
                });
            }
            None
        }
    };
    (
        PartnerConfig {
            help_desk,
            theme,
            compact,
        },
        problems,
    )
}

/// `true`/`false` (an attribute present with no value is `true`).
fn flag(setting: &'static str, value: &Option<String>, problems: &mut Vec<Problem>) -> bool {
    match value.as_deref().map(|v| v.trim().to_ascii_lowercase()) {
        None => false,
        Some(v) if v.is_empty() || v == "true" => true,
        Some(v) if v == "false" => false,
        Some(_) => {
            problems.push(Problem {
                setting,
                kind: ProblemKind::NotOneOf(BOOLEANS),
            });
            false
        }
    }
}

/// Digits, spaces, `+`, `-`, `(`, `)`, with at least six digits.
fn check_phone(text: &str) -> Option<ProblemKind> {
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (!allowed || digits < 6).then_some(ProblemKind::NotAPhoneNumber)
}

/// One `@`; before it, letters, digits and the few marks addresses use (`.+-_'~!$*^{|}`); after it,
/// labels of letters, digits and hyphens joined by dots (at least two). Nothing that means something
/// in a `mailto:` link (`?`, `&`, `=`, `%`, `#`) or in markup gets through: the address goes into
/// the widget's link as it is.
fn check_email(text: &str) -> Option<ProblemKind> {
    // Letters and digits: ASCII ones, and any character beyond ASCII that is not a space (none of
    // them means anything in a `mailto:` link or in markup). Unicode's own letter tables would cost
    // every module about 4 KB for a setting the partner writes.
    let word = |c: char| {
        c.is_ascii_alphanumeric() || !(c.is_ascii() || c.is_whitespace() || c.is_control())
    };
    let local_ok = |c: char| word(c) || ".+-_'~!$*^{|}".contains(c);
    let label_ok = |label: &str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| word(c) || c == '-')
    };
    let ok = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && local.chars().all(local_ok)
                && domain.split('.').count() >= 2
                && domain.split('.').all(label_ok)
        }
        None => false,
    };
    (!ok).then_some(ProblemKind::NotAnEmailAddress)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawConfig {
        let mut raw = RawConfig::default();
        for (key, value) in pairs {
            let value = Some((*value).to_owned());
            match *key {
                "name" => raw.help_desk_name = value,
                "phone" => raw.help_desk_phone = value,
                "email" => raw.help_desk_email = value,
                "hours" => raw.help_desk_hours = value,
                "replaces" => raw.help_desk_replaces_cisco = value,
                "theme" => raw.theme = value,
                "compact" => raw.compact = value,
                _ => unreachable!("test key"), // ok: test helper
            }
        }
        raw
    }

    #[test]
    fn cisco_contacts_are_hidden_only_by_a_desk_that_replaces_them() {
        let cases = [
            (&[][..], true),
            (&[("name", "Help")][..], true),
            (&[("name", "Help"), ("replaces", "false")][..], true),
            (&[("name", "Help"), ("replaces", "")][..], false),
            (&[("name", "Help"), ("replaces", "true")][..], false),
            // Without a name there is no desk to send visitors to, so Cisco's contacts stay.
            (&[("replaces", "true")][..], true),
        ];
        for (pairs, shown) in cases {
            let (config, _) = read(&raw(pairs));
            assert_eq!(config.shows_cisco_contacts(), shown, "{pairs:?}");
        }
    }

    #[test]
    fn a_complete_configuration() {
        let (config, problems) = read(&raw(&[
            ("name", " Clan Blue IT help desk "),
            ("phone", "+81 3-1234-5678"),
            ("email", "help@clan.blue"),
            ("hours", "Weekdays 08:30–18:00"),
            ("theme", "Dark"),
            ("compact", ""),
        ]));
        assert_eq!(problems, []);
        assert_eq!(
            config,
            PartnerConfig {
                help_desk: Some(HelpDesk {
                    name: "Clan Blue IT help desk".into(),
                    phone: Some("+81 3-1234-5678".into()),
                    email: Some("help@clan.blue".into()),
                    hours: Some("Weekdays 08:30–18:00".into()),
                    replaces_cisco: false,
                }),
                theme: Theme::Dark,
                compact: true,
            }
        );
    }

    #[test]
    fn each_unusable_value_is_named_and_replaced_by_the_default() {
        let (config, problems) = read(&raw(&[
            ("name", "Help"),
            ("phone", "call us"),
            ("email", "<img src=x onerror=alert(1)>"),
            ("hours", &"x".repeat(121)),
            ("theme", "purple"),
            ("compact", "yes"),
            ("replaces", "maybe"),
        ]));
        assert_eq!(
            config.help_desk,
            Some(HelpDesk {
                name: "Help".into(),
                ..HelpDesk::default()
            })
        );
        assert_eq!((config.theme, config.compact), (Theme::Auto, false));
        let named: Vec<&str> = problems.iter().map(|p| p.setting).collect();
        assert_eq!(
            named,
            [
                "data-help-desk-phone",
                "data-help-desk-email",
                "data-help-desk-hours",
                "data-help-desk-replaces-cisco",
                "data-theme",
                "data-compact"
            ]
        );
        assert_eq!(problems[2].kind, ProblemKind::TooLong { most: HOURS_MOST });
    }

    /// An address that would add recipients or a body to the widget's `mailto:` link, or carry
    /// markup, is not an address.
    #[test]
    fn a_help_desk_address_is_an_address_and_nothing_more() {
        for good in [
            "help@clan.blue",
            "it.desk+sr@intranet.example.co.jp",
            "ヘルプ@例え.jp",
            "o'brien@clan.blue",
        ] {
            assert_eq!(check_email(good), None, "{good}");
        }
        for bad in [
            "help@x?cc=boss@clan.blue&bcc=all@clan.blue&body=hi",
            "help@clan.blue?subject=urgent",
            "help%40clan.blue@clan.blue",
            "help@clan.blue#top",
            "help&cc=x@clan.blue",
            "help@localhost",
            "help@.clan.blue",
            "help@clan..blue",
            "help@-clan.blue",
            "@clan.blue",
            "help@clan.blue@x.jp",
            "<img src=x onerror=alert(1)>",
            "help @clan.blue",
            "help\u{3000}desk@clan.blue",
        ] {
            assert_eq!(
                check_email(bad),
                Some(ProblemKind::NotAnEmailAddress),
                "{bad}"
            );
        }
    }

    #[test]
    fn details_without_a_name_are_not_shown() {
        let (config, problems) = read(&raw(&[("phone", "03-1234-5678"), ("replaces", "true")]));
        assert_eq!(config.help_desk, None);
        assert_eq!(
            problems,
            [Problem {
                setting: "data-help-desk-name",
                kind: ProblemKind::NameMissing
            }]
        );
        let (config, problems) = read(&RawConfig {
            unreadable_json: true,
            ..RawConfig::default()
        });
        assert_eq!(config, PartnerConfig::default());
        assert_eq!(
            problems,
            [Problem {
                setting: "data-config",
                kind: ProblemKind::NotJson
            }]
        );
        assert_eq!(
            read(&RawConfig::default()),
            (PartnerConfig::default(), Vec::new())
        );
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_gives_a_configuration(values in prop::collection::vec(prop::option::of(".{0,300}"), 7)) {
                let raw = RawConfig {
                    help_desk_name: values[0].clone(), help_desk_phone: values[1].clone(), help_desk_email: values[2].clone(),
                    help_desk_hours: values[3].clone(), help_desk_replaces_cisco: values[4].clone(), theme: values[5].clone(),
                    compact: values[6].clone(), unreadable_json: false,
                };
                let (config, _) = read(&raw);
                if let Some(desk) = config.help_desk {
                    prop_assert!(desk.name.chars().count() <= NAME_MOST && !desk.name.is_empty());
                }
            }
        }
    }
}
