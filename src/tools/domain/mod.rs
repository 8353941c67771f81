//! The Smart Account domain validator: the verdict for an e-mail address and a wanted Account Domain,
//! and a second panel of readiness checks (password rule, company phone, English text).

mod judge_view;
mod readiness_view;

use yew::prelude::*;

use crate::browser::BrowserUts46;
use crate::domain::domain_form::{evaluate, to_params, DomainForm};
use crate::hooks::use_form;
use judge_view::JudgeView;
use readiness_view::ReadinessView;

#[derive(Properties, PartialEq)]
pub struct DomainToolProps {
    pub initial: DomainForm,
    /// Told the deep-link parameters (domains only) whenever they change.
    #[prop_or_default]
    pub on_change: Option<Callback<Vec<(String, String)>>>,
}

#[function_component]
pub fn DomainTool(props: &DomainToolProps) -> Html {
    let (form, dispatch) = use_form(|| props.initial.clone());
    let evaluation = evaluate(&form, &BrowserUts46);
    {
        let on_change = props.on_change.clone();
        let params = to_params(&form, &evaluation);
        use_effect_with(params, move |params| {
            if let Some(on_change) = on_change {
                on_change.emit(params.clone());
            }
        });
    }
    html! {
        <div class="sw-domain" data-testid="domain-tool">
            <JudgeView {form} {evaluation} on_action={dispatch} />
            <ReadinessView />
        </div>
    }
}
