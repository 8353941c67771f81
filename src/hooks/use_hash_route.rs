use std::rc::Rc;

use yew::prelude::*;

use crate::rules::contract::route::Route;

/// The route in `location.hash`, and how many times the visitor has changed it.
#[derive(Clone, Debug, PartialEq)]
pub struct HashRoute {
    pub route: Route,
    /// Counts `hashchange` events. A tool keyed by it starts afresh from the URL when the visitor
    /// follows a link or pastes one; the page's own `replaceState` writes fire no event and keep it.
    pub generation: u32,
}

impl Reducible for HashRoute {
    /// The hash changed to this route.
    type Action = Route;

    fn reduce(self: Rc<Self>, route: Route) -> Rc<Self> {
        Rc::new(HashRoute {
            route,
            generation: self.generation.wrapping_add(1),
        })
    }
}

/// The route in `location.hash`, re-read on every `hashchange`: clicking a link, typing a URL and
/// back/forward all go through that one event, so the page never keeps a second copy of the route.
#[hook]
pub fn use_hash_route() -> HashRoute {
    let state = use_reducer(|| HashRoute {
        route: current_route(),
        generation: 0,
    });
    {
        // A reducer, not a state setter: the listener outlives the render it was made in, and must
        // count from the latest generation, not the one it captured.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = crate::browser::history::on_hash_change(move || {
                dispatcher.dispatch(current_route())
            });
            move || drop(listener)
        });
    }
    (*state).clone()
}

fn current_route() -> Route {
    Route::parse(&crate::browser::history::hash())
}
