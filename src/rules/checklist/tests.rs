//! Item lists per product row, worked out from the guide's tables, and every validator.

use super::*;
use crate::rules::kernel::address::IdnaUts46;

/// The items of a desk and product row, as the guide's tables list them.
fn row_items(desk: Desk, slug: &str) -> Vec<Item> {
    items_for(desk, product_by_slug(slug).unwrap()) // ok: test code; an unknown slug fails the test
}

fn ids(desk: Desk, slug: &str) -> Vec<&'static str> {
    row_items(desk, slug).iter().map(|i| i.id).collect()
}

const JAPAN_HEAD: [&str; 13] = [
    "severity",
    "contract",
    "company_ja",
    "company_en",
    "address_ja",
    "address_en",
    "contact_ja",
    "contact_en",
    "account_email",
    "phone",
    "site_ja",
    "site_en",
    "product_id",
];

fn japan(extra: &[&'static str], serial: bool) -> Vec<&'static str> {
    let mut list = JAPAN_HEAD.to_vec();
    if serial {
        list.push("serial");
    }
    list.extend_from_slice(extra);
    list.extend(["subject", "description"]);
    list
}

#[test]
fn every_product_row_for_japan_tac() {
    let cases: &[(&str, &[&str], bool)] = &[
        ("hardware", &[], true),
        ("software", &["licenses"], false),
        ("sdwan-controller", &["dna_subscription"], false),
        (
            "sdwan-hardware",
            &["dna_subscription", "edge_hw_contract"],
            true,
        ),
        ("sdwan-virtual", &["dna_subscription"], false),
        ("dna-spaces-connector", &["wlc_contract"], false),
        ("umbrella", &["umbrella_sub"], false),
        ("webex", &["webex_site"], false),
        ("webex-calling", &["webex_site"], false),
        ("webex-contact-center", &["webex_site"], false),
        ("webex-devices", &["webex_site", "sip_uri"], true),
        ("sp-xr", &["second_contract"], true),
        ("intersight-base", &["intersight_hw"], false),
        ("intersight-other", &["intersight_license"], false),
        ("aci-solution", &["aci_fabric_node"], true),
        ("aci-pss", &[], true),
        (
            "license-rehost",
            &["rma_number", "pak_or_sales_order", "udi_both"],
            true,
        ),
        ("small-business", &[], true),
    ];
    for (slug, extra, serial) in cases {
        assert_eq!(ids(Desk::Japan, slug), japan(extra, *serial), "{slug}");
    }
    assert_eq!(
        PRODUCTS.len(),
        cases.len() + 1,
        "every row is tested (plus CSSM On-Prem below)"
    );
}

#[test]
fn global_tac_smart_account_and_cssm_lists() {
    assert_eq!(
        ids(Desk::Global, "hardware"),
        [
            "severity",
            "contact_en",
            "contact_phone_intl",
            "contact_email",
            "to",
            "cc",
            "account_email",
            "contract",
            "serial",
            "product_id",
            "software_version",
            "company_en",
            "site_en",
            "description",
        ]
    );
    assert_eq!(
        ids(Desk::Global, "umbrella"),
        [
            "severity",
            "contact_en",
            "contact_phone_intl",
            "contact_email",
            "to",
            "cc",
            "account_email",
            "contract",
            "product_id",
            "software_version",
            "company_en",
            "site_en",
            "umbrella_sub",
            "description",
        ]
    );
    let smart: Vec<&str> = SMART_ACCOUNT.iter().map(|i| i.id).collect();
    assert_eq!(ids(Desk::SmartAccount, "hardware"), smart);
    assert_eq!(
        smart,
        [
            "account_email",
            "name",
            "company",
            "phone",
            "smart_account_domain",
            "inquiry"
        ]
    );
    let cssm = ids(Desk::Japan, "cssm-on-prem");
    assert_eq!(cssm.len(), 9);
    assert_eq!(
        cssm,
        [
            "cssm_account",
            "name",
            "company",
            "phone",
            "account_email",
            "end_user",
            "smart_account_domain",
            "virtual_account",
            "inquiry"
        ]
    );
    assert_eq!(
        ids(Desk::Global, "cssm-on-prem"),
        cssm,
        "CSSM On-Prem goes to japan-tac whatever the desk"
    );
}

fn check_one(kind: Kind, raw: &str) -> Check {
    check(kind, raw, false, &IdnaUts46)
}

#[test]
fn validators_valid_invalid_full_width_spaces_and_empty() {
    use Check::*;
    let cases: Vec<(Kind, &str, Check)> = vec![
        // e-mail
        (
            Kind::Email,
            "hanako@clan.blue",
            Ok("hanako@clan.blue".into()),
        ),
        (
            Kind::Email,
            "  Hanako@Clan.Blue ",
            Ok("Hanako@clan.blue".into()),
        ),
        (
            Kind::Email,
            "ｈａｎａｋｏ＠ｃｌａｎ．ｂｌｕｅ",
            Ok("hanako@clan.blue".into()),
        ),
        (Kind::Email, "hanako", Invalid(Problem::Email)),
        (Kind::Email, "a@b", Invalid(Problem::Email)),
        (Kind::Email, "   ", Empty),
        // phone (Japan TAC: domestic is fine)
        (Kind::Phone, "03-6434-1234", Ok("03-6434-1234".into())),
        (
            Kind::Phone,
            "０３－６４３４－１２３４",
            Ok("03-6434-1234".into()),
        ),
        (Kind::Phone, "+81 3-6434-1234", Ok("+81 3-6434-1234".into())),
        (
            Kind::Phone,
            "+81 03-6434-1234",
            Warn(
                "+81 3-6434-1234".into(),
                Warning::ZeroAfterCountryCode {
                    corrected: "+81 3-6434-1234".into(),
                },
            ),
        ),
        // The 9–10 digit shape is the tool's check, not the guide's: a warning, the value is kept.
        (
            Kind::Phone,
            "03-6434",
            Warn("03-6434".into(), Warning::PhoneShape),
        ),
        (
            Kind::Phone,
            "phone",
            Warn("phone".into(), Warning::PhoneShape),
        ),
        (Kind::Phone, "", Empty),
        // serial: a warning, never a block
        (Kind::Serial, "FOC1234X0AB", Ok("FOC1234X0AB".into())),
        (Kind::Serial, " foc1234x0ab ", Ok("FOC1234X0AB".into())),
        (
            Kind::Serial,
            "ＦＯＣ１２３４Ｘ０ＡＢ",
            Ok("FOC1234X0AB".into()),
        ),
        (
            Kind::Serial,
            "FOC1234X0A",
            Warn("FOC1234X0A".into(), Warning::UnusualSerial),
        ),
        (
            Kind::Serial,
            "12345678901",
            Warn("12345678901".into(), Warning::UnusualSerial),
        ),
        (Kind::Serial, "", Empty),
        // contract: digits usually (a warning only)
        (Kind::Contract, "12345678", Ok("12345678".into())),
        (Kind::Contract, "１２３４５６７８", Ok("12345678".into())),
        (Kind::Contract, " 1234 5678 ", Ok("12345678".into())),
        (Kind::Contract, "1234-5678", Ok("12345678".into())),
        (
            Kind::Contract,
            "12A45678",
            Warn("12A45678".into(), Warning::ContractNotDigits),
        ),
        (Kind::Contract, "", Empty),
        // Umbrella subscription ID
        (Kind::Umbrella, "Sub123456", Ok("Sub123456".into())),
        (Kind::Umbrella, "sub123456", Ok("Sub123456".into())),
        (Kind::Umbrella, "Ｓｕｂ１２３４５６", Ok("Sub123456".into())),
        (
            Kind::Umbrella,
            "Sub",
            Warn("Sub".into(), Warning::UmbrellaShape),
        ),
        (
            Kind::Umbrella,
            "123456",
            Warn("123456".into(), Warning::UmbrellaShape),
        ),
        (
            Kind::Umbrella,
            "Sub12a",
            Warn("Sub12a".into(), Warning::UmbrellaShape),
        ),
        // Webex site or Org ID
        (Kind::Webex, "acme.webex.com", Ok("acme.webex.com".into())),
        (
            Kind::Webex,
            "https://ACME.webex.com/meet/x",
            Ok("acme.webex.com".into()),
        ),
        (
            Kind::Webex,
            "1EB65FDF-9643-417F-9974-AD72CAE0E10F",
            Ok("1eb65fdf-9643-417f-9974-ad72cae0e10f".into()),
        ),
        (
            Kind::Webex,
            "webex.com",
            Warn("webex.com".into(), Warning::WebexShape),
        ),
        (
            Kind::Webex,
            "acme.webex.co",
            Warn("acme.webex.co".into(), Warning::WebexShape),
        ),
        (
            Kind::Webex,
            "1EB65FDF-9643-417F-9974",
            Warn("1EB65FDF-9643-417F-9974".into(), Warning::WebexShape),
        ),
        (Kind::Webex, "", Empty),
        // severity
        (Kind::Severity, "2", Ok("S2".into())),
        (Kind::Severity, "S5", Empty),
    ];
    for (kind, raw, expected) in cases {
        assert_eq!(check_one(kind, raw), expected, "{kind:?} {raw:?}");
    }
    // Global TAC wants the +81 form.
    assert_eq!(
        check(Kind::Phone, "03-6434-1234", true, &IdnaUts46),
        Check::Warn(
            "03-6434-1234".into(),
            Warning::UseInternationalForm {
                international: "+81 3-6434-1234".into()
            }
        )
    );
    assert_eq!(
        check(Kind::Phone, "+81-3-6434-1234", true, &IdnaUts46),
        Check::Ok("+81 3-6434-1234".into())
    );
}

/// Only a value that cannot be what the item names blocks it; the tool's own shape checks warn.
#[test]
fn checks_the_guide_does_not_state_never_block() {
    for (kind, raw) in [
        (Kind::Contract, "ABC"),
        (Kind::Umbrella, "12345"),
        (Kind::Webex, "acme"),
        (Kind::Phone, "12"),
        (Kind::Serial, "X"),
    ] {
        let result = check_one(kind, raw);
        assert!(
            result.is_ready() && matches!(result, Check::Warn(..)),
            "{kind:?} {raw:?}: {result:?}"
        );
    }
    assert_eq!(
        check_one(Kind::Email, "no-at-sign"),
        Check::Invalid(Problem::Email)
    );
}

/// 「会社名 (日本語/英語)」: either language makes the pair ready; the other half is then `ByPair`.
#[test]
fn a_japanese_or_english_pair_is_ready_with_either_half() {
    let items = row_items(Desk::Japan, "hardware");
    let company_ja = items.iter().find(|i| i.id == "company_ja").unwrap(); // ok: test code; a missing row fails the test
    let company_en = items.iter().find(|i| i.id == "company_en").unwrap(); // ok: test code; a missing row fails the test
    let mut entries = Entries::default();
    assert!(
        !is_ready(company_ja, &entries, false, &IdnaUts46)
            && !is_ready(company_en, &entries, false, &IdnaUts46)
    );
    entries.set_value("company_en", "Clan Blue K.K.".into());
    assert!(
        is_ready(company_ja, &entries, false, &IdnaUts46)
            && is_ready(company_en, &entries, false, &IdnaUts46)
    );
    assert_eq!(
        check_item(company_ja, &entries, false, &IdnaUts46),
        Check::ByPair
    );
    assert_eq!(
        check_item(company_en, &entries, false, &IdnaUts46),
        Check::Ok("Clan Blue K.K.".into())
    );
    let (ready, total) = progress(&item_states(items.clone(), &entries, false, &IdnaUts46));
    assert_eq!((ready, total), (2, 16));
    // Global TAC asks for the English name on its own: no pair there.
    let global = row_items(Desk::Global, "hardware");
    assert!(global.iter().all(|i| i.pair.is_none()));
}

#[test]
fn progress_counts_required_items_ready() {
    let items = row_items(Desk::Japan, "software");
    let mut entries = Entries::default();
    assert_eq!(
        progress(&item_states(items.clone(), &entries, false, &IdnaUts46)),
        (0, 16)
    );
    entries.set_value("contract", "1234".into());
    entries.set_value("account_email", "not an address".into());
    entries.set_ticked("licenses", true);
    entries.set_value("severity", "2".into());
    assert_eq!(
        progress(&item_states(items.clone(), &entries, false, &IdnaUts46)),
        (3, 16)
    );
    // One control per item: a tick left on a value item by an older version does not make it ready.
    entries.set_ticked("account_email", true);
    assert_eq!(
        progress(&item_states(items.clone(), &entries, false, &IdnaUts46)),
        (3, 16)
    );
    entries.set_value("account_email", "hanako@clan.blue".into());
    assert_eq!(
        progress(&item_states(items.clone(), &entries, false, &IdnaUts46)),
        (4, 16)
    );
}

// proptest is a native dev-dependency: property tests run natively only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_input_panics_any_validator(raw in ".*", international in any::<bool>()) {
            for kind in [Kind::Text, Kind::LongText, Kind::Email, Kind::Phone, Kind::Serial, Kind::Contract, Kind::Umbrella, Kind::Webex, Kind::Severity, Kind::Check] {
                let _ = check(kind, &raw, international, &IdnaUts46);
            }
        }
    }
}

