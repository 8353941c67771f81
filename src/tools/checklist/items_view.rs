use yew::prelude::*;

use crate::content::checklist as text;
use crate::i18n::{tr, Key};
use crate::rules::checklist::form::{Action, ChecklistEvaluation, ChecklistForm};
use crate::rules::checklist::{summary, Check, Item, ItemState, Kind, Route, PRODUCTS};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::ui::cited::cited_list;
use crate::ui::fields::{
    checkbox, choose, full_note, severity_choices, Choice, RadioGroup, TextField,
};

pub struct ItemsViewProps<'a> {
    pub state: &'a ChecklistForm,
    pub evaluation: &'a ChecklistEvaluation,
    pub on_action: &'a Callback<Action>,
    /// Whether the visitor is asked to confirm clearing everything (a state the tool holds).
    pub confirming: UseStateHandle<bool>,
}

/// The desk, the product and every item to have ready, with the progress. A plain function, not a
/// component: its one state (the confirmation of "clear all") is held by the tool's component.
pub fn items_view(lang: Lang, props: ItemsViewProps) -> Html {
    let confirming = props.confirming;
    let state = props.state;
    let evaluation = props.evaluation;
    let plan = &evaluation.plan;
    let (ready, total) = evaluation.progress();
    let items: Vec<Item> = evaluation.items.iter().map(|state| state.item).collect();

    let desks: Vec<Choice> = Desk::ALL
        .iter()
        .map(|desk| Choice::new(desk.key(), text::desk_short(*desk).get(lang)))
        .collect();
    let on_desk = choose(Desk::ALL.to_vec(), props.on_action.reform(Action::Desk));
    let on_product = props
        .on_action
        .reform(|event: Event| Action::Product(crate::browser::events::value(&event)));
    let products = PRODUCTS.iter().map(|p| {
        html! { <option value={p.slug} selected={p.slug == state.product}>{ text::product_name(p.slug).get(lang) }</option> }
    });
    let clear = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm = {
        let confirming = confirming.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_action.emit(Action::ClearAll);
        })
    };
    let progress_text = match lang {
        Lang::Ja => format!("必須 {total} 項目中 {ready} 項目が準備済み"),
        Lang::En => format!("{ready} of {total} required items ready"),
    };
    // A 「(日本語/英語)」 pair is one row: its two fields side by side.
    let mut grouped: Vec<Vec<&ItemState>> = Vec::new();
    for item in &evaluation.items {
        match grouped.last_mut() {
            Some(row) if row.len() == 1 && row[0].item.pair == Some(item.item.id) => row.push(item),
            _ => grouped.push(vec![item]),
        }
    }
    let rows = grouped.into_iter().map(|row| {
        let ready = row.iter().any(|item| item.ready);
        let pair = row.len() == 2;
        html! {
            <li key={row[0].item.id} class={classes!("sw-item", ready.then_some("sw-item--ready"), pair.then_some("sw-item--pair"))}
                data-testid={format!("sw-cl-item-{}", row[0].item.id)}>
                { for row.iter().map(|item| { let id = item.item.id; item_row(lang, &ItemRow {
                    item: item.item, entries_value: state.entries.value(id), result: &item.check,
                    ticked: state.entries.is_ticked(id), route: plan.route, on_action: props.on_action,
                })}) }
            </li>
        }
    });
    let notes = text::notes(plan, state.product);
    // First, what to have ready in four short lines; the form follows.
    let summary = summary(&items).into_iter().map(|(group, ids)| {
        let names: Vec<String> = ids
            .iter()
            .map(|id| text::summary_label(lang, id, plan.route))
            .collect();
        html! {
            <li><strong>{ text::group_name(group).get(lang) }{ ": " }</strong>{ names.join(if lang == Lang::Ja { "、" } else { ", " }) }</li>
        }
    });
    html! {
        <section class="sw-subpanel" aria-labelledby="sw-cl-items-title">
            <form class="sw-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                <RadioGroup name="sw-cl-desk" legend={html! { tr(lang, Key::ChecklistDeskLegend) }} choices={desks}
                    selected={AttrValue::Static(state.desk.key())} on_change={on_desk} />
                if state.desk != Desk::SmartAccount {
                    <div class="sw-field sw-field--wide">
                        <label class="sw-label" for="sw-cl-product">{ tr(lang, Key::ProductLabel) }</label>
                        <select id="sw-cl-product" class="sw-input sw-select" data-testid="sw-cl-product" onchange={on_product}>{ for products }</select>
                    </div>
                }
            </form>
            <div class="sw-summary" data-testid="sw-cl-summary">
                <h3 class="sw-section-title">{ tr(lang, Key::HaveReadyHeading) }</h3>
                <ul class="sw-list">{ for summary }</ul>
            </div>
            if let Some(note) = state.load_note {
                <p class="sw-note" role="status" data-testid="sw-cl-load-note">{ text::load_note(lang, note) }</p>
            }
            <h3 id="sw-cl-items-title" class="sw-section-title">
                <span data-testid="sw-cl-progress" aria-live="polite">{ progress_text }</span>
            </h3>
            <progress class="sw-progress" max={total.to_string()} value={ready.to_string()} aria-label={tr(lang, Key::ReadyTick)}></progress>
            <ol class="sw-items">{ for rows }</ol>
            <details class="sw-details sw-fold" data-testid="sw-cl-notes-fold">
                <summary>{ tr(lang, Key::NotesHeading) }{ format!(" ({})", notes.len()) }</summary>
                { cited_list(lang, &notes, Some("sw-cl-notes")) }
            </details>
            <p class="sw-hint">{ tr(lang, Key::SavedLocally) }</p>
            if *confirming {
                <div class="sw-note" role="group" aria-labelledby="sw-cl-confirm-text">
                    <p id="sw-cl-confirm-text">{ tr(lang, Key::ClearConfirm) }</p>
                    <div class="sw-row sw-actions">
                        <button type="button" class="sw-button" onclick={confirm} data-testid="sw-cl-clear-yes">{ tr(lang, Key::ClearYes) }</button>
                        <button type="button" class="sw-button sw-button--secondary" onclick={cancel} data-testid="sw-cl-clear-cancel">{ tr(lang, Key::ClearCancel) }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="sw-button sw-button--secondary" onclick={clear} data-testid="sw-cl-clear">{ tr(lang, Key::ClearAll) }</button>
            }
        </section>
    }
}

