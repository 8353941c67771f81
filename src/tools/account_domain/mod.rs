//! The Smart Account domain validator: the verdict for an e-mail address and a wanted Account Domain,
//! and a second panel of readiness checks (password rule, company phone, English text).

mod judge_view;
mod readiness_view;

use yew::prelude::*;

use crate::hooks::{use_tool, ToolProps, ToolRun};
use crate::rules::account_domain::form::AccountDomainForm;
use judge_view::{judge_view, use_judge_actions, JudgeViewProps};
use readiness_view::{readiness_view, use_readiness};

/// The tool, as the shell finds it.
pub const SPEC: crate::ui::tool_spec::ToolSpec = crate::ui::tool_spec::ToolSpec {
    tool: crate::rules::contract::tool::Tool::AccountDomain,
    info: &crate::content::account_domain::INFO,
    links: crate::content::account_domain::LINKS,
    render: |props, key| html! { <AccountDomainTool {key} ..props /> },
};

#[function_component]
pub fn AccountDomainTool(props: &ToolProps) -> Html {
    let ToolRun {
        form,
        evaluation,
        dispatch,
        rehearsal_field,
        ..
    } = use_tool::<AccountDomainForm>(props);
    let lang = crate::ui::use_lang();
    let partner = crate::ui::partner::use_partner();
    let text_actions = use_judge_actions(&dispatch);
    let readiness = use_readiness();
    let judge = judge_view(
        lang,
        JudgeViewProps {
            form: &form,
            evaluation: &evaluation,
            on_action: &dispatch,
            text_actions: &text_actions,
            partner: &partner,
        },
    );
    html! {
        <div class="sw-domain" data-testid="domain-tool">
            { judge }
            { readiness_view(lang, &readiness) }
            { crate::ui::fields::rehearsal_field(rehearsal_field) }
        </div>
    }
}
