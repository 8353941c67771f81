//! The Smart Account domain tool's form: what was typed, how it is judged, and the deep link, which
//! carries domains only (`#/domain?email_domain=sales.cisco.com&account=japan.cisco.com`): never the
//! e-mail's local part, never a password.

use serde::Serialize;

use crate::rules::account_domain::{is_free_mail, judge, prefixed, Verdict};

use crate::rules::contract::tool_state::{typed_over, Env, Params, ToolState};
use crate::rules::kernel::address::{
    normalise_domain, normalise_email, Domain, SyntaxError, Uts46,
};
use crate::rules::kernel::bounds;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Type the whole Account Domain.
    #[default]
    AccountDomain,
    /// Type only a prefix, as the real form's "Add a Prefix to the Domain" does.
    Prefix,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountDomainForm {
    pub email: String,
    /// The e-mail domain a shared link gave, used while the e-mail field is empty.
    pub email_domain_from_link: Option<String>,
    pub mode: Mode,
    pub account: String,
    pub prefix: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Email(String),
    Mode(Mode),
    Account(String),
    Prefix(String),
}

impl crate::rules::contract::form::Form for AccountDomainForm {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Email(text) => self.email = bounds::line(text, bounds::EMAIL),
            Action::Mode(mode) => self.mode = mode,
            Action::Account(text) => self.account = bounds::line(text, bounds::DOMAIN),
            Action::Prefix(text) => self.prefix = bounds::line(text, bounds::DOMAIN),
        }
    }
}

/// The form judged: each field's result, and the verdict when both are valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountDomainEvaluation {
    /// `None` while the field is untouched (empty and no link), so no error shows before typing.
    pub email_domain: Option<Result<Domain, SyntaxError>>,
    pub account: Option<Result<Domain, SyntaxError>>,
    pub verdict: Option<Verdict>,
    pub free_mail: bool,
}

/// The e-mail's domain: from the address typed, else from the link; `None` while neither is given.
fn email_domain(
    form: &AccountDomainForm,
    uts46: &dyn Uts46,
) -> Option<Result<Domain, SyntaxError>> {
    if form.email.trim().is_empty() {
        form.email_domain_from_link
            .as_deref()
            .map(|domain| normalise_domain(domain, uts46))
    } else {
        Some(normalise_email(&form.email, uts46).map(|email| email.domain))
    }
}

pub fn evaluate_with(form: &AccountDomainForm, uts46: &dyn Uts46) -> AccountDomainEvaluation {
    let email_domain = email_domain(form, uts46);
    let account = match form.mode {
        Mode::AccountDomain if form.account.trim().is_empty() => None,
        Mode::AccountDomain => Some(normalise_domain(&form.account, uts46)),
        Mode::Prefix => match &email_domain {
            Some(Ok(base)) if !form.prefix.trim().is_empty() => {
                Some(prefixed(&form.prefix, base, uts46))
            }
            // No prefix: the default, the e-mail domain itself.
            Some(Ok(base)) => Some(Ok(Domain {
                ascii: base.ascii.clone(),
                unicode: base.unicode.clone(),
                steps: Vec::new(),
            })),
            _ => None,
        },
    };
    let verdict = match (&email_domain, &account) {
        (Some(Ok(email)), Some(Ok(account))) => Some(judge(&email.ascii, &account.ascii)),
        _ => None,
    };
    let free_mail = matches!(&email_domain, Some(Ok(domain)) if is_free_mail(&domain.ascii));
    AccountDomainEvaluation {
        email_domain,
        account,
        verdict,
        free_mail,
    }
}

const EMAIL_DOMAIN: &str = "email_domain";
const ACCOUNT: &str = "account";
const PREFIX: &str = "prefix";

/// The tool's result for host pages: domains only (never the e-mail's local part, never a password).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountDomainResult {
    /// The e-mail domain, normalised (ASCII), when valid.
    pub email_domain: Option<String>,
    /// The wanted Account Domain, normalised (ASCII), when valid.
    pub account_domain: Option<String>,
    /// `default`, `needs-approval` or `not-by-prefix`; `None` until both domains are valid.
    pub verdict: Option<&'static str>,
    /// The rows of the guide's table (2-2) the verdict comes from.
    pub rows: Vec<u8>,
    pub free_mail: bool,
}

impl ToolState for AccountDomainForm {
    type Evaluation = AccountDomainEvaluation;
    type Result = AccountDomainResult;

    fn from_params(params: &[(String, String)], _env: &Env) -> Self {
        let mut form = AccountDomainForm::default();
        for (key, value) in params {
            match key.as_str() {
                EMAIL_DOMAIN => {
                    form.email_domain_from_link = Some(bounds::line(value.clone(), bounds::DOMAIN))
                }
                ACCOUNT => form.account = bounds::line(value.clone(), bounds::DOMAIN),
                PREFIX => {
                    form.mode = Mode::Prefix;
                    form.prefix = bounds::line(value.clone(), bounds::DOMAIN);
                }
                _ => {}
            }
        }
        form
    }

