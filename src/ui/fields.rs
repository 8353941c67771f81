//! Form controls shared by the tools: every control has a visible label, its hint and its error are
//! tied to it with `aria-describedby`, and an error sets `aria-invalid`.

use yew::prelude::*;

use super::use_lang;
use crate::i18n::{tr, Key};
use crate::rules::kernel::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Unique within the widget (ids are scoped to the widget's shadow root).
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    /// Advice that does not block (no `aria-invalid`), shown like an error but in the note style.
    #[prop_or_default]
    pub warning: Option<String>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// `text` unless told otherwise (`password`, `email`, `tel`).
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    /// What the field holds at most, in characters (`rules::kernel::bounds`): the browser refuses
    /// more, and a full field says so.
    pub max_chars: usize,
}

/// A labelled text input whose value is exactly what the visitor typed. Its error or warning waits
/// while the visitor is typing and shows when they leave the field (not at the first keystroke), or,
/// when they leave it by pressing a button, once the press is released (see `pointer_hold`); a
/// value that arrived filled in (a deep link, a saved checklist) is judged at once.
#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let typing = use_state(|| false);
    let hold = super::pointer_hold::use_pointer_hold();
    let oninput = {
        let typing = typing.clone();
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            typing.set(true);
            on_input.emit(crate::browser::events::value(&event));
        })
    };
    let onfocusout = {
        let typing = typing.clone();
        Callback::from(move |_: FocusEvent| {
            let typing = typing.clone();
            hold.after_release(move || typing.set(false))
        })
    };
    let error = props.error.as_ref().filter(|_| !*typing);
    let warning = props.warning.as_ref().filter(|_| !*typing);
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let warning_id = format!("{}-warning", props.id);
    let full = full_note(use_lang(), &props.id, &props.value, props.max_chars);
    let full_id = format!("{}-full", props.id);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        error.map(|_| error_id.as_str()),
        warning.map(|_| warning_id.as_str()),
        full.as_ref().map(|_| full_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <div class={classes!("sw-field", props.class.clone())}>
            <label class="sw-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                id={props.id.clone()}
                class="sw-input"
                type={props.input_type.clone()}
                autocomplete={props.autocomplete.clone()}
                spellcheck="false"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                inputmode={props.inputmode.clone()}
                maxlength={props.max_chars.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
                data-testid={props.id.clone()}
                {oninput}
                {onfocusout}
            />
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="sw-hint">{ hint.clone() }</p>
            }
            if let Some(error) = error {
                <p id={error_id} class="sw-field-error" data-testid={format!("{}-error", props.id)}>{ error.clone() }</p>
            }
            if let Some(warning) = warning {
                <p id={warning_id} class="sw-field-warning" data-testid={format!("{}-warning", props.id)}>{ warning.clone() }</p>
            }
            if let Some(full) = full { { full } }
        </div>
    }
}

/// The idle rehearsal's hidden field (`hooks::use_tool`), in the one render that has one: a text
/// field like the tool's, so the event sent to it runs the same code a keystroke does.
pub fn rehearsal_field(field: Option<crate::hooks::RehearsalField>) -> Html {
    let Some(field) = field else {
        return Html::default();
    };
    html! {
        <div hidden=true ref={field.node}>
            <TextField id="sw-rehearsal" label="" value="" on_input={field.on_input} max_chars={1} />
        </div>
    }
}

/// Under a field that holds all it can: how much that is, and that the rest is not kept (its id
/// is `{id}-full`, for the field's `aria-describedby`).
pub fn full_note(lang: Lang, id: &str, value: &str, max_chars: usize) -> Option<Html> {
    crate::rules::kernel::bounds::is_full(value, max_chars).then(|| {
        let text = tr(lang, Key::FieldFull).replace("{n}", &max_chars.to_string());
        html! { <p id={format!("{id}-full")} class="sw-hint" data-testid={format!("{id}-full")}>{ text }</p> }
    })
}

/// A native checkbox with its label; `id` is its test id too. A plain function, not a component:
/// it holds no state (see `app/cited.rs`).
pub fn checkbox(
    id: impl Into<AttrValue>,
    label: impl Into<AttrValue>,
    checked: bool,
    on_change: &Callback<bool>,
) -> Html {
    let id = id.into();
    let onchange = on_change.reform(|event: Event| crate::browser::events::checked(&event));
    html! {
        <div class="sw-check">
            <input id={id.clone()} type="checkbox" {checked} data-testid={id.clone()} {onchange} />
            <label for={id}>{ label.into() }</label>
        </div>
    }
}

