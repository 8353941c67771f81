use yew::prelude::*;

/// Copying a text to the clipboard: the callback for the button, and the outcome to announce
/// (`None` until the visitor copies, and again whenever the text changes).
#[hook]
pub fn use_copy(text: String) -> (Callback<MouseEvent>, Option<bool>) {
    // Set to `None` after every render with a new text, the first included: a render only when the
    // outcome shown changes.
    let outcome = use_state_eq(|| None);
    {
        let outcome = outcome.clone();
        use_effect_with(text.clone(), move |_| outcome.set(None));
    }
    let copy = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            crate::browser::clipboard::write_text(&text, move |copied| outcome.set(Some(copied)));
        })
    };
    (copy, *outcome)
}