struct ItemRow<'a> {
    item: Item,
    entries_value: &'a str,
    /// The item checked (`check_item`): its value, warning, or that its other-language pair carries it.
    result: &'a Check,
    ticked: bool,
    route: Route,
    on_action: &'a Callback<Action>,
}

/// One item's control: its field with its message, or a tick where there is nothing to type. A
/// plain function: it holds no state, and its fields are components that skip an unchanged render.
fn item_row(lang: Lang, props: &ItemRow) -> Html {
    let item = props.item;
    let id = item.id;
    let label = text::label(id, props.route).get(lang);
    let result = props.result;
    let (error, warning) = match result {
        Check::Invalid(problem) => (Some(text::problem(lang, problem).to_owned()), None),
        Check::Warn(_, warning) => (None, Some(text::warning(lang, warning))),
        Check::ByPair => (None, Some(text::BY_PAIR.get(lang).to_owned())),
        _ => (None, None),
    };
    let hint = text::hint(id, props.route).map(|hint| AttrValue::Static(hint.get(lang)));
    let field_id = format!("sw-cl-{id}");
    let on_value = props
        .on_action
        .reform(move |value: String| Action::Value(id, value));
    // One control per item: the value marks it ready; only an item with nothing to type is ticked.
    let label: String = if item.required {
        label.to_owned()
    } else {
        format!("{label} ({})", tr(lang, Key::OptionalTag))
    };
    let (input_type, autocomplete) = input_kind(item);
    // What the item holds (the rules cut the rest, typed or saved; the browser refuses it first).
    let (max_chars, _) = item.kind.bounds();
    let field = match item.kind {
        Kind::Check => html! {
            { checkbox(format!("sw-cl-tick-{id}"), label.clone(), props.ticked,
                &props.on_action.reform(move |on: bool| Action::Tick(id, on))) }
        },
        Kind::Severity => {
            let selected = Severity::parse(props.entries_value)
                .map(|severity| AttrValue::from(severity.number().to_string()));
            html! {
                <RadioGroup name={field_id.clone()} legend={html! { label.clone() }} legend_class="sw-label" choices={severity_choices()}
                    {selected} on_change={choose(Severity::ALL.to_vec(), props.on_action.reform(move |severity: Severity| Action::Value(id, severity.number().to_string())))} />
            }
        }
        Kind::LongText => {
            let full = full_note(lang, &field_id, props.entries_value, max_chars);
            let oninput =
                on_value.reform(|event: InputEvent| crate::browser::events::value(&event));
            html! {
                <div class="sw-field sw-field--wide">
                    <label class="sw-label" for={field_id.clone()}>{ label.clone() }</label>
                    <textarea id={field_id.clone()} class="sw-input sw-textarea" rows="4" value={props.entries_value.to_owned()} data-testid={field_id.clone()}
                        maxlength={max_chars.to_string()} aria-describedby={full.is_some().then(|| format!("{field_id}-full"))} {oninput} />
                    if let Some(hint) = hint { <p class="sw-hint">{ hint }</p> }
                    if let Some(full) = full { { full } }
                </div>
            }
        }
        _ => html! {
            <TextField id={field_id.clone()} label={label.clone()} value={props.entries_value.to_owned()} on_input={on_value} max_chars={max_chars}
                error={error} warning={warning} {hint} class="sw-field--wide" input_type={input_type} autocomplete={autocomplete}
                inputmode={matches!(item.kind, Kind::Contract).then_some(AttrValue::Static("numeric"))} />
        },
    };
    field
}

/// The input type and autocomplete token that fit an item (a phone keyboard for numbers, the
/// browser's own address book for names and addresses).
fn input_kind(item: Item) -> (AttrValue, AttrValue) {
    let input_type = match item.kind {
        Kind::Email => "email",
        Kind::Phone => "tel",
        _ => "text",
    };
    let autocomplete = match item.id {
        "account_email" | "contact_email" => "email",
        "phone" | "contact_phone_intl" => "tel",
        "contact_ja" | "contact_en" | "name" => "name",
        "company_ja" | "company_en" | "company" => "organization",
        "address_ja" | "address_en" => "street-address",
        _ => "off",
    };
    (
        AttrValue::Static(input_type),
        AttrValue::Static(autocomplete),
    )
}
