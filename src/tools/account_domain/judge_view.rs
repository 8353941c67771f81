use yew::prelude::*;

use crate::rules::kernel::bounds;

use crate::ui::rich::rich;

use crate::content::account_domain as text;
use crate::i18n::{tr, Key};
use crate::rules::account_domain::form::{
    AccountDomainEvaluation, AccountDomainForm, Action, Mode,
};
use crate::rules::account_domain::Verdict;
use crate::rules::contract::partner::PartnerConfig;
use crate::rules::kernel::address::{Domain, SyntaxError};
use crate::rules::kernel::lang::Lang;
use crate::ui::cited::citation;
use crate::ui::fields::{choose, use_text_actions, Choice, RadioGroup, TextField};
use crate::ui::partner::partner_desk;

pub struct JudgeViewProps<'a> {
    pub form: &'a AccountDomainForm,
    pub evaluation: &'a AccountDomainEvaluation,
    pub on_action: &'a Callback<Action>,
    /// The three text fields' callbacks, made once ([`use_judge_actions`]).
    pub text_actions: &'a [Callback<String>; 3],
    pub partner: &'a PartnerConfig,
}

/// The callbacks of the account, prefix and e-mail fields, made once: held by the tool's component,
/// since the view is a plain function.
#[hook]
pub fn use_judge_actions(on_action: &Callback<Action>) -> std::rc::Rc<[Callback<String>; 3]> {
    use_text_actions(on_action, [Action::Account, Action::Prefix, Action::Email])
}

/// The account's domain (or prefix) and the e-mail address, then the verdict with its reasons. A
/// plain function, not a component: it reads the form and evaluation where the tool holds them.
pub fn judge_view(lang: Lang, props: JudgeViewProps) -> Html {
    let partner = props.partner;
    let form = props.form;
    let evaluation = props.evaluation;
    let field_error = |result: &Option<Result<Domain, SyntaxError>>| match result {
        Some(Err(error)) => Some(text::syntax_error(lang, error)),
        _ => None,
    };
    let modes = vec![
        Choice::new("domain", tr(lang, Key::ModeDomain)),
        Choice::new("prefix", tr(lang, Key::ModePrefix)),
    ];
    let mode_selected = AttrValue::Static(match form.mode {
        Mode::AccountDomain => "domain",
        Mode::Prefix => "prefix",
    });
    let [on_account, on_prefix, on_email] = props.text_actions.clone();
    let on_mode = choose(
        vec![Mode::AccountDomain, Mode::Prefix],
        props.on_action.reform(Action::Mode),
    );
    let from_link = (form.email.trim().is_empty()).then_some(form.email_domain_from_link.as_ref()).flatten().map(|domain| {
        html! { <p class="sw-hint" data-testid="sw-sa-email-from-link">{ tr(lang, Key::EmailFromLink) }{ " @" }{ domain }</p> }
    });
    let account_field = match form.mode {
        Mode::AccountDomain => html! {
            <TextField id="sw-sa-account" label={tr(lang, Key::AccountLabel)} value={form.account.clone()}
                on_input={on_account} max_chars={bounds::DOMAIN} error={field_error(&evaluation.account)} placeholder="jp.cisco.com" />
        },
        Mode::Prefix => html! {
            <TextField id="sw-sa-prefix" label={tr(lang, Key::PrefixLabel)} value={form.prefix.clone()}
                on_input={on_prefix} max_chars={bounds::DOMAIN} error={field_error(&evaluation.account)}
                hint={tr(lang, Key::PrefixHint)} placeholder="jp" />
        },
    };
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-sa-judge-title">
            <form class="sw-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                <TextField id="sw-sa-email" label={tr(lang, Key::EmailLabel)} value={form.email.clone()} inputmode="email" autocomplete="email"
                    on_input={on_email} max_chars={bounds::EMAIL} error={if form.email.trim().is_empty() { None } else { field_error(&evaluation.email_domain) }}
                    placeholder="hanako@clan.blue" class="sw-field--wide" />
                if let Some(from_link) = from_link { { from_link } }
                <RadioGroup name="sw-sa-mode" legend={html! { tr(lang, Key::ModeLegend) }} choices={modes} selected={mode_selected} on_change={on_mode} />
                { account_field }
            </form>
            <p class="sw-hint">{ tr(lang, Key::DomainIntro) }</p>
            <h3 id="sw-sa-judge-title" class="sw-section-title">{ tr(lang, Key::VerdictHeading) }</h3>
            // The headline sits in a live region that stays in the page: screen readers hear each verdict.
            <div class="sw-live" aria-live="polite" data-testid="sw-sa-live">{ verdict_headline(lang, evaluation) }</div>
            { verdict_view(lang, evaluation, partner) }
        </section>
    }
}

