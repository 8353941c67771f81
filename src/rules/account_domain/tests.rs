//! Cases worked out by hand from the guide's table (002, lines 416–423) and DNS syntax.

use super::*;
use crate::rules::kernel::address::*;

fn domain(raw: &str) -> Result<Domain, SyntaxError> {
    normalise_domain(raw, &IdnaUts46)
}

fn ascii(raw: &str) -> String {
    domain(raw)
        .unwrap_or_else(|e| panic!("{raw:?}: {e:?}"))
        .ascii
}

fn verdict(email: &str, account: &str) -> Verdict {
    let email = normalise_email(email, &IdnaUts46).unwrap();
    let account = domain(account).unwrap();
    judge(&email.domain.ascii, &account.ascii)
}

#[test]
fn the_guides_four_rows() {
    assert_eq!(verdict("xxxxxxxx@cisco.com", "cisco.com"), Verdict::Default);
    assert_eq!(
        verdict("xxxxxxxx@cisco.com", "abc.cisco.com"),
        Verdict::NeedsApproval {
            prefix: "abc".into(),
            base: "cisco.com".into()
        }
    );
    assert_eq!(
        verdict("xxxxxxxx@sales.cisco.com", "japan.cisco.com"),
        Verdict::NotByPrefix {
            alternatives: vec!["sales.cisco.com".into(), "japan.sales.cisco.com".into()],
            parent: None
        }
    );
    assert_eq!(
        verdict("xxxxxxxx@cisco.com", "cisco-systems.com"),
        Verdict::NotByPrefix {
            alternatives: vec!["cisco.com".into()],
            parent: None,
        }
    );
}

#[test]
fn more_verdicts_by_hand() {
    let cases: &[(&str, &str, Verdict)] = &[
        // The parent of the e-mail domain.
        (
            "a@sales.cisco.com",
            "cisco.com",
            Verdict::NotByPrefix {
                alternatives: vec!["sales.cisco.com".into()],
                parent: Some("cisco.com".into()),
            },
        ),
        // Several labels in front.
        (
            "a@cisco.com",
            "tokyo.jp.cisco.com",
            Verdict::NeedsApproval {
                prefix: "tokyo.jp".into(),
                base: "cisco.com".into(),
            },
        ),
        // Label boundary: abccisco.com does not contain cisco.com; a different registrable domain.
        (
            "a@cisco.com",
            "abccisco.com",
            Verdict::NotByPrefix {
                alternatives: vec!["cisco.com".into()],
                parent: None,
            },
        ),
        (
            "a@cisco.com",
            "abc-cisco.com",
            Verdict::NotByPrefix {
                alternatives: vec!["cisco.com".into()],
                parent: None,
            },
        ),
        // Sub-domain e-mail wanting a deeper sibling.
        (
            "a@sales.cisco.com",
            "west.japan.cisco.com",
            Verdict::NotByPrefix {
                alternatives: vec![
                    "sales.cisco.com".into(),
                    "west.japan.sales.cisco.com".into(),
                ],
                parent: None,
            },
        ),
        // co.jp is a public suffix: example.co.jp and other.co.jp are different organisations.
        (
            "a@example.co.jp",
            "other.co.jp",
            Verdict::NotByPrefix {
                alternatives: vec!["example.co.jp".into()],
                parent: None,
            },
        ),
        (
            "a@example.co.jp",
            "jp.example.co.jp",
            Verdict::NeedsApproval {
                prefix: "jp".into(),
                base: "example.co.jp".into(),
            },
        ),
        (
            "a@sales.example.co.jp",
            "hr.example.co.jp",
            Verdict::NotByPrefix {
                alternatives: vec![
                    "sales.example.co.jp".into(),
                    "hr.sales.example.co.jp".into(),
                ],
                parent: None,
            },
        ),
        // A different TLD is a different domain.
        (
            "a@cisco.com",
            "cisco.co.jp",
            Verdict::NotByPrefix {
                alternatives: vec!["cisco.com".into()],
                parent: None,
            },
        ),
    ];
    for (email, account, expected) in cases {
        assert_eq!(
            &verdict(email, account),
            expected,
            "{email} wants {account}"
        );
    }
}

