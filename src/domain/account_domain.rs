//! The Smart Account domain rule and the normaliser it needs.
//!
//! Source: 002_bf66f745e37d1da0.txt, "2-2 スマートアカウントを作成する", the Account Domain table
//! (lines 416–423): given the e-mail address registered on the Cisco account and the wanted Account
//! Domain, the domain is
//! 1. the e-mail domain itself → allowed (the default);
//! 2. the e-mail domain with labels in front (`abc.cisco.com` for `@cisco.com`) → allowed once the
//!    admin of the existing un-prefixed Smart Account approves;
//! 3. "Add a Prefix to the Domain" for a domain that does not contain the e-mail domain
//!    (`japan.cisco.com` for `@sales.cisco.com`) → not allowed: a prefix only goes in front;
//! 4. "Use a Different Domain" (`cisco-systems.com` for `@cisco.com`) → not allowed as it is; needs an
//!    application to Cisco and Cisco's approval.
//!
//! Rows 3 and 4 differ by the Edit option chosen (2-3 steps 5 and TIP MEMO, lines 507–522), not by the
//! domain: any domain that does not contain the e-mail domain is out of reach of a prefix (row 3) and
//! can only be applied for (row 4), so the verdict for it shows both. Whether it is "the same
//! organisation" is not the guide's test and decides nothing here.
//!
//! "Contains" is on label boundaries: `abccisco.com` does not contain `cisco.com`.
//!
//! Names are compared in their ASCII form. Internationalised names go through UTS-46 behind the
//! [`Uts46`] trait: in the browser, the WHATWG URL parser (no tables shipped in the widget); in native
//! tests, the `idna` crate; browser tests check that both agree.

use std::borrow::Cow;

use crate::content::public_suffixes::{FREE_MAIL_DOMAINS, PUBLIC_SUFFIXES};

/// WHATWG "domain to ASCII" (UTS-46, non-transitional, lenient): lower-cases, maps compatibility
/// characters, encodes Punycode. `None` when the name cannot be converted.
pub trait Uts46 {
    fn to_ascii(&self, domain: &str) -> Option<String>;
}

/// The reference implementation, from the `idna` crate (native tests, and the browser tests that
/// compare it with the browser's).
pub struct IdnaUts46;

impl Uts46 for IdnaUts46 {
    fn to_ascii(&self, domain: &str) -> Option<String> {
        idna::domain_to_ascii_cow(domain.as_bytes(), idna::AsciiDenyList::URL)
            .ok()
            .map(Cow::into_owned)
    }
}

pub const MAX_LABEL: usize = 63;
pub const MAX_NAME: usize = 253;

/// A change the normaliser made, shown to the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Trimmed,
    FullWidthToAscii,
    LowerCased,
    TrailingDotRemoved,
    /// An internationalised name, and its ASCII form.
    ToAscii {
        unicode: String,
        ascii: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    Empty,
    NoAt,
    SeveralAt,
    EmptyLocalPart,
    EmptyLabel,
    LabelTooLong {
        label: String,
    },
    NameTooLong {
        length: usize,
    },
    LeadingHyphen {
        label: String,
    },
    TrailingHyphen {
        label: String,
    },
    BadCharacter {
        character: char,
    },
    /// UTS-46 refused it, or an `xn--` label is not valid Punycode.
    BadInternationalName,
    SingleLabel {
        name: String,
    },
    /// An IP address (the last label is a number).
    IpAddress {
        name: String,
    },
    PublicSuffix {
        name: String,
    },
}

/// A domain name after normalisation, in both forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Domain {
    pub ascii: String,
    /// The Unicode form; equal to `ascii` for a name without `xn--` labels.
    pub unicode: String,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// The local part as typed (after trimming and full-width folding); never put in URLs.
    pub local: String,
    pub domain: Domain,
}

/// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space and full stops, as a Japanese IME types
/// them, to ASCII. NFKC and UTS-46 map these the same way; other compatibility characters are left to
/// UTS-46.
pub fn fold_full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{3002}' | '\u{FF61}' => '.',
            _ => c,
        })
        .collect()
}

