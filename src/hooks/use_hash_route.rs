use gloo::events::EventListener;
use yew::prelude::*;

use crate::domain::route::Route;

/// The route in `location.hash`, re-read on every `hashchange`: clicking a link, typing a URL and
/// back/forward all go through that one event, so the page never keeps a second copy of the route.
#[hook]
pub fn use_hash_route() -> Route {
    let route = use_state_eq(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "hashchange", move |_| route.set(current_route())));
            move || drop(listener)
        });
    }
    (*route).clone()
}

fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}