#[test]
fn every_syntax_error() {
    let long_label = "a".repeat(64);
    let long_name = format!("{}.com", vec!["a".repeat(63); 4].join("."));
    let cases: Vec<(&str, SyntaxError)> = vec![
        ("", SyntaxError::Empty),
        ("   ", SyntaxError::Empty),
        (".", SyntaxError::Empty),
        ("a..b.com", SyntaxError::EmptyLabel),
        (".cisco.com", SyntaxError::EmptyLabel),
        ("cisco.com..", SyntaxError::EmptyLabel),
        (
            long_label.as_str(),
            SyntaxError::LabelTooLong {
                label: long_label.clone(),
            },
        ),
        (long_name.as_str(), SyntaxError::NameTooLong { length: 259 }),
        (
            "-bad.com",
            SyntaxError::LeadingHyphen {
                label: "-bad".into(),
            },
        ),
        (
            "bad-.com",
            SyntaxError::TrailingHyphen {
                label: "bad-".into(),
            },
        ),
        (
            "under_score.com",
            SyntaxError::BadCharacter { character: '_' },
        ),
        ("cisco .com", SyntaxError::BadCharacter { character: ' ' }),
        ("a/b.com", SyntaxError::BadCharacter { character: '/' }),
        (
            "cisco.com:443",
            SyntaxError::BadCharacter { character: ':' },
        ),
        // Non-ASCII characters that UTS-46 maps to ASCII a domain cannot hold: named as typed.
        (
            "a\u{1FEF}b.cisco.com",
            SyntaxError::BadCharacter {
                character: '\u{1FEF}',
            },
        ),
        (
            "a\u{FE4D}b.cisco.com",
            SyntaxError::BadCharacter {
                character: '\u{FE4D}',
            },
        ),
        (
            "localhost",
            SyntaxError::SingleLabel {
                name: "localhost".into(),
            },
        ),
        ("com", SyntaxError::SingleLabel { name: "com".into() }),
        (
            "co.jp",
            SyntaxError::PublicSuffix {
                name: "co.jp".into(),
            },
        ),
        (
            "ＣＯ．ＪＰ",
            SyntaxError::PublicSuffix {
                name: "co.jp".into(),
            },
        ),
        (
            "tokyo.jp",
            SyntaxError::PublicSuffix {
                name: "tokyo.jp".into(),
            },
        ),
        ("xn--zz.jp", SyntaxError::BadInternationalName),
        ("\u{E000}.jp", SyntaxError::BadInternationalName), // private use: disallowed by UTS-46
    ];
    for (raw, expected) in cases {
        assert_eq!(domain(raw), Err(expected), "{raw:?}");
    }
    let email_cases: &[(&str, SyntaxError)] = &[
        ("", SyntaxError::Empty),
        ("cisco.com", SyntaxError::NoAt),
        ("a@b@cisco.com", SyntaxError::SeveralAt),
        ("@cisco.com", SyntaxError::EmptyLocalPart),
        (
            "a b@cisco.com",
            SyntaxError::BadCharacter { character: ' ' },
        ),
        ("a@", SyntaxError::Empty),
        (
            "a@localhost",
            SyntaxError::SingleLabel {
                name: "localhost".into(),
            },
        ),
        (
            "a@co.jp",
            SyntaxError::PublicSuffix {
                name: "co.jp".into(),
            },
        ),
    ];
    for (raw, expected) in email_cases {
        assert_eq!(
            normalise_email(raw, &IdnaUts46).map(|e| e.domain.ascii),
            Err(expected.clone()),
            "{raw:?}"
        );
    }
}

#[test]
fn normalises_and_reports_each_step() {
    let cases: &[(&str, &str, &[Step])] = &[
        ("cisco.com", "cisco.com", &[]),
        ("  cisco.com ", "cisco.com", &[Step::Trimmed]),
        ("Cisco.COM", "cisco.com", &[Step::LowerCased]),
        ("cisco.com.", "cisco.com", &[Step::TrailingDotRemoved]),
        (
            "ｊｐ．ｃｉｓｃｏ．ｃｏｍ",
            "jp.cisco.com",
            &[Step::FullWidthToAscii],
        ),
        ("jp。cisco。com", "jp.cisco.com", &[Step::FullWidthToAscii]),
        (
            "\u{3000}ＪＰ.Cisco.com.",
            "jp.cisco.com",
            &[
                Step::Trimmed,
                Step::FullWidthToAscii,
                Step::LowerCased,
                Step::TrailingDotRemoved,
            ],
        ),
    ];
    for (raw, expected, steps) in cases {
        let normalised = domain(raw).unwrap();
        assert_eq!(
            (normalised.ascii.as_str(), normalised.steps.as_slice()),
            (*expected, *steps),
            "{raw:?}"
        );
    }
    let email = normalise_email("　Ｈａｎａｋｏ＠Ｃｌａｎ．Ｂｌｕｅ ", &IdnaUts46).unwrap();
    assert_eq!(
        email.local,
        "Ｈａｎａｋｏ"
            .chars()
            .map(|c| char::from_u32(u32::from(c) - 0xFEE0).unwrap())
            .collect::<String>()
    );
    assert_eq!(email.domain.ascii, "clan.blue");
    assert_eq!(
        email.domain.steps,
        [Step::Trimmed, Step::FullWidthToAscii, Step::LowerCased]
    );
}

