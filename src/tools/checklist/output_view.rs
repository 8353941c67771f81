use yew::prelude::*;

use crate::ui::rich::rich;

use crate::content::checklist as text;
use crate::i18n::{tr, Key};
use crate::rules::checklist::form::ChecklistEvaluation;
use crate::rules::checklist::{mailto, Check, Entries, Item, Route};
use crate::rules::contract::partner::PartnerConfig;
use crate::rules::kernel::lang::Lang;
use crate::ui::cited::{citation, cited_list, readings, sources_fold};
use crate::ui::copy_status::copy_status;
use crate::ui::partner::partner_desk;

/// The text to send, as the output shows it: its subject line and body, and the whole of it (what
/// copy and download take: on the phone, the body alone).
pub struct TextToSend {
    pub subject: String,
    pub body: String,
    pub full: String,
}

/// The text to send for what the visitor has entered. The tool's component works it out once per
/// render, for its copy hook and for the output alike.
pub fn text_to_send(evaluation: &ChecklistEvaluation, entries: &Entries) -> TextToSend {
    let plan = evaluation.plan;
    let checked: Vec<(Item, Check)> = evaluation
        .items
        .iter()
        .map(|state| (state.item, state.check.clone()))
        .collect();
    let severity = checked
        .iter()
        .find(|(i, _)| i.id == "severity")
        .and_then(|(_, c)| c.value().map(str::to_owned));
    let subject = text::subject(&plan, entries, severity.as_deref());
    let body = text::body(&plan, &checked);
    // On the phone there is no subject line to send: the text alone is what to have ready.
    let full = if plan.phone_required {
        body.clone()
    } else {
        format!("{subject}\n\n{body}")
    };
    TextToSend {
        subject,
        body,
        full,
    }
}

pub struct OutputViewProps<'a> {
    pub evaluation: &'a ChecklistEvaluation,
    pub product: &'static str,
    pub text: TextToSend,
    /// The copy button's action and what became of the last copy (`hooks::use_copy`).
    pub copy: (Callback<MouseEvent>, Option<bool>),
    pub partner: &'a PartnerConfig,
}

