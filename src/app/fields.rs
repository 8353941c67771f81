//! Form controls shared by the tools: every control has a visible label, its hint and its error are
//! tied to it with `aria-describedby`, and an error sets `aria-invalid`.

use yew::prelude::*;

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
}

/// A labelled text input whose value is exactly what the visitor typed.
#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let warning_id = format!("{}-warning", props.id);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
        props.warning.as_ref().map(|_| warning_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = props
        .on_input
        .reform(|event: InputEvent| crate::browser::events::value(&event));
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
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
                data-testid={props.id.clone()}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="sw-hint">{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p id={error_id} class="sw-field-error" data-testid={format!("{}-error", props.id)}>{ error.clone() }</p>
            }
            if let Some(warning) = &props.warning {
                <p id={warning_id} class="sw-field-warning" data-testid={format!("{}-warning", props.id)}>{ warning.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

#[function_component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let onchange = props
        .on_change
        .reform(|event: Event| crate::browser::events::checked(&event));
    html! {
        <div class="sw-check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} data-testid={props.id.clone()} {onchange} />
            <label for={props.id.clone()}>{ props.label.clone() }</label>
        </div>
    }
}