/// The verdict's title, or what is still needed for one.
fn verdict_headline(lang: Lang, evaluation: &AccountDomainEvaluation) -> Html {
    match (
        &evaluation.email_domain,
        &evaluation.account,
        &evaluation.verdict,
    ) {
        (Some(Ok(_)), Some(Ok(_)), Some(verdict)) => {
            let class = match verdict {
                Verdict::Default => "sw-ok",
                Verdict::NeedsApproval { .. } => "sw-note",
                // Needing an application is a way forward, not an error.
                Verdict::NotByPrefix { .. } => "sw-note",
            };
            html! {
                <p class={classes!(class, "sw-verdict")} data-testid="sw-sa-verdict-title">
                    <strong>{ text::verdict_title(verdict).get(lang) }</strong>
                </p>
            }
        }
        _ => {
            html! { <p class="sw-hint" data-testid="sw-sa-pending">{ tr(lang, Key::VerdictPending) }</p> }
        }
    }
}

fn verdict_view(lang: Lang, evaluation: &AccountDomainEvaluation, partner: &PartnerConfig) -> Html {
    let cisco_contacts = partner.shows_cisco_contacts();
    let (Some(Ok(email)), Some(Ok(account)), Some(verdict)) = (
        &evaluation.email_domain,
        &evaluation.account,
        &evaluation.verdict,
    ) else {
        return html! {};
    };
    let both_forms = [email, account]
        .into_iter()
        .filter(|d| d.unicode != d.ascii)
        .map(|d| {
            html! { <li>{ d.unicode.clone() }{ " ↔ " }<code>{ d.ascii.clone() }</code></li> }
        });
    let steps: Vec<Html> = email
        .steps
        .iter()
        .chain(&account.steps)
        .map(|step| html! { <li>{ text::step(lang, step) }</li> })
        .collect();
    let alternatives = match verdict {
        Verdict::NotByPrefix { alternatives, .. } => Some(html! {
            <>
                <h4 class="sw-subtitle">{ text::ALTERNATIVES_HEADING.get(lang) }</h4>
                <ul class="sw-list" data-testid="sw-sa-alternatives">
                    { for alternatives.iter().map(|a| html! { <li><code>{ a }</code></li> }) }
                    <li>{ text::ANY_PREFIX_NOTE.get(lang).replace("{domain}", &email.ascii) }</li>
                </ul>
            </>
        }),
        _ => None,
    };
    let how_to = match verdict {
        Verdict::NeedsApproval { .. } => Some((Key::ApprovalHeading, text::APPROVAL_STEPS, &text::APPROVAL_SOURCES[..], "sw-sa-approval")),
        Verdict::NotByPrefix { .. } => Some((Key::ApplicationHeading, text::APPLICATION_STEPS, std::slice::from_ref(&text::APPLICATION_SOURCE), "sw-sa-application")),
        _ => None,
    }
    .map(|(heading, steps, sources, testid)| {
        html! {
            <>
                <h4 class="sw-subtitle">{ tr(lang, heading) }</h4>
                <ol class="sw-steps" data-testid={testid}>{ for steps.iter().map(|s| html! { <li>{ rich(s.get(lang)) }</li> }) }</ol>
                <p class="sw-source">{ for sources.iter().map(|source| html! { <>{ citation(lang, *source) }{ " " }</> }) }</p>
            </>
        }
    });
    html! {
        <div data-testid="sw-sa-verdict" data-row={verdict.rows().iter().map(u8::to_string).collect::<Vec<_>>().join(" ")}>
            // The easiest way forward first (domains that need no application, then the steps);
            // the guide's table row comes after, as the reason.
            if let Some(alternatives) = alternatives { { alternatives } }
            if let Some(how_to) = how_to { { how_to } }
            <h4 class="sw-subtitle">{ tr(lang, Key::VerdictWhy) }</h4>
            <p data-testid="sw-sa-explanation">{ text::verdict_explanation(lang, &verdict.in_unicode(email, account), &email.unicode, &account.unicode) }</p>
            <p class="sw-source">{ text::table_row_label(lang, verdict) }{ " " }{ citation(lang, text::TABLE_SOURCE) }</p>
            if evaluation.free_mail {
                <p class="sw-note" data-testid="sw-sa-free-mail">{ text::FREE_MAIL_WARNING.get(lang) }</p>
            }
            if email.unicode != email.ascii || account.unicode != account.ascii {
                <h4 class="sw-subtitle">{ tr(lang, Key::BothForms) }</h4>
                <ul class="sw-list" data-testid="sw-sa-both-forms">{ for both_forms }</ul>
            }
            if !matches!(verdict, Verdict::Default) {
                <h4 class="sw-subtitle">{ tr(lang, Key::ContactHeading) }</h4>
                { partner_desk(lang, partner) }
                if cisco_contacts {
                    <p data-testid="sw-sa-contact">{ rich(text::CONTACT.get(lang)) }{ " " }{ citation(lang, text::CONTACT_SOURCE) }</p>
                }
            }
            if !steps.is_empty() {
                <h4 class="sw-subtitle">{ tr(lang, Key::NormalisationHeading) }</h4>
                <ul class="sw-list" data-testid="sw-sa-steps">{ for steps }</ul>
            }
        </div>
    }
}
