//! What to have ready before opening a service request: the items per desk and product, their
//! validation, progress, the text to send, and how the visitor's values are kept in this browser.
//!
//! Source: 000_aa25d047744acda8.txt — "サービスリクエスト(SR)オープン時に必要な情報" (lines 878–903),
//! "製品別サービスリクエストのオープン時に必要な情報" (lines 912–1157), "Global TAC の SR オープンに
//! 必要な情報" (lines 1393–1412); 002_bf66f745e37d1da0.txt back cover (lines 896–906).
//! The labels, hints and notes are content (`content::checklist`); this module has the rules.

pub(crate) mod form;

use std::collections::{BTreeMap, BTreeSet};

use crate::rules::kernel::address::{fold_full_width, normalise_email, Uts46};
use crate::rules::kernel::phone::company_phone;
use crate::rules::kernel::severity::Severity;

use crate::rules::kernel::bounds;
use crate::rules::kernel::desk::Desk;

pub use route::{plan, Plan, RequestKind, Route};

/// How an item's value is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text (names, addresses, descriptions).
    Text,
    /// Several lines of free text.
    LongText,
    Email,
    Phone,
    /// Cisco serial number: unusual shapes are a warning only.
    Serial,
    /// Contract number: digits.
    Contract,
    /// Cisco Umbrella subscription ID: `Sub` and digits.
    Umbrella,
    /// Webex site URL (`*.webex.com`) or Org ID (UUID).
    Webex,
    /// S1–S4, from the severity tool.
    Severity,
    /// Something to have ready or attach, ticked when done (no value).
    Check,
}

impl Kind {
    /// How much a value of this kind holds (`kernel::bounds`), and whether it is one line.
    pub const fn bounds(self) -> (usize, bool) {
        match self {
            Kind::LongText => (bounds::LONG_TEXT, false),
            Kind::Text | Kind::Webex => (bounds::LINE, true),
            Kind::Email => (bounds::EMAIL, true),
            Kind::Phone | Kind::Serial | Kind::Contract | Kind::Umbrella | Kind::Severity => {
                (bounds::CODE, true)
            }
            Kind::Check => (0, true),
        }
    }
}

/// The kind of the item `id` names in any list (a saved value of an id no list has is text).
pub fn kind_of(id: &str) -> Kind {
    [JAPAN_COMMON, GLOBAL, SMART_ACCOUNT, CSSM_ON_PREM]
        .into_iter()
        .chain(PRODUCTS.iter().map(|product| product.extra))
        .flatten()
        .find(|item| item.id == id)
        .map_or(Kind::Text, |item| item.kind)
}

/// What the item `id` keeps of a typed or saved value: within its kind's bounds.
pub fn bounded_value(id: &str, value: String) -> String {
    let (limit, one_line) = kind_of(id).bounds();
    crate::rules::kernel::bounds::bounded(value, limit, one_line)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id: the storage key and the content key. Never rename.
    pub id: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// The guide writes some items "(日本語/英語)": the tool asks for both, but either one makes the
    /// pair ready (requiring both is not the guide's rule). This names the other one.
    pub pair: Option<&'static str>,
}

const fn item(id: &'static str, kind: Kind) -> Item {
    Item {
        id,
        kind,
        required: true,
        pair: None,
    }
}

const fn optional(id: &'static str, kind: Kind) -> Item {
    Item {
        id,
        kind,
        required: false,
        pair: None,
    }
}

const fn paired(id: &'static str, other: &'static str) -> Item {
    Item {
        id,
        kind: Kind::Text,
        required: true,
        pair: Some(other),
    }
}

/// Common items for Japan TAC (lines 878–889), in the guide's order.
pub const JAPAN_COMMON: &[Item] = &[
    item("severity", Kind::Severity),
    item("contract", Kind::Contract),
    paired("company_ja", "company_en"),
    paired("company_en", "company_ja"),
    paired("address_ja", "address_en"),
    paired("address_en", "address_ja"),
    paired("contact_ja", "contact_en"),
    paired("contact_en", "contact_ja"),
    item("account_email", Kind::Email),
    item("phone", Kind::Phone),
    paired("site_ja", "site_en"),
    paired("site_en", "site_ja"),
    item("product_id", Kind::Text),
    item("serial", Kind::Serial),
    item("subject", Kind::Text),
    item("description", Kind::LongText),
];