/// One option of a [`RadioGroup`].
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Unique within the group; the option's id (and test id) is `{name}-{value}`.
    pub value: AttrValue,
    pub label: AttrValue,
    /// A second line under the label, tied to the option with `aria-describedby`.
    pub detail: Option<AttrValue>,
}

impl Choice {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            detail: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<AttrValue>) -> Choice {
        self.detail = Some(detail.into());
        self
    }
}

/// How a radio group's options sit: side by side as pills, or one per line with a detail.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RadioLayout {
    #[default]
    Pills,
    Choices,
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// The group's `name`, and the start of each option's id: unique within the widget.
    pub name: AttrValue,
    pub legend: Html,
    pub choices: Vec<Choice>,
    /// The checked option's value, if any.
    pub selected: Option<AttrValue>,
    /// Told the position in `choices` of the option the visitor chose: build it with [`choose`],
    /// from the typed values the choices stand for, so no string is parsed back.
    pub on_change: Callback<usize>,
    #[prop_or_default]
    pub layout: RadioLayout,
    /// Under the options, tied to the group (`{name}-hint`).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Under the options, tied to the group (`{name}-error`).
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or(classes!("sw-legend"))]
    pub legend_class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// A fieldset of native radio buttons with a legend: the browser gives the keyboard behaviour (Tab
/// into the group, arrow keys between options, Space to choose) and screen readers the grouping.
#[function_component]
pub fn RadioGroup(props: &RadioGroupProps) -> Html {
    let hint_id = format!("{}-hint", props.name);
    let error_id = format!("{}-error", props.name);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let options = props.choices.iter().enumerate().map(|(position, choice)| {
        let id = format!("{}-{}", props.name, choice.value);
        let detail_id = format!("{id}-summary");
        let onchange = props.on_change.reform(move |_: Event| position);
        let checked = props.selected.as_ref() == Some(&choice.value);
        let input = html! {
            <input type="radio" name={props.name.clone()} id={id.clone()} {checked} data-testid={id.clone()}
                aria-describedby={choice.detail.as_ref().map(|_| detail_id.clone())} {onchange} />
        };
        match props.layout {
            RadioLayout::Pills => html! {
                <span class="sw-pill">{ input }<label for={id}>{ choice.label.clone() }</label></span>
            },
            RadioLayout::Choices => html! {
                <div class="sw-choice">
                    { input }
                    <label for={id}>
                        <span class="sw-choice__name">{ choice.label.clone() }</span>
                        if let Some(detail) = &choice.detail {
                            <span id={detail_id} class="sw-choice__detail">{ detail.clone() }</span>
                        }
                    </label>
                </div>
            },
        }
    });
    html! {
        <fieldset class={classes!("sw-fieldset", props.class.clone())} data-testid={props.testid.clone()}
            aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}>
            <legend class={props.legend_class.clone()}>{ props.legend.clone() }</legend>
            <div class={match props.layout { RadioLayout::Pills => "sw-pills", RadioLayout::Choices => "sw-choices" }}>{ for options }</div>
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="sw-hint">{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p id={error_id} class="sw-field-error" data-testid={format!("{}-error", props.name)}>{ error.clone() }</p>
            }
        </fieldset>
    }
}

/// Callbacks for a form's text fields, one per action, built once for each `on_action`: a field
/// given the same callback as at the last render (and the same value and messages) is not rendered
/// again, so a keystroke renders the field it changed.
#[hook]
pub fn use_text_actions<A: 'static, const N: usize>(
    on_action: &Callback<A>,
    actions: [fn(String) -> A; N],
) -> std::rc::Rc<[Callback<String>; N]> {
    use_memo(on_action.clone(), move |on_action| {
        actions.map(|action| on_action.reform(action))
    })
}

/// A [`RadioGroup`]'s `on_change` from the typed values its choices stand for, in the same order:
/// the chosen option's value goes to `on_choose` (a position past the list, which the group never
/// gives, is ignored).
pub fn choose<T: Clone + 'static>(values: Vec<T>, on_choose: Callback<T>) -> Callback<usize> {
    Callback::from(move |position: usize| {
        if let Some(value) = values.get(position) {
            on_choose.emit(value.clone());
        }
    })
}

/// S1–S4 as choices (value: the number, as deep links write it), in `Severity::ALL`'s order.
pub fn severity_choices() -> Vec<Choice> {
    crate::rules::kernel::severity::Severity::ALL
        .into_iter()
        .map(|severity| Choice::new(severity.number().to_string(), severity.label()))
        .collect()
}