#[test]
fn internationalised_names_in_both_forms() {
    let japanese = domain("日本語.jp").unwrap();
    assert_eq!(japanese.ascii, "xn--wgv71a119e.jp");
    assert_eq!(japanese.unicode, "日本語.jp");
    assert_eq!(
        japanese.steps,
        [Step::ToAscii {
            unicode: "日本語.jp".into(),
            ascii: "xn--wgv71a119e.jp".into()
        }]
    );
    let typed_ascii = domain("XN--WGV71A119E.JP").unwrap();
    assert_eq!(
        (typed_ascii.ascii.as_str(), typed_ascii.unicode.as_str()),
        ("xn--wgv71a119e.jp", "日本語.jp")
    );
    // Full-width katakana and half-width katakana are the same name after UTS-46 mapping.
    assert_eq!(ascii("ｼｽｺ.jp"), ascii("シスコ.jp"));
    assert_eq!(ascii("Bücher.example"), "xn--bcher-kva.example");
    // UTS-46 maps a zero-width space to nothing.
    assert_eq!(ascii("日本\u{200B}語.jp"), "xn--wgv71a119e.jp");
    // Judged in one form: the Unicode and the ASCII spelling of the same domain are the same domain.
    assert_eq!(
        verdict("a@日本語.jp", "xn--wgv71a119e.jp"),
        Verdict::Default
    );
    assert_eq!(
        verdict("a@xn--wgv71a119e.jp", "東京.日本語.jp"),
        Verdict::NeedsApproval {
            prefix: "xn--1lqs71d".into(),
            base: "xn--wgv71a119e.jp".into()
        }
    );
}

#[test]
fn prefix_field_builds_the_account_domain() {
    let email = normalise_email("a@cisco.com", &IdnaUts46).unwrap();
    assert_eq!(
        prefixed("jp", &email.domain, &IdnaUts46).unwrap().ascii,
        "jp.cisco.com"
    );
    assert_eq!(
        prefixed(" ＪＰ. ", &email.domain, &IdnaUts46)
            .unwrap()
            .ascii,
        "jp.cisco.com"
    );
    assert_eq!(
        prefixed("tokyo.jp", &email.domain, &IdnaUts46)
            .unwrap()
            .ascii,
        "tokyo.jp.cisco.com"
    );
    assert_eq!(
        prefixed("", &email.domain, &IdnaUts46),
        Err(SyntaxError::Empty)
    );
    assert_eq!(
        prefixed("-jp", &email.domain, &IdnaUts46),
        Err(SyntaxError::LeadingHyphen {
            label: "-jp".into()
        })
    );
    assert_eq!(
        prefixed("j_p", &email.domain, &IdnaUts46),
        Err(SyntaxError::BadCharacter { character: '_' })
    );
}

#[test]
fn registrable_domains() {
    let cases = [
        ("cisco.com", "cisco.com"),
        ("sales.cisco.com", "cisco.com"),
        ("a.b.example.co.jp", "example.co.jp"),
        ("example.co.jp", "example.co.jp"),
        ("x.city.tokyo.jp", "city.tokyo.jp"),
        ("xn--wgv71a119e.jp", "xn--wgv71a119e.jp"),
    ];
    for (name, expected) in cases {
        assert_eq!(registrable(name), expected, "{name}");
    }
}

#[test]
fn free_mail_providers_are_recognised() {
    assert!(is_free_mail("gmail.com"));
    assert!(is_free_mail("yahoo.co.jp"));
    assert!(is_free_mail("i.softbank.jp"));
    assert!(!is_free_mail("cisco.com"));
    assert!(!is_free_mail("notgmail.com"), "label boundary");
}

/// Internationalised names read in Unicode in the explanation (both forms are listed beside it).
#[test]
fn the_verdict_in_unicode() {
    let email = normalise_domain("日本語.jp", &IdnaUts46).unwrap();
    let account = normalise_domain("東京.日本語.jp", &IdnaUts46).unwrap();
    let verdict = judge(&email.ascii, &account.ascii);
    assert_eq!(
        verdict.in_unicode(&email, &account),
        Verdict::NeedsApproval {
            prefix: "東京".into(),
            base: "日本語.jp".into()
        }
    );
    let parent = normalise_domain("例え.jp", &IdnaUts46).unwrap();
    let sub = normalise_domain("sales.例え.jp", &IdnaUts46).unwrap();
    let verdict = judge(&sub.ascii, &parent.ascii);
    assert_eq!(
        verdict.in_unicode(&sub, &parent),
        Verdict::NotByPrefix {
            alternatives: vec![sub.ascii.clone()],
            parent: Some("例え.jp".into())
        }
    );
    assert_eq!(
        Verdict::Default.in_unicode(&email, &email),
        Verdict::Default
    );
}