/// The questions Global TAC asks (lines 1395–1410), in its order.
pub const GLOBAL: &[Item] = &[
    item("severity", Kind::Severity),
    item("contact_en", Kind::Text),
    item("contact_phone_intl", Kind::Phone),
    item("contact_email", Kind::Email),
    optional("to", Kind::Text),
    optional("cc", Kind::Text),
    item("account_email", Kind::Email),
    item("contract", Kind::Contract),
    item("serial", Kind::Serial),
    item("product_id", Kind::Text),
    optional("software_version", Kind::Text),
    item("company_en", Kind::Text),
    item("site_en", Kind::Text),
    item("description", Kind::LongText),
];

/// Smart Account / Smart Licensing inquiries (002, lines 899–904).
pub const SMART_ACCOUNT: &[Item] = &[
    item("account_email", Kind::Email),
    item("name", Kind::Text),
    item("company", Kind::Text),
    item("phone", Kind::Phone),
    optional("smart_account_domain", Kind::Text),
    item("inquiry", Kind::LongText),
];

/// Cisco Smart Software Manager On-Prem: its own nine items (lines 1117–1143).
pub const CSSM_ON_PREM: &[Item] = &[
    item("cssm_account", Kind::Check),
    item("name", Kind::Text),
    item("company", Kind::Text),
    item("phone", Kind::Phone),
    item("account_email", Kind::Email),
    item("end_user", Kind::Text),
    optional("smart_account_domain", Kind::Text),
    item("virtual_account", Kind::Text),
    item("inquiry", Kind::LongText),
];

/// A product row of the guide's tables: what it adds to (or changes in) the common items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Product {
    /// URL slug (`product=umbrella`): never rename.
    pub slug: &'static str,
    pub extra: &'static [Item],
    /// Whether the serial number applies (hardware); subscription and software rows use other ids.
    pub serial: bool,
    /// Replaces the whole list (CSSM On-Prem has its own).
    pub own_list: Option<&'static [Item]>,
}

const fn product(slug: &'static str, extra: &'static [Item], serial: bool) -> Product {
    Product {
        slug,
        extra,
        serial,
        own_list: None,
    }
}

pub const PRODUCTS: &[Product] = &[
    product("hardware", &[], true),
    product("software", &[item("licenses", Kind::Check)], false),
    product(
        "sdwan-controller",
        &[item("dna_subscription", Kind::Text)],
        false,
    ),
    product(
        "sdwan-hardware",
        &[
            item("dna_subscription", Kind::Text),
            item("edge_hw_contract", Kind::Text),
        ],
        true,
    ),
    product(
        "sdwan-virtual",
        &[item("dna_subscription", Kind::Text)],
        false,
    ),
    product(
        "dna-spaces-connector",
        &[item("wlc_contract", Kind::Text)],
        false,
    ),
    product("umbrella", &[item("umbrella_sub", Kind::Umbrella)], false),
    product("webex", &[item("webex_site", Kind::Webex)], false),
    product("webex-calling", &[item("webex_site", Kind::Webex)], false),
    product(
        "webex-contact-center",
        &[item("webex_site", Kind::Webex)],
        false,
    ),
    product(
        "webex-devices",
        &[item("webex_site", Kind::Webex), item("sip_uri", Kind::Text)],
        true,
    ),
    product(
        "sp-xr",
        &[optional("second_contract", Kind::Contract)],
        true,
    ),
    product(
        "intersight-base",
        &[item("intersight_hw", Kind::Check)],
        false,
    ),
    product(
        "intersight-other",
        &[item("intersight_license", Kind::Text)],
        false,
    ),
    product(
        "aci-solution",
        &[item("aci_fabric_node", Kind::Check)],
        true,
    ),
    product("aci-pss", &[], true),
    // Licence re-host after a replacement (PAK licences): the usual items plus these (lines 2426–2447).
    product(
        "license-rehost",
        &[
            item("rma_number", Kind::Text),
            item("pak_or_sales_order", Kind::Text),
            item("udi_both", Kind::Text),
        ],
        true,
    ),
    // Small Business products: the usual items, sent to the Small Business desk (lines 1242–1248).
    product("small-business", &[], true),
    Product {
        slug: "cssm-on-prem",
        extra: &[],
        serial: false,
        own_list: Some(CSSM_ON_PREM),
    },
];