    /// The link for the current form: the e-mail's domain (normalised when valid, else the text after
    /// the last `@`), and the account domain or prefix as typed.
    fn to_params(&self, env: &Env) -> Params {
        let mut params = Vec::new();
        // The link needs the e-mail's domain only, not the whole verdict.
        let email_domain = match email_domain(self, env.uts46) {
            Some(Ok(domain)) => Some(domain.ascii),
            _ if !self.email.trim().is_empty() => self
                .email
                .rsplit_once('@')
                .map(|(_, domain)| domain.trim().to_owned()),
            _ => self.email_domain_from_link.clone(),
        };
        if let Some(domain) = email_domain.filter(|d| !d.is_empty()) {
            params.push((EMAIL_DOMAIN.to_owned(), domain));
        }
        match self.mode {
            Mode::AccountDomain if !self.account.is_empty() => {
                params.push((ACCOUNT.to_owned(), self.account.clone()))
            }
            Mode::Prefix => params.push((PREFIX.to_owned(), self.prefix.clone())),
            Mode::AccountDomain => {}
        }
        params
    }

    fn evaluate(&self, env: &Env) -> AccountDomainEvaluation {
        evaluate_with(self, env.uts46)
    }

    fn result(&self, evaluation: &AccountDomainEvaluation) -> AccountDomainResult {
        let valid = |result: &Option<Result<Domain, SyntaxError>>| match result {
            Some(Ok(domain)) => Some(domain.ascii.clone()),
            _ => None,
        };
        AccountDomainResult {
            email_domain: valid(&evaluation.email_domain),
            account_domain: valid(&evaluation.account),
            verdict: evaluation.verdict.as_ref().map(Verdict::key),
            rows: evaluation
                .verdict
                .as_ref()
                .map_or_else(Vec::new, |verdict| verdict.rows().to_vec()),
            free_mail: evaluation.free_mail,
        }
    }

    fn unchanged(&self) -> Action {
        Action::Mode(self.mode)
    }

    fn rehearsal(&self) -> Action {
        Action::Email(typed_over(&self.email))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::contract::form::Form;
    use crate::rules::contract::tool_state::testing;
    use crate::rules::kernel::address::IdnaUts46;
    use crate::rules::params;

    fn to_params(form: &AccountDomainForm, _evaluation: &AccountDomainEvaluation) -> Params {
        form.to_params(&testing::env(None))
    }

    #[test]
    fn a_shared_link_reproduces_the_verdict_without_the_address() {
        let form = AccountDomainForm::from_params(
            &params(&[
                ("email_domain", "sales.cisco.com"),
                ("account", "japan.cisco.com"),
            ]),
            &testing::env(None),
        );
        assert_eq!(form.email, "");
        let evaluation = evaluate_with(&form, &IdnaUts46);
        assert!(matches!(
            evaluation.verdict,
            Some(Verdict::NotByPrefix { .. })
        ));
        assert_eq!(
            to_params(&form, &evaluation),
            params(&[
                ("email_domain", "sales.cisco.com"),
                ("account", "japan.cisco.com")
            ])
        );
        testing::round_trips(&form, &testing::env(None));
        assert_eq!(
            testing::json(&form, &testing::env(None)),
            serde_json::json!({
                "emailDomain": "sales.cisco.com",
                "accountDomain": "japan.cisco.com",
                "verdict": "not-by-prefix",
                "rows": [3, 4],
                "freeMail": false,
            })
        );
    }

    #[test]
    fn the_link_never_carries_the_local_part() {
        let mut form = AccountDomainForm::default();
        form.apply(Action::Email("hanako.mameshiba@Clan.Blue".into()));
        form.apply(Action::Mode(Mode::Prefix));
        form.apply(Action::Prefix("jp".into()));
        let evaluation = evaluate_with(&form, &IdnaUts46);
        assert_eq!(
            evaluation.verdict,
            Some(Verdict::NeedsApproval {
                prefix: "jp".into(),
                base: "clan.blue".into()
            })
        );
        let link = to_params(&form, &evaluation);
        assert_eq!(
            link,
            params(&[("email_domain", "clan.blue"), ("prefix", "jp")])
        );
        assert!(link.iter().all(|(_, value)| !value.contains("hanako")));
        let result = testing::json(&form, &testing::env(None));
        assert!(!result.to_string().contains("hanako"), "{result}");
        assert_eq!(result["rows"], serde_json::json!([2]));
        // An invalid address still links only what follows the @.
        form.apply(Action::Email("hanako@@clan.blue".into()));
        let link = to_params(&form, &evaluate_with(&form, &IdnaUts46));
        assert!(
            link.iter().all(|(_, value)| !value.contains("hanako")),
            "{link:?}"
        );
    }

    #[test]
    fn untouched_fields_show_no_error_and_an_empty_prefix_is_the_default() {
        let evaluation = evaluate_with(&AccountDomainForm::default(), &IdnaUts46);
        assert_eq!(
            (
                evaluation.email_domain,
                evaluation.account,
                evaluation.verdict
            ),
            (None, None, None)
        );
        let form = AccountDomainForm {
            email: "a@gmail.com".into(),
            mode: Mode::Prefix,
            ..AccountDomainForm::default()
        };
        let evaluation = evaluate_with(&form, &IdnaUts46);
        assert_eq!(evaluation.verdict, Some(Verdict::Default));
        assert!(evaluation.free_mail);
    }
}
