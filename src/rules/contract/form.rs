//! A tool's form as a value that changes only through its actions: the pure half of the tools'
//! state, which `hooks::use_form` turns into yew state.

pub trait Form: Clone + PartialEq + 'static {
    type Action;

    fn apply(&mut self, action: Self::Action);
}