pub fn product_by_slug(slug: &str) -> Option<&'static Product> {
    PRODUCTS
        .iter()
        .find(|p| p.slug.eq_ignore_ascii_case(slug.trim()))
}

/// The items that apply, in order, without duplicates.
pub fn items_for(desk: Desk, product: &Product) -> Vec<Item> {
    let base: &[Item] = match (desk, product.own_list) {
        (Desk::SmartAccount, _) => return SMART_ACCOUNT.to_vec(),
        (_, Some(own)) => return own.to_vec(),
        (Desk::Japan, None) => JAPAN_COMMON,
        (Desk::Global, None) => GLOBAL,
    };
    let mut items: Vec<Item> = base
        .iter()
        .copied()
        .filter(|i| i.id != "serial" || product.serial)
        .collect();
    // Product rows go before the subject and the description, beside the other product facts.
    let at = items
        .iter()
        .position(|i| matches!(i.id, "subject" | "description"))
        .unwrap_or(items.len());
    for (offset, extra) in product.extra.iter().enumerate() {
        if !items.iter().any(|i| i.id == extra.id) {
            items.insert(at + offset, *extra);
        }
    }
    items
}

/// The result of checking a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    Empty,
    /// Not given, but its other-language pair is (see [`Item::pair`]): ready, with nothing to write.
    ByPair,
    /// Fine; the value as it should be written (normalised).
    Ok(String),
    /// Usable, but worth a second look; the normalised value and why.
    Warn(String, Warning),
    Invalid(Problem),
}

impl Check {
    pub fn is_ready(&self) -> bool {
        matches!(self, Check::Ok(_) | Check::Warn(..) | Check::ByPair)
    }

    pub fn value(&self) -> Option<&str> {
        match self {
            Check::Ok(value) | Check::Warn(value, _) => Some(value),
            _ => None,
        }
    }
}

/// Checks the guide does not state: shown beside the field, never blocking (the value still counts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// A serial of another shape than the usual 11 characters (3 letters, 4 digits, 4 letters/digits).
    UnusualSerial,
    /// Contract numbers are usually digits only.
    ContractNotDigits,
    /// Umbrella subscription IDs are usually `Sub` and digits (the guide writes "SubXXXXXX").
    UmbrellaShape,
    /// Neither a `*.webex.com` site nor an Org ID in the usual UUID form.
    WebexShape,
    /// Not a usual Japanese number (0 or +81, 9 or 10 digits after the 0).
    PhoneShape,
    /// "+81" followed by a 0: the guide's rule drops that 0.
    ZeroAfterCountryCode { corrected: String },
    /// Global TAC asks for the +81 form.
    UseInternationalForm { international: String },
}

/// What blocks an item: only a value that cannot be what the item names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not an e-mail address at all.
    Email,
}

