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
//! Names are read and refused by `kernel::address`, compared in their ASCII form.

pub(crate) mod form;
pub(crate) mod readiness;

use crate::content::public_suffixes::FREE_MAIL_DOMAINS;
use crate::rules::kernel::address::{
    finish_domain, registrable, trim_and_fold, within, Domain, SyntaxError, Uts46, MAX_NAME,
};

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
