use yew::prelude::*;

use crate::app::fields::{Checkbox, TextField};
use crate::app::use_lang;
use crate::browser::clock::jst_now;
use crate::content::delivery::{field_error, level_summary};
use crate::domain::delivery::ServiceLevel;
use crate::domain::delivery_form::{Action, Checked, DeliveryForm, Field};
use crate::domain::severity::Severity;
use crate::i18n::{tr, Key};

#[derive(Properties, PartialEq)]
pub struct FormViewProps {
    pub form: DeliveryForm,
    pub checked: Checked,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn FormView(props: &FormViewProps) -> Html {
    let lang = use_lang();
    let form = &props.form;
    let error = |field: Field| {
        props
            .checked
            .error(field)
            .map(|error| field_error(lang, error))
    };
    let text = |action: fn(String) -> Action| props.on_action.reform(action);
    // Open the optional section at first if it holds something (from a deep link or the host page), so
    // nothing that changes the answer starts hidden; afterwards the visitor alone opens and closes it.
    let optional_open = *use_state(|| has_optional_values(form));
    let date_placeholder: AttrValue = "2026-11-24".into();
    let time_placeholder: AttrValue = "13:00".into();

    let levels = ServiceLevel::ALL.into_iter().map(|level| {
        let id = format!("sw-dl-level-{}", level.slug().to_ascii_lowercase());
        let summary_id = format!("{id}-summary");
        let onchange = props.on_action.reform(move |_: Event| Action::Level(level));
        html! {
            <div class="sw-choice">
                <input type="radio" name="sw-dl-level" id={id.clone()} checked={form.level == Some(level)}
                    aria-describedby={summary_id.clone()} data-testid={id.clone()} {onchange} />
                <label for={id}>
                    <span class="sw-choice__name">{ level.slug() }</span>
                    <span id={summary_id} class="sw-choice__detail">{ level_summary(level).get(lang) }</span>
                </label>
            </div>
        }
    });
    let level_error = error(Field::Level);

    let severities = std::iter::once(None).chain(Severity::ALL.into_iter().map(Some)).map(|severity| {
        let slug = severity.map_or("none".to_owned(), |s| s.number().to_string());
        let id = format!("sw-dl-sev-{slug}");
        let label = severity.map_or(tr(lang, Key::SeverityUnknown).to_owned(), |s| s.label().to_owned());
        let onchange = props.on_action.reform(move |_: Event| Action::Severity(severity));
        html! {
            <span class="sw-pill">
                <input type="radio" name="sw-dl-sev" id={id.clone()} checked={form.severity == severity}
                    data-testid={id.clone()} {onchange} />
                <label for={id}>{ label }</label>
            </span>
        }
    });

    let set_now = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(now) = jst_now() {
                on_action.emit(Action::At(now));
            }
        })
    };

    html! {
        <form class="sw-form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
            <p class="sw-lead">{ tr(lang, Key::DeliveryIntro) }</p>

            <fieldset class="sw-fieldset" aria-describedby={level_error.as_ref().map(|_| "sw-dl-level-error")}>
                <legend class="sw-legend">{ tr(lang, Key::ServiceLevelLegend) }</legend>
                <div class="sw-choices">{ for levels }</div>
                if let Some(message) = level_error {
                    <p id="sw-dl-level-error" class="sw-field-error" data-testid="sw-dl-level-error">{ message }</p>
                }
            </fieldset>

            <fieldset class="sw-fieldset">
                <legend class="sw-legend">{ tr(lang, Key::ArrangedLegend) }</legend>
                <div class="sw-row">
                    <TextField id="sw-dl-date" label={tr(lang, Key::DateLabel)} value={form.date.clone()}
                        on_input={text(Action::Date)} error={error(Field::Date)} placeholder={date_placeholder.clone()} inputmode="numeric" />
                    <TextField id="sw-dl-time" label={tr(lang, Key::TimeLabel)} value={form.time.clone()}
                        on_input={text(Action::Time)} error={error(Field::Time)} placeholder={time_placeholder.clone()} inputmode="numeric" class="sw-field--short" />
                    <button type="button" class="sw-button sw-button--secondary" onclick={set_now} data-testid="sw-dl-now">
                        { tr(lang, Key::NowButton) }
                    </button>
                </div>
            </fieldset>

            <fieldset class="sw-fieldset" aria-describedby="sw-dl-sev-hint">
                <legend class="sw-legend">{ tr(lang, Key::SeverityLegend) }</legend>
                <div class="sw-pills">{ for severities }</div>
                <p id="sw-dl-sev-hint" class="sw-hint">{ tr(lang, Key::SeverityHint) }</p>
            </fieldset>

            <details class="sw-details" open={optional_open}>
                <summary>{ tr(lang, Key::MoreConditions) }</summary>
                <fieldset class="sw-fieldset">
                    <legend class="sw-legend">{ tr(lang, Key::DesiredLegend) }</legend>
                    <div class="sw-row">
                        <TextField id="sw-dl-want-date" label={tr(lang, Key::DesiredDateLabel)} value={form.desired_date.clone()}
                            on_input={text(Action::DesiredDate)} error={error(Field::DesiredDate)} placeholder={date_placeholder.clone()} inputmode="numeric" />
                        <TextField id="sw-dl-want-time" label={tr(lang, Key::DesiredTimeLabel)} value={form.desired_time.clone()}
                            on_input={text(Action::DesiredTime)} error={error(Field::DesiredTime)} placeholder={time_placeholder} inputmode="numeric" class="sw-field--short" />
                    </div>
                </fieldset>
                <fieldset class="sw-fieldset">
                    <legend class="sw-legend">{ tr(lang, Key::ContractLegend) }</legend>
                    <div class="sw-row">
                        <TextField id="sw-dl-order" label={tr(lang, Key::OrderDateLabel)} value={form.order_date.clone()}
                            on_input={text(Action::OrderDate)} error={error(Field::OrderDate)} placeholder={date_placeholder.clone()} inputmode="numeric" />
                        <TextField id="sw-dl-start" label={tr(lang, Key::ServiceStartLabel)} value={form.service_start.clone()}
                            on_input={text(Action::ServiceStart)} error={error(Field::ServiceStart)} placeholder={date_placeholder.clone()} inputmode="numeric" />
                    </div>
                    <div class="sw-row">
                        <TextField id="sw-dl-prev-end" label={tr(lang, Key::PreviousEndLabel)} value={form.previous_end.clone()}
                            on_input={text(Action::PreviousEnd)} error={error(Field::PreviousEnd)} placeholder={date_placeholder.clone()} inputmode="numeric" />
                        <TextField id="sw-dl-ship" label={tr(lang, Key::ShipDateLabel)} value={form.ship_date.clone()}
                            on_input={text(Action::ShipDate)} error={error(Field::ShipDate)} placeholder={date_placeholder} inputmode="numeric" />
                    </div>
                </fieldset>
                <fieldset class="sw-fieldset">
                    <legend class="sw-legend">{ tr(lang, Key::PartLegend) }</legend>
                    <Checkbox id="sw-dl-heavy" label={tr(lang, Key::HeavyLabel)} checked={form.heavy_or_cable}
                        on_change={props.on_action.reform(Action::HeavyOrCable)} />
                    <Checkbox id="sw-dl-other-address" label={tr(lang, Key::OtherAddressLabel)} checked={form.other_address}
                        on_change={props.on_action.reform(Action::OtherAddress)} />
                </fieldset>
                <TextField id="sw-dl-company-holidays" label={tr(lang, Key::CompanyHolidaysLabel)} value={form.company_holidays.clone()}
                    on_input={text(Action::CompanyHolidays)} error={error(Field::CompanyHolidays)} hint={tr(lang, Key::CompanyHolidaysHint)} />
            </details>
        </form>
    }
}

fn has_optional_values(form: &DeliveryForm) -> bool {
    [
        &form.desired_date,
        &form.desired_time,
        &form.order_date,
        &form.service_start,
        &form.previous_end,
        &form.ship_date,
    ]
    .iter()
    .any(|text| !text.is_empty())
        || form.heavy_or_cable
        || form.other_address
        || !form.company_holidays.is_empty()
}