/// Checks a value of the given kind. `international` asks for the +81 phone form (Global TAC).
pub fn check(kind: Kind, raw: &str, international: bool, uts46: &dyn Uts46) -> Check {
    let folded = fold_full_width(raw.trim());
    let text = folded.trim();
    if text.is_empty() {
        return Check::Empty;
    }
    match kind {
        Kind::Text | Kind::LongText | Kind::Check => Check::Ok(raw.trim().to_owned()),
        Kind::Severity => {
            Severity::parse(text).map_or(Check::Empty, |s| Check::Ok(s.label().to_owned()))
        }
        Kind::Email => match normalise_email(text, uts46) {
            Ok(email) => Check::Ok(format!("{}@{}", email.local, email.domain.ascii)),
            Err(_) => Check::Invalid(Problem::Email),
        },
        Kind::Phone => {
            let Some(advice) = company_phone(text).ok().filter(|a| a.warning.is_none()) else {
                return Check::Warn(text.to_owned(), Warning::PhoneShape);
            };
            let zero_after_code = text
                .strip_prefix("+81")
                .is_some_and(|rest| rest.trim_start_matches([' ', '-', '(']).starts_with('0'));
            if zero_after_code {
                Check::Warn(
                    advice.international.clone(),
                    Warning::ZeroAfterCountryCode {
                        corrected: advice.international,
                    },
                )
            } else if international && !text.starts_with('+') {
                Check::Warn(
                    text.to_owned(),
                    Warning::UseInternationalForm {
                        international: advice.international,
                    },
                )
            } else if international {
                Check::Ok(advice.international)
            } else {
                Check::Ok(text.to_owned())
            }
        }
        Kind::Serial => {
            let serial = text.to_ascii_uppercase();
            // Bytes, not string slices: a non-ASCII character must not split a slice (that panics).
            let bytes = serial.as_bytes();
            let usual = bytes.len() == 11
                && bytes[..3].iter().all(u8::is_ascii_uppercase)
                && bytes[3..7].iter().all(u8::is_ascii_digit)
                && bytes[7..].iter().all(u8::is_ascii_alphanumeric);
            if usual {
                Check::Ok(serial)
            } else {
                Check::Warn(serial, Warning::UnusualSerial)
            }
        }
        Kind::Contract => {
            let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
            if digits.bytes().all(|b| b.is_ascii_digit()) {
                Check::Ok(digits)
            } else {
                Check::Warn(text.to_owned(), Warning::ContractNotDigits)
            }
        }
        Kind::Umbrella => {
            let digits = text
                .get(..3)
                .filter(|p| p.eq_ignore_ascii_case("sub"))
                .map(|_| &text[3..]);
            match digits {
                Some(digits)
                    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    Check::Ok(format!("Sub{digits}"))
                }
                _ => Check::Warn(text.to_owned(), Warning::UmbrellaShape),
            }
        }
        Kind::Webex => webex(text).map_or_else(
            || Check::Warn(text.to_owned(), Warning::WebexShape),
            Check::Ok,
        ),
    }
}

/// A Webex site (`acme.webex.com`, with or without `https://` and a path) or an Org ID (UUID).
fn webex(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let is_uuid = lower.len() == 36
        && lower.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        });
    if is_uuid {
        return Some(lower);
    }
    let host = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let host = host.split(['/', '?', '#']).next().unwrap_or_default();
    let site = host.strip_suffix(".webex.com")?;
    let valid = !site.is_empty()
        && site.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    valid.then(|| host.to_owned())
}

/// The visitor's checklist: values typed and items ticked, by item id. Maps, so a long saved list
/// (even a hostile one) loads in time proportional to its length.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entries {
    pub values: BTreeMap<String, String>,
    pub ticked: BTreeSet<String>,
}

impl Entries {
    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }

    pub fn set_value(&mut self, id: &str, value: String) {
        if value.is_empty() {
            self.values.remove(id);
        } else {
            self.values.insert(id.to_owned(), value);
        }
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(id)
    }

    pub fn set_ticked(&mut self, id: &str, on: bool) {
        if on {
            self.ticked.insert(id.to_owned());
        } else {
            self.ticked.remove(id);
        }
    }
}

/// An item's entry, checked: a thing to have ready is `Ok` once ticked; a value is checked by its kind;
/// an empty half of a "(日本語/英語)" pair is `ByPair` when the other half is ready.
pub fn check_item(item: &Item, entries: &Entries, international: bool, uts46: &dyn Uts46) -> Check {
    let own = match item.kind {
        Kind::Check if entries.is_ticked(item.id) => Check::Ok(String::new()),
        Kind::Check => Check::Empty,
        kind => check(kind, entries.value(item.id), international, uts46),
    };
    match (own, item.pair) {
        (Check::Empty, Some(other)) if has_own(other, item.kind, entries, international, uts46) => {
            Check::ByPair
        }
        (own, _) => own,
    }
}

/// The item is ready on its own: one control each, so a value for an item that has one, and the
/// tick only for an item with nothing to type (a tick saved for a value item by an older version
/// is ignored; its value, if any, still counts).
fn has_own(
    id: &str,
    kind: Kind,
    entries: &Entries,
    international: bool,
    uts46: &dyn Uts46,
) -> bool {
    match kind {
        Kind::Check => entries.is_ticked(id),
        kind => check(kind, entries.value(id), international, uts46).is_ready(),
    }
}