// proptest is a native dev-dependency: property tests run natively only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::content::public_suffixes::PUBLIC_SUFFIXES;
    use proptest::prelude::*;

    /// An ASCII label. One starting "xn--" is an A-label, which must decode (tested on its own).
    fn label() -> impl Strategy<Value = String> {
        "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?".prop_filter("A-labels are tested apart", |label| {
            !label.starts_with("xn--")
        })
    }

    /// A domain name: labels, the last one (a top-level domain) starting with a letter, as real
    /// ones do (a numeric last label makes an IP address).
    fn name() -> impl Strategy<Value = String> {
        (prop::collection::vec(label(), 1..4), "[a-z][a-z0-9]{1,5}").prop_map(
            |(mut labels, top)| {
                labels.push(top);
                labels.join(".")
            },
        )
    }

    /// A normalised name normalises to itself, with no step left to take. Counted: most random
    /// inputs are refused (a single label, an empty one, a hyphen at an end), and a property that
    /// only ever saw refusals would pass without testing anything.
    #[test]
    fn normalising_twice_changes_nothing() {
        use proptest::test_runner::{Config, TestRunner};
        const CASES: u32 = 2_000;
        let mut runner = TestRunner::new(Config {
            cases: CASES,
            failure_persistence: None,
            ..Config::default()
        });
        let accepted = std::cell::Cell::new(0u32);
        runner
            .run(
                &"[ 　]?[A-Za-zＡ-Ｚａ-ｚ0-9.。-]{1,30}[.]?[ ]?",
                |raw| {
                    if let Ok(once) = normalise_domain(&raw, &IdnaUts46) {
                        accepted.set(accepted.get() + 1);
                        let twice = normalise_domain(&once.ascii, &IdnaUts46)
                            .map_err(|e| TestCaseError::fail(format!("{raw:?}: {e:?}")))?;
                        prop_assert_eq!(&twice.ascii, &once.ascii);
                        prop_assert!(twice.steps.is_empty());
                    }
                    Ok(())
                },
            )
            .unwrap_or_else(|failure| panic!("{failure}"));
        assert!(
            accepted.get() >= CASES / 10,
            "only {} of {CASES} inputs were valid names: the property tested too little",
            accepted.get()
        );
        eprintln!(
            "normalising_twice_changes_nothing: {} of {CASES} inputs accepted",
            accepted.get()
        );
    }

    proptest! {
        #[test]
        fn any_text_gets_a_verdict_or_an_error_never_a_panic(email in ".*", account in ".*") {
            if let (Ok(email), Ok(account)) = (normalise_email(&email, &IdnaUts46), normalise_domain(&account, &IdnaUts46)) {
                let _ = judge(&email.domain.ascii, &account.ascii);
            }
        }

        #[test]
        fn judging_is_the_same_before_and_after_normalisation(base in name(), front in label()) {
            let account = format!("{front}.{base}");
            let shouted = format!("  {}. ", account.to_uppercase());
            let direct = judge(&base, &account);
            let normalised = judge(&ascii(&base.to_uppercase()), &ascii(&shouted));
            prop_assert_eq!(direct, normalised);
        }

        #[test]
        fn a_prefixed_domain_of_an_allowed_domain_is_allowed(base in name(), fronts in prop::collection::vec(label(), 1..3)) {
            prop_assume!(!PUBLIC_SUFFIXES.contains(&base.as_str()));
            let account = format!("{}.{base}", fronts.join("."));
            prop_assume!(account.len() <= MAX_NAME);
            let is_approval = matches!(judge(&base, &account), Verdict::NeedsApproval { .. });
            prop_assert!(is_approval);
            prop_assert_eq!(judge(&base, &base), Verdict::Default);
        }

        #[test]
        fn suggested_alternatives_are_themselves_allowed(email in name(), account in name()) {
            if let Verdict::NotByPrefix { alternatives, .. } = judge(&email, &account) {
                for alternative in alternatives {
                    let allowed = matches!(judge(&email, &alternative), Verdict::Default | Verdict::NeedsApproval { .. });
                    prop_assert!(allowed, "{} for {}", alternative, email);
                }
            }
        }
    }
}
