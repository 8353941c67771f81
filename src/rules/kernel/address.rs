//! E-mail addresses and domain names as a visitor types them: trimmed, full-width folded, lower-cased,
//! internationalised names through UTS-46, and refused with a reason (an empty label, a label or
//! name too long, a hyphen at an end, a character a domain cannot hold, an IP address, a single
//! label, a public suffix). The Smart Account domain rule and the checklist's e-mail fields use it.
//!
//! Names are compared in their ASCII form. Internationalised names go through UTS-46 behind the
//! [`Uts46`] trait: in the browser, the WHATWG URL parser (no tables shipped in the widget); in native
//! tests, the `idna` crate; browser tests check that both agree.

use std::borrow::Cow;

use crate::content::public_suffixes::PUBLIC_SUFFIXES;

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
pub(crate) fn trim_and_fold(raw: &str, steps: &mut Vec<Step>) -> String {
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

pub(crate) fn finish_domain(
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
    // ASCII letters are lowered here, the rest by UTS-46 below (which maps every letter to its
    // lower case): Unicode's own case tables would cost each module that judges an address 12 KB.
    let lower = folded.to_ascii_lowercase();
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
pub(crate) fn within(name: &str, base: &str) -> bool {
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