/// What to have ready, grouped, with each 「(日本語/英語)」 pair once.
#[test]
fn the_summary_groups_the_required_items_and_counts_a_pair_once() {
    let items = row_items(Desk::Japan, "hardware");
    assert_eq!(
        summary(&items),
        [
            (Group::Contract, vec!["contract"]),
            (Group::Device, vec!["site_ja", "product_id", "serial"]),
            (
                Group::Contacts,
                vec![
                    "company_ja",
                    "address_ja",
                    "contact_ja",
                    "account_email",
                    "phone"
                ]
            ),
            (Group::Problem, vec!["severity", "subject", "description"]),
        ]
    );
    let global = row_items(Desk::Global, "hardware");
    let contacts = summary(&global)
        .into_iter()
        .find(|(group, _)| *group == Group::Contacts)
        .map(|(_, ids)| ids);
    assert_eq!(
        contacts,
        Some(vec![
            "contact_en",
            "contact_phone_intl",
            "contact_email",
            "account_email",
            "company_en"
        ]),
        "optional TO and CC are not in the summary"
    );
}

#[test]
fn a_mail_link_only_where_mail_clients_take_it() {
    let short = mailto(
        "japan-tac@cisco.com",
        "[SR 申請] S3 件名",
        "■ 契約番号: 1234\n■ 障害内容:\n止まった",
    );
    let href = short.expect("a short request is a link"); // ok: test code; a refusal fails the test
    assert!(
        href.starts_with("mailto:japan-tac@cisco.com?subject=%5BSR%20"),
        "{href}"
    );
    assert!(href.contains("%0D%0A"), "CRLF line breaks: {href}");
    let long_body = "ログ".repeat(1000);
    assert!(matches!(
        mailto("japan-tac@cisco.com", "s", &long_body),
        Err(length) if length > MAILTO_LIMIT
    ));
}
