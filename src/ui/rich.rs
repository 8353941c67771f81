//! Text with its phone numbers and e-mail addresses as links that act: a tap dials or opens the
//! mail app, and the visible text stays exactly as the guide writes it.

use yew::prelude::*;

use crate::rules::kernel::contact::{segments, Segment};

/// `text` with every phone number a `tel:` link and every address a `mailto:` link.
pub fn rich(text: &str) -> Html {
    let pieces = segments(text);
    if let [Segment::Text(only)] = pieces.as_slice() {
        return html! { { (*only).to_owned() } };
    }
    html! {
        <>
            { for pieces.into_iter().map(|piece| match piece {
                Segment::Text(text) => html! { { text.to_owned() } },
                Segment::Phone { shown, href } => html! {
                    <a class="sw-tel" href={href}>{ shown.to_owned() }</a>
                },
                Segment::Email { shown, href } => html! {
                    <a class="sw-mail" href={href}>{ shown.to_owned() }</a>
                },
            }) }
        </>
    }
}
