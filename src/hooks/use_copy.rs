use yew::prelude::*;

/// Copying a text to the clipboard: the callback for the button, and the outcome to announce
/// (`None` until the visitor copies, and again whenever `subject` changes).
///
/// The subject is what the text says (what the visitor chose, and the language), not the text
/// itself: a text may carry the time it was drawn (the severity card's "right now"), and a render a
/// minute later, the one that shows the copy's own outcome included, would otherwise take back the
/// "Copied." it was drawing.
#[hook]
pub fn use_copy<S: PartialEq + 'static>(
    text: String,
    subject: S,
) -> (Callback<MouseEvent>, Option<bool>) {
    // Set to `None` after every render with a new subject, the first included: a render only when
    // the outcome shown changes.
    let outcome = use_state_eq(|| None);
    {
        let outcome = outcome.clone();
        use_effect_with(subject, move |_| outcome.set(None));
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
