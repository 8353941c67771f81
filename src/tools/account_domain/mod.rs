//! The Smart Account domain validator: the verdict for an e-mail address and a wanted Account Domain,
//! and a second panel of readiness checks (password rule, company phone, English text).

mod judge_view;
mod readiness_view;

use yew::prelude::*;

use crate::browser::BrowserUts46;
use crate::hooks::{use_tool, ToolProps};
use crate::rules::account_domain::form::{evaluate, AccountDomainForm};
use judge_view::JudgeView;
use readiness_view::ReadinessView;

#[function_component]
pub fn DomainTool(props: &ToolProps) -> Html {
    let (form, dispatch) = use_tool::<AccountDomainForm>(props);
    let evaluation = evaluate(&form, &BrowserUts46);
    html! {
        <div class="sw-domain" data-testid="domain-tool">
            <JudgeView {form} {evaluation} on_action={dispatch} />
            <ReadinessView />
        </div>
    }
}