/// Trims and folds, recording the steps that changed something.
fn trim_and_fold(raw: &str, steps: &mut Vec<Step>) -> String {
    let trimmed = raw.trim();
    if trimmed.len() != raw.len() {
        steps.push(Step::Trimmed);
    }
    let folded = fold_full_width(trimmed);
    if folded != trimmed {
        steps.push(Step::FullWidthToAscii);
    }
    folded
}

/// What a domain's ASCII form may hold: letters, digits, hyphens and dots.
fn is_domain_ascii(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

pub fn normalise_domain(raw: &str, uts46: &dyn Uts46) -> Result<Domain, SyntaxError> {
    let mut steps = Vec::new();
    let folded = trim_and_fold(raw, &mut steps);
    finish_domain(&folded, steps, uts46)
}

pub fn normalise_email(raw: &str, uts46: &dyn Uts46) -> Result<Email, SyntaxError> {
    let mut steps = Vec::new();
    let folded = trim_and_fold(raw, &mut steps);
    if folded.is_empty() {
        return Err(SyntaxError::Empty);
    }
    let mut parts = folded.split('@');
    let (local, domain) = match (parts.next(), parts.next(), parts.next()) {
        (Some(_), None, _) => return Err(SyntaxError::NoAt),
        (Some(local), Some(domain), None) => (local, domain),
        _ => return Err(SyntaxError::SeveralAt),
    };
    if local.is_empty() {
        return Err(SyntaxError::EmptyLocalPart);
    }
    if let Some(character) = local.chars().find(|c| c.is_whitespace()) {
        return Err(SyntaxError::BadCharacter { character });
    }
    Ok(Email {
        local: local.to_owned(),
        domain: finish_domain(domain, steps, uts46)?,
    })
}

/// A Smart Account "Prefix" field: labels to put in front of the e-mail domain.
pub fn prefixed(
    prefix_raw: &str,
    email_domain: &Domain,
    uts46: &dyn Uts46,
) -> Result<Domain, SyntaxError> {
    let mut steps = Vec::new();
    let prefix = trim_and_fold(prefix_raw, &mut steps);
    let prefix = prefix.trim_end_matches('.');
    if prefix.is_empty() {
        return Err(SyntaxError::Empty);
    }
    finish_domain(&format!("{prefix}.{}", email_domain.ascii), steps, uts46)
}

fn finish_domain(
    folded: &str,
    mut steps: Vec<Step>,
    uts46: &dyn Uts46,
) -> Result<Domain, SyntaxError> {
    if folded.is_empty() {
        return Err(SyntaxError::Empty);
    }
    // ASCII characters must be letters, digits, hyphens or dots; anything else (spaces, '_', '/',
    // '@', ':') is refused here, before it could change what a URL parser sees.
    if let Some(character) = folded
        .chars()
        .find(|c| c.is_ascii() && !is_domain_ascii(*c))
    {
        return Err(SyntaxError::BadCharacter { character });
    }
    let lower = folded.to_lowercase();
    if lower != folded {
        steps.push(Step::LowerCased);
    }
    let name = match lower.strip_suffix('.') {
        Some(stripped) => {
            steps.push(Step::TrailingDotRemoved);
            stripped
        }
        None => lower.as_str(),
    };
    if name.is_empty() {
        return Err(SyntaxError::Empty);
    }
    if name.split('.').any(str::is_empty) {
        return Err(SyntaxError::EmptyLabel);
    }
    let ascii = if name.is_ascii() {
        name.to_owned()
    } else {
        let ascii = uts46
            .to_ascii(name)
            .filter(|a| a.is_ascii())
            .ok_or(SyntaxError::BadInternationalName)?;
        // UTS-46 maps some non-ASCII characters to ASCII ones a domain cannot hold (U+1FEF GREEK
        // VARIA to '`', U+FE4D DASHED LOW LINE to '_'): judge what it gives, as the
        // typed text was judged. (The fuzz harness found this.)
        if let Some(position) = ascii.find(|c: char| !is_domain_ascii(c)) {
            let character = name
                .chars()
                .find(|c| {
                    !c.is_ascii()
                        && uts46
                            .to_ascii(&c.to_string())
                            .is_some_and(|a| a.contains(|m: char| !is_domain_ascii(m)))
                })
                .unwrap_or_else(|| ascii[position..].chars().next().unwrap_or('?'));
            return Err(SyntaxError::BadCharacter { character });
        }
        steps.push(Step::ToAscii {
            unicode: name.to_owned(),
            ascii: ascii.clone(),
        });
        ascii
    };
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.iter().any(|label| label.is_empty()) {
        return Err(SyntaxError::EmptyLabel);
    }
    if let Some(label) = labels.iter().find(|label| label.len() > MAX_LABEL) {
        return Err(SyntaxError::LabelTooLong {
            label: (*label).to_owned(),
        });
    }
    if ascii.len() > MAX_NAME {
        return Err(SyntaxError::NameTooLong {
            length: ascii.len(),
        });
    }
    if let Some(label) = labels.iter().find(|label| label.starts_with('-')) {
        return Err(SyntaxError::LeadingHyphen {
            label: (*label).to_owned(),
        });
    }
    if let Some(label) = labels.iter().find(|label| label.ends_with('-')) {
        return Err(SyntaxError::TrailingHyphen {
            label: (*label).to_owned(),
        });
    }
    let unicode = to_unicode(&labels).ok_or(SyntaxError::BadInternationalName)?;
    // A typed `xn--` label must be what UTS-46 makes of its own Unicode: Punycode alone accepts
    // labels UTS-46 refuses (a private-use character, a lone joiner, an unnormalised form). The
    // browser passes an all-ASCII `xn--` host through unchecked, so the round trip is checked here.
    let round_trips = labels
        .iter()
        .zip(unicode.split('.'))
        .all(|(label, decoded)| {
            !label.starts_with("xn--")
                || uts46.to_ascii(decoded).is_some_and(|again| again == *label)
        });
    if !round_trips {
        return Err(SyntaxError::BadInternationalName);
    }
    // `192.168.0.1` is an address, not a domain: a name whose last label is a number is one (the
    // URL standard reads it as IPv4).
    if labels.last().is_some_and(|last| is_number(last)) {
        return Err(SyntaxError::IpAddress { name: ascii });
    }
    if labels.len() == 1 {
        return Err(SyntaxError::SingleLabel { name: ascii });
    }
    if PUBLIC_SUFFIXES.contains(&ascii.as_str()) {
        return Err(SyntaxError::PublicSuffix { name: ascii });
    }
    Ok(Domain {
        ascii,
        unicode,
        steps,
    })
}

/// Decimal, or `0x` and hexadecimal digits: what the URL standard reads as a part of an IPv4 address.
fn is_number(label: &str) -> bool {
    let hex = label
        .strip_prefix("0x")
        .or_else(|| label.strip_prefix("0X"));
    match hex {
        Some(digits) => digits.bytes().all(|b| b.is_ascii_hexdigit()),
        None => !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// Label-wise Punycode decoding; `None` for an `xn--` label that is not valid Punycode.
fn to_unicode(labels: &[&str]) -> Option<String> {
    let decoded: Option<Vec<Cow<str>>> = labels
        .iter()
        .map(|label| match label.strip_prefix("xn--") {
            Some(encoded) => idna::punycode::decode_to_string(encoded)
                .filter(|d| !d.is_empty())
                .map(Cow::Owned),
            None => Some(Cow::Borrowed(*label)),
        })
        .collect();
    Some(decoded?.join("."))
}

/// Is `name` the same as `base` or `base` with labels in front?
fn within(name: &str, base: &str) -> bool {
    name == base
        || name
            .strip_suffix(base)
            .is_some_and(|front| front.ends_with('.'))
}

/// The public suffix plus one label (`cisco.com`, `example.co.jp`).
pub fn registrable(ascii: &str) -> &str {
    let labels: Vec<&str> = ascii.split('.').collect();
    let suffix_labels = (1..labels.len())
        .find(|&start| PUBLIC_SUFFIXES.contains(&labels[start..].join(".").as_str()))
        .map_or(1, |start| labels.len() - start);
    let keep = (suffix_labels + 1).min(labels.len());
    let start = labels[..labels.len() - keep]
        .iter()
        .map(|label| label.len() + 1)
        .sum::<usize>();
    &ascii[start..]
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Row 1: the e-mail domain itself.
    Default,
    /// Row 2: allowed once the admin of the Smart Account for `base` approves.
    NeedsApproval { prefix: String, base: String },
    /// Rows 3 and 4: the e-mail domain is not contained, so no prefix gives this domain (row 3); it can
    /// only be applied for with "Use a Different Domain", which Cisco must approve (row 4).
    /// `alternatives` are the tool's suggestions that need no application; `parent` is set when the
    /// wanted domain is a parent of the e-mail domain (someone with an address there has it by default).
    NotByPrefix {
        alternatives: Vec<String>,
        parent: Option<String>,
    },
}

impl Verdict {
    /// The rows of the guide's table (1–4) the verdict comes from: a domain no prefix reaches is both
    /// row 3 (as a prefix) and row 4 (as a different domain).
    pub const fn rows(&self) -> &'static [u8] {
        match self {
            Verdict::Default => &[1],
            Verdict::NeedsApproval { .. } => &[2],
            Verdict::NotByPrefix { .. } => &[3, 4],
        }
    }

    /// The verdict with its names as the visitor reads them: an internationalised prefix, base or
    /// parent in Unicode (both forms are listed beside it).
    pub fn in_unicode(&self, email: &Domain, account: &Domain) -> Verdict {
        let unicode = |ascii: &String, domain: &Domain| {
            if *ascii == domain.ascii {
                domain.unicode.clone()
            } else {
                ascii.clone()
            }
        };
        match self {
            Verdict::NeedsApproval { prefix, base } => Verdict::NeedsApproval {
                prefix: account
                    .unicode
                    .strip_suffix(&format!(".{}", email.unicode))
                    .unwrap_or(prefix)
                    .to_owned(),
                base: unicode(base, email),
            },
            Verdict::NotByPrefix {
                alternatives,
                parent,
            } => Verdict::NotByPrefix {
                alternatives: alternatives.clone(),
                parent: parent.as_ref().map(|p| unicode(p, account)),
            },
            Verdict::Default => Verdict::Default,
        }
    }

    /// Stable name for host pages.
    pub const fn key(&self) -> &'static str {
        match self {
            Verdict::Default => "default",
            Verdict::NeedsApproval { .. } => "needs-approval",
            Verdict::NotByPrefix { .. } => "not-by-prefix",
        }
    }
}

pub fn judge(email_domain: &str, account_domain: &str) -> Verdict {
    if account_domain == email_domain {
        return Verdict::Default;
    }
    if within(account_domain, email_domain) {
        let prefix = &account_domain[..account_domain.len() - email_domain.len() - 1];
        return Verdict::NeedsApproval {
            prefix: prefix.to_owned(),
            base: email_domain.to_owned(),
        };
    }
    let mut alternatives = vec![email_domain.to_owned()];
    if registrable(email_domain) == registrable(account_domain) {
        // A suggestion of the tool's: the wanted domain's own front labels on top of the e-mail
        // domain (`japan.cisco.com` for `@sales.cisco.com` → `japan.sales.cisco.com`).
        let shared = common_suffix_labels(email_domain, account_domain);
        let own: Vec<&str> = account_domain.split('.').collect();
        let front = own[..own.len() - shared].join(".");
        let suggestion = format!("{front}.{email_domain}");
        if !front.is_empty() && suggestion.len() <= MAX_NAME {
            alternatives.push(suggestion);
        }
    }
    let parent = within(email_domain, account_domain).then(|| account_domain.to_owned());
    Verdict::NotByPrefix {
        alternatives,
        parent,
    }
}

fn common_suffix_labels(a: &str, b: &str) -> usize {
    a.rsplit('.')
        .zip(b.rsplit('.'))
        .take_while(|(x, y)| x == y)
        .count()
}

/// Is this e-mail domain a well-known free-mail provider (or a sub-domain of one)?
pub fn is_free_mail(ascii: &str) -> bool {
    FREE_MAIL_DOMAINS
        .iter()
        .any(|provider| within(ascii, provider))
}

#[cfg(test)]
mod tests;
