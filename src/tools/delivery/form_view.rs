use yew::prelude::*;

use crate::rules::kernel::bounds;

use crate::browser::clock::jst_now;
use crate::content::delivery::{field_error, level_summary};
use crate::i18n::{tr, Key};
use crate::rules::delivery::form::{Action, Checked, DeliveryForm, Field};
use crate::rules::delivery::ServiceLevel;
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::ui::fields::{
    checkbox, choose, severity_choices, use_text_actions, Choice, RadioGroup, RadioLayout,
    TextField,
};

pub struct FormViewProps<'a> {
    pub form: &'a DeliveryForm,
    pub checked: &'a Checked,
    pub on_action: &'a Callback<Action>,
    /// The one-line answer, shown right under the service level.
    pub quick: Html,
    /// What [`use_form_view`] keeps between renders.
    pub kept: &'a FormViewState,
}

/// What the form keeps between renders: its text fields' callbacks (made once) and whether the
/// optional section starts open. Held by the tool's component, since the form is a plain function.
pub struct FormViewState {
    text_actions: std::rc::Rc<[Callback<String>; 10]>,
    optional_open: bool,
}

#[hook]
pub fn use_form_view(form: &DeliveryForm, on_action: &Callback<Action>) -> FormViewState {
    let text_actions = use_text_actions(
        on_action,
        [
            Action::Date,
            Action::Time,
            Action::DesiredDate,
            Action::DesiredTime,
            Action::OrderDate,
            Action::ServiceStart,
            Action::PreviousEnd,
            Action::ContractEnd,
            Action::ShipDate,
            Action::CompanyHolidays,
        ],
    );
    // Open the optional section at first if it holds something (from a deep link or the host page), so
    // nothing that changes the answer starts hidden; afterwards the visitor alone opens and closes it.
    let optional_open = *use_state(|| has_optional_values(form));
    FormViewState {
        text_actions,
        optional_open,
    }
}