/// An item is ready when it is ticked (the visitor has it, whether or not they type it here), its
/// value is usable, or it is half of a "(日本語/英語)" pair whose other half is.
pub fn is_ready(item: &Item, entries: &Entries, international: bool, uts46: &dyn Uts46) -> bool {
    has_own(item.id, item.kind, entries, international, uts46)
        || item
            .pair
            .is_some_and(|other| has_own(other, item.kind, entries, international, uts46))
}

/// The longest request, in characters of text (subject and body), offered as a `mailto:` link:
/// mail clients cut or refuse longer links (a pasted `show tech` in the description), so past it
/// the tool offers copy instead.
pub const MAILTO_LIMIT: usize = 1800;

/// The `mailto:` link for a request (CRLF line breaks, RFC 6068), or the text's length in
/// characters when it is too long to travel in a link.
pub fn mailto(address: &str, subject: &str, body: &str) -> Result<String, usize> {
    use crate::rules::contract::route::percent_encode;
    let length = subject.chars().count() + body.chars().count();
    if length > MAILTO_LIMIT {
        return Err(length);
    }
    Ok(format!(
        "mailto:{address}?subject={}&body={}",
        percent_encode(subject),
        percent_encode(&body.replace('\n', "\r\n"))
    ))
}

/// What an item is about, for the short summary of what to have ready.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Contract,
    Device,
    Contacts,
    Problem,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Contract,
        Group::Device,
        Group::Contacts,
        Group::Problem,
    ];

    pub fn of(id: &str) -> Group {
        match id {
            "severity" | "subject" | "description" | "inquiry" => Group::Problem,
            "contract"
            | "second_contract"
            | "licenses"
            | "dna_subscription"
            | "edge_hw_contract"
            | "wlc_contract"
            | "umbrella_sub"
            | "intersight_hw"
            | "intersight_license"
            | "rma_number"
            | "pak_or_sales_order"
            | "cssm_account"
            | "smart_account_domain"
            | "virtual_account" => Group::Contract,
            "product_id" | "serial" | "software_version" | "site_ja" | "site_en" | "webex_site"
            | "sip_uri" | "aci_fabric_node" | "udi_both" => Group::Device,
            _ => Group::Contacts,
        }
    }
}

/// What to have ready, grouped: each group's required items in order, a 「(日本語/英語)」 pair once
/// (by its first item). Groups with nothing are left out.
pub fn summary(items: &[Item]) -> Vec<(Group, Vec<&'static str>)> {
    let mut groups: Vec<(Group, Vec<&'static str>)> = Vec::new();
    for group in Group::ALL {
        let ids: Vec<&'static str> = items
            .iter()
            .enumerate()
            .filter(|(index, item)| {
                item.required
                    && Group::of(item.id) == group
                    && !item
                        .pair
                        .is_some_and(|other| items[..*index].iter().any(|i| i.id == other))
            })
            .map(|(_, item)| item.id)
            .collect();
        if !ids.is_empty() {
            groups.push((group, ids));
        }
    }
    groups
}

/// One item of the checklist as it stands: its own check (what its field shows) and whether it is
/// ready (on its own, or by its other-language pair).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemState {
    pub item: Item,
    pub check: Check,
    pub ready: bool,
}

/// Each item checked against the visitor's entries.
pub fn item_states(
    items: Vec<Item>,
    entries: &Entries,
    international: bool,
    uts46: &dyn Uts46,
) -> Vec<ItemState> {
    items
        .into_iter()
        .map(|item| ItemState {
            check: check_item(&item, entries, international, uts46),
            ready: is_ready(&item, entries, international, uts46),
            item,
        })
        .collect()
}

/// (ready, total) over the required items.
pub fn progress(states: &[ItemState]) -> (usize, usize) {
    let required = states.iter().filter(|state| state.item.required);
    (
        required.clone().filter(|state| state.ready).count(),
        required.count(),
    )
}

mod route;
pub mod storage;

#[cfg(test)]
mod tests;