/// Where the text goes (the phone first when the guide requires it), the missing required items, then
/// the text with copy, download and, where the guide gives an address, e-mail. A plain function, not
/// a component: its hooks (the copy) are held by the tool's component.
pub fn output_view(lang: Lang, props: OutputViewProps) -> Html {
    let partner = props.partner;
    let cisco_contacts = partner.shows_cisco_contacts();
    let evaluation = props.evaluation;
    let plan = evaluation.plan;
    let (ready, _) = evaluation.progress();
    let missing: Vec<&Item> = evaluation.missing().collect();
    let TextToSend {
        subject,
        body,
        full,
    } = props.text;
    let (on_copy, copied) = props.copy;
    let on_download = {
        let full = format!("{full}\n");
        Callback::from(move |_: MouseEvent| {
            crate::browser::files::download("sr-request.txt", "text/plain;charset=utf-8", &full)
        })
    };
    // A link only where mail clients take it; a longer text is copied into a new mail instead.
    let mail = plan
        .mail()
        .map(|address| (address, mailto(address, &subject, &body)));
    let mailto = mail
        .as_ref()
        .and_then(|(address, href)| href.as_ref().ok().map(|href| (*address, href.clone())));
    let too_long = mail.and_then(|(address, href)| href.err().map(|_| address));
    let (channels, channels_source) = text::channels(&plan);
    let phone_first = text::phone_required(&plan);
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-cl-output-title">
            if !phone_first.is_empty() {
                <div class="sw-callout" role="note" data-testid="sw-cl-phone-first">
                    { cited_list(lang, &phone_first, None) }
                </div>
            }
            <h3 class="sw-section-title">{ tr(lang, Key::ChannelsHeading) }</h3>
            { partner_desk(lang, partner) }
            if cisco_contacts {
                <ul class="sw-list sw-channels" data-testid="sw-cl-channels">
                    { for channels.iter().map(|channel| html! {
                        <li class={classes!(channel.phone.then_some("sw-channel--phone"))}>{ rich(channel.text.get(lang)) }</li>
                    }) }
                </ul>
                { sources_fold(lang, &[channels_source]) }
            }
            if plan.route == Route::Webex {
                { cited_list(lang, &[text::WEBEX_NOT_IN_CHAT], Some("sw-cl-webex-note")) }
            }
            if let Some(link) = text::own_route_link(props.product) {
                <p class="sw-callout" data-testid="sw-cl-own-route">
                    <a href={link.url} target="_blank" rel="noopener noreferrer">{ link.label.get(lang) }</a>
                    { " " }{ citation(lang, link.source) }
                </p>
            }
            if missing.is_empty() {
                <h3 class="sw-section-title">{ tr(lang, Key::MissingHeading) }</h3>
                <p class="sw-ok" data-testid="sw-cl-missing">{ tr(lang, Key::AllReady) }</p>
            } else {
                // Not yet is not an error: a neutral list, folded while it is long.
                <details class="sw-details sw-fold" open={missing.len() <= 5} data-testid="sw-cl-missing-fold">
                    <summary>{ tr(lang, Key::MissingHeading) }{ format!(" ({})", missing.len()) }</summary>
                    <ul class="sw-list sw-missing" data-testid="sw-cl-missing">
                        { for missing.iter().map(|item| html! { <li>{ text::label(item.id, plan.route).get(lang) }</li> }) }
                    </ul>
                </details>
            }
            <h3 id="sw-cl-output-title" class="sw-section-title" data-testid="sw-cl-text-heading">
                { tr(lang, if plan.phone_required { Key::CallTextHeading } else { Key::TextHeading }) }
            </h3>
            if !plan.phone_required {
                <p><strong>{ tr(lang, Key::SubjectLabel) }{ ": " }</strong><span data-testid="sw-cl-subject-line">{ subject.clone() }</span></p>
            }
            if lang != plan.text_lang && plan.text_lang == crate::rules::kernel::lang::Lang::Ja {
                <p class="sw-hint" data-testid="sw-cl-text-lang">{ tr(lang, Key::TextInJapanese) }</p>
            }
            // Folded until something is ready: a text of "(not yet provided)" lines helps no one.
            <details class="sw-details sw-fold" open={ready > 0} data-testid="sw-cl-text-fold">
                <summary>{ tr(lang, Key::ShowText) }</summary>
                <pre class="sw-result-card" data-testid="sw-cl-text" lang={plan.text_lang.tag()}>{ rich(&body) }</pre>
            </details>
            <div class="sw-row sw-actions">
                <button type="button" class="sw-button" onclick={on_copy} data-testid="sw-cl-copy">{ tr(lang, Key::CopyButton) }</button>
                <button type="button" class="sw-button sw-button--secondary" onclick={on_download} data-testid="sw-cl-download">{ tr(lang, Key::DownloadButton) }</button>
                if let Some((address, href)) = mailto.filter(|_| cisco_contacts) {
                    <a class="sw-link-button" href={href} data-testid="sw-cl-mailto">{ tr(lang, Key::MailtoLabel) }{ format!(" ({address})") }</a>
                }
            </div>
            if let Some(address) = too_long.filter(|_| cisco_contacts) {
                <p class="sw-note" data-testid="sw-cl-mail-too-long">
                    { tr(lang, Key::MailTooLong) }{ " " }{ rich(address) }
                </p>
            }
            if plan.route == Route::GlobalTac && !plan.phone_required {
                <p class="sw-note" data-testid="sw-cl-global-note">{ tr(lang, Key::GlobalNoEmail) }</p>
            }
            { copy_status(lang, copied, "sw-cl-copy-status") }
            <p class="sw-hint" data-testid="sw-cl-template">
                { text::TEMPLATE_NOTE.text.get(lang) }{ " " }
                <a href={text::TEMPLATE_URL} target="_blank" rel="noopener noreferrer">{ text::TEMPLATE_URL }</a>
            </p>
            { readings(lang, &text::readings(&plan, props.product), "sw-cl-readings") }
        </section>
    }
}
