//! The Smart Account domain validator: the verdict for an e-mail address and a wanted Account Domain,
//! and a second panel of readiness checks (password rule, company phone, English text).

mod browser_uts46;
mod judge_view;
mod readiness_view;

use std::rc::Rc;

use yew::prelude::*;

pub use browser_uts46::BrowserUts46;
use crate::domain::domain_form::{evaluate, to_params, Action, DomainForm};
use judge_view::JudgeView;
use readiness_view::ReadinessView;

#[derive(Clone, PartialEq, Default)]
struct FormState(DomainForm);

impl Reducible for FormState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut form = self.0.clone();
        form.apply(action);
        Rc::new(FormState(form))
    }
}

#[derive(Properties, PartialEq)]
pub struct DomainToolProps {
    pub initial: DomainForm,
    /// Told the deep-link parameters (domains only) whenever they change.
    #[prop_or_default]
    pub on_change: Option<Callback<Vec<(String, String)>>>,
}

#[function_component]
pub fn DomainTool(props: &DomainToolProps) -> Html {
    let form = use_reducer(|| FormState(props.initial.clone()));
    let evaluation = evaluate(&form.0, &BrowserUts46);
    {
        let on_change = props.on_change.clone();
        let params = to_params(&form.0, &evaluation);
        use_effect_with(params, move |params| {
            if let Some(on_change) = on_change {
                on_change.emit(params.clone());
            }
        });
    }
    let dispatch = {
        let form = form.clone();
        Callback::from(move |action: Action| form.dispatch(action))
    };
    html! {
        <div class="sw-domain" data-testid="domain-tool">
            <JudgeView form={form.0.clone()} evaluation={evaluation} on_action={dispatch} />
            <ReadinessView />
        </div>
    }
}
