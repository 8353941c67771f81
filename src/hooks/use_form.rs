use std::rc::Rc;

use yew::prelude::*;

use crate::rules::contract::form::Form;

/// Yew state for a tool's form: each dispatched action goes through `Form::apply`.
#[derive(Clone, PartialEq)]
pub struct FormState<T>(pub T);

impl<T: Form> Reducible for FormState<T> {
    type Action = T::Action;

    fn reduce(self: Rc<Self>, action: T::Action) -> Rc<Self> {
        let mut form = self.0.clone();
        form.apply(action);
        Rc::new(FormState(form))
    }
}

/// The form, starting from `initial` (called once), and a callback that applies an action: built
/// once, so it compares equal from render to render and the fields it is given do not re-render.
#[hook]
pub fn use_form<T: Form, F: FnOnce() -> T>(initial: F) -> (T, Callback<T::Action>) {
    let state = use_reducer(move || FormState(initial()));
    let dispatcher = state.dispatcher();
    let dispatch = use_memo((), move |_| {
        Callback::from(move |action: T::Action| dispatcher.dispatch(action))
    });
    (state.0.clone(), (*dispatch).clone())
}