/// The form: the service level (with the one-line answer under it), when TAC completed the
/// arrangement, the severity, and the optional conditions. A plain function, not a component: it
/// reads the form and the check where the tool holds them.
pub fn form_view(lang: Lang, props: FormViewProps) -> Html {
    let form = props.form;
    let error = |field: Field| {
        props
            .checked
            .error(field)
            .map(|error| field_error(lang, error))
    };
    let [date, time, desired_date, desired_time, order_date, service_start, previous_end, contract_end, ship_date, company_holidays] =
        (*props.kept.text_actions).clone();
    let optional_open = props.kept.optional_open;
    // Dates and times take the text keyboard (no `inputmode`): a phone's numeric pad has no "-",
    // "/" or ":", and the tool reads 2026/11/24, 2026年11月24日 and 20261124 alike.
    let date_placeholder: AttrValue = "2026-11-24".into();
    let time_placeholder: AttrValue = "13:00".into();

    let levels: Vec<Choice> = ServiceLevel::ALL
        .into_iter()
        .map(|level| {
            Choice::new(level.slug().to_ascii_lowercase(), level.slug())
                .with_detail(level_summary(level).get(lang))
        })
        .collect();
    let on_level = choose(
        ServiceLevel::ALL.to_vec(),
        props.on_action.reform(Action::Level),
    );
    let on_severity = choose(
        std::iter::once(None)
            .chain(Severity::ALL.map(Some))
            .collect(),
        props.on_action.reform(Action::Severity),
    );
    let severities: Vec<Choice> =
        std::iter::once(Choice::new("none", tr(lang, Key::SeverityUnknown)))
            .chain(severity_choices())
            .collect();
    let severity_selected = AttrValue::from(
        form.severity
            .map_or("none".to_owned(), |s| s.number().to_string()),
    );

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
            <RadioGroup name="sw-dl-level" legend={html! { tr(lang, Key::ServiceLevelLegend) }} choices={levels} layout={RadioLayout::Choices}
                selected={form.level.map(|level| AttrValue::from(level.slug().to_ascii_lowercase()))} on_change={on_level} error={error(Field::Level)} />
            { props.quick }
            <p class="sw-hint">{ tr(lang, Key::DeliveryIntro) }</p>

            <fieldset class="sw-fieldset">
                <legend class="sw-legend">{ tr(lang, Key::ArrangedLegend) }</legend>
                <div class="sw-row">
                    <TextField id="sw-dl-date" label={tr(lang, Key::DateLabel)} value={form.date.clone()}
                        on_input={date} max_chars={bounds::DATE_OR_TIME} error={error(Field::Date)} placeholder={date_placeholder.clone()} />
                    <TextField id="sw-dl-time" label={tr(lang, Key::TimeLabel)} value={form.time.clone()}
                        on_input={time} max_chars={bounds::DATE_OR_TIME} error={error(Field::Time)} placeholder={time_placeholder.clone()} class="sw-field--short" />
                    <button type="button" class="sw-button sw-button--secondary" onclick={set_now} data-testid="sw-dl-now">
                        { tr(lang, Key::NowButton) }
                    </button>
                </div>
            </fieldset>

            <RadioGroup name="sw-dl-sev" legend={html! { tr(lang, Key::SeverityLegend) }} choices={severities}
                selected={severity_selected} on_change={on_severity}
                hint={AttrValue::Static(tr(lang, Key::SeverityHint))} />

            <details class="sw-details" open={optional_open}>
                <summary>{ tr(lang, Key::MoreConditions) }</summary>
                <fieldset class="sw-fieldset">
                    <legend class="sw-legend">{ tr(lang, Key::DesiredLegend) }</legend>
                    <div class="sw-row">
                        <TextField id="sw-dl-want-date" label={tr(lang, Key::DesiredDateLabel)} value={form.desired_date.clone()}
                            on_input={desired_date} max_chars={bounds::DATE_OR_TIME} error={error(Field::DesiredDate)} placeholder={date_placeholder.clone()} />
                        <TextField id="sw-dl-want-time" label={tr(lang, Key::DesiredTimeLabel)} value={form.desired_time.clone()}
                            on_input={desired_time} max_chars={bounds::DATE_OR_TIME} error={error(Field::DesiredTime)} placeholder={time_placeholder} class="sw-field--short" />
                    </div>
                </fieldset>
                <fieldset class="sw-fieldset">
                    <legend class="sw-legend">{ tr(lang, Key::ContractLegend) }</legend>
                    <div class="sw-row">
                        <TextField id="sw-dl-order" label={tr(lang, Key::OrderDateLabel)} value={form.order_date.clone()}
                            on_input={order_date} max_chars={bounds::DATE_OR_TIME} error={error(Field::OrderDate)} placeholder={date_placeholder.clone()} />
                        <TextField id="sw-dl-start" label={tr(lang, Key::ServiceStartLabel)} value={form.service_start.clone()}
                            on_input={service_start} max_chars={bounds::DATE_OR_TIME} error={error(Field::ServiceStart)} placeholder={date_placeholder.clone()} />
                    </div>
                    <div class="sw-row">
                        <TextField id="sw-dl-prev-end" label={tr(lang, Key::PreviousEndLabel)} value={form.previous_end.clone()}
                            on_input={previous_end} max_chars={bounds::DATE_OR_TIME} error={error(Field::PreviousEnd)} placeholder={date_placeholder.clone()} />
                        <TextField id="sw-dl-end" label={tr(lang, Key::ContractEndLabel)} value={form.contract_end.clone()}
                            on_input={contract_end} max_chars={bounds::DATE_OR_TIME} error={error(Field::ContractEnd)} placeholder={date_placeholder.clone()} />
                    </div>
                    <div class="sw-row">
                        <TextField id="sw-dl-ship" label={tr(lang, Key::ShipDateLabel)} value={form.ship_date.clone()}
                            on_input={ship_date} max_chars={bounds::DATE_OR_TIME} error={error(Field::ShipDate)} placeholder={date_placeholder} />
                    </div>
                </fieldset>
                <fieldset class="sw-fieldset">
                    <legend class="sw-legend">{ tr(lang, Key::PartLegend) }</legend>
                    { checkbox("sw-dl-heavy", tr(lang, Key::HeavyLabel), form.heavy_or_cable,
                        &props.on_action.reform(Action::HeavyOrCable)) }
                    { checkbox("sw-dl-other-address", tr(lang, Key::OtherAddressLabel), form.other_address,
                        &props.on_action.reform(Action::OtherAddress)) }
                </fieldset>
                <TextField id="sw-dl-company-holidays" label={tr(lang, Key::CompanyHolidaysLabel)} value={form.company_holidays.clone()}
                    on_input={company_holidays} max_chars={bounds::HOLIDAY_LIST} error={error(Field::CompanyHolidays)} hint={tr(lang, Key::CompanyHolidaysHint)} />
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
        &form.contract_end,
        &form.ship_date,
    ]
    .iter()
    .any(|text| !text.is_empty())
        || form.heavy_or_cable
        || form.other_address
        || !form.company_holidays.is_empty()
}
