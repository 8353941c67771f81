//! The SR checklist's state: the desk, the product row, what the visitor ticked and typed, and the
//! deep link, which carries the desk, the product and the severity only
//! (`#/checklist?desk=global&product=umbrella&sev=2`): never a value the visitor typed. What they type
//! is kept in this browser (`checklist::storage`), never in the URL.

use serde::Serialize;

use crate::rules::checklist::storage::{load, LoadNote, Saved};
use crate::rules::checklist::{
    bounded_value, item_states, items_for, plan, product_by_slug, progress, Entries, Item,
    ItemState, Kind, Plan, Product, RequestKind, Route, PRODUCTS,
};
use crate::rules::contract::form::Form;
use crate::rules::contract::tool_state::{param, typed_over, Env, Params, ToolState};
use crate::rules::kernel::desk::Desk;
use crate::rules::kernel::severity::Severity;

#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistForm {
    pub desk: Desk,
    /// A product row's slug (`checklist::PRODUCTS`).
    pub product: &'static str,
    pub entries: Entries,
    /// Told once after loading an older, newer or damaged save.
    pub load_note: Option<LoadNote>,
}

pub enum Action {
    Desk(Desk),
    Product(String),
    Value(&'static str, String),
    Tick(&'static str, bool),
    ClearAll,
    /// What this browser saved (the storage text), brought back late: the iframe page restores it
    /// only once the visitor acts in the frame. The desk and product chosen here stay; saved values
    /// fill only what is still empty here.
    Restore(Option<String>),
    /// What another checklist on this page, or in another tab, typed or cleared since, merged with
    /// what was typed here (`storage::sync`): the entries to show now.
    Merge(Entries),
}

impl Form for ChecklistForm {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Desk(desk) => self.desk = desk,
            Action::Product(slug) => {
                if let Some(product) = product_by_slug(&slug) {
                    self.product = product.slug;
                }
            }
            Action::Value(id, value) => self.entries.set_value(id, bounded_value(id, value)),
            Action::Tick(id, on) => self.entries.set_ticked(id, on),
            Action::ClearAll => {
                self.entries = Entries::default();
                self.load_note = None;
            }
            Action::Restore(stored) => {
                let Some(stored) = stored else {
                    return;
                };
                let (stamped, note) = load(&stored);
                let saved = stamped.saved();
                for (id, value) in saved.entries.values {
                    if self.entries.value(&id).is_empty() {
                        self.entries.set_value(&id, value);
                    }
                }
                for id in saved.entries.ticked {
                    self.entries.set_ticked(&id, true);
                }
                self.load_note = note;
            }
            Action::Merge(entries) => self.entries = entries,
        }
    }
}

const DESK: &str = "desk";
const PRODUCT: &str = "product";
const SEVERITY: &str = "sev";
/// The item that holds the severity.
const SEVERITY_ITEM: &str = "severity";

impl ChecklistForm {
    /// The state from a deep link and what this browser saved (`stored`, the storage text): the link's
    /// desk and product win over the saved ones, and a severity handed over from the severity tool
    /// wins over a saved one.
    pub fn start(params: &[(String, String)], stored: Option<&str>) -> ChecklistForm {
        let (saved, load_note) = stored
            .map(load)
            .map_or((Saved::default(), None), |(stamped, note)| {
                (stamped.saved(), note)
            });
        let desk = param(params, DESK)
            .and_then(Desk::parse)
            .or(saved.desk)
            .unwrap_or(Desk::Japan);
        let product = param(params, PRODUCT)
            .or(saved.product.as_deref())
            .and_then(product_by_slug)
            .map_or(PRODUCTS[0].slug, |p| p.slug);
        let mut entries = saved.entries;
        if let Some(severity) = param(params, SEVERITY).and_then(Severity::parse) {
            entries.set_value(SEVERITY_ITEM, severity.number().to_string());
        }
        ChecklistForm {
            desk,
            product,
            entries,
            load_note,
        }
    }

    pub fn product(&self) -> &'static Product {
        product_by_slug(self.product).unwrap_or(&PRODUCTS[0])
    }

    pub fn severity(&self) -> Option<Severity> {
        Severity::parse(self.entries.value(SEVERITY_ITEM))
    }

    /// What this browser keeps.
    pub fn saved(&self) -> Saved {
        Saved {
            desk: Some(self.desk),
            product: Some(self.product.to_owned()),
            entries: self.entries.clone(),
        }
    }
}

/// The tool's result for host pages: where the request goes and how ready it is, by item id; never
/// a value the visitor typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistResult {
    pub desk: &'static str,
    pub product: &'static str,
    /// `japan-tac`, `webex`, `small-business`, `global-tac`, `cssm-on-prem` or `smart-account`.
    pub route: &'static str,
    /// `service-request` or `inquiry` (no severity).
    pub request: &'static str,
    pub severity: Option<&'static str>,
    pub phone_required: bool,
    /// The address that takes the text by e-mail, when the guide gives one and the phone is not required.
    pub email: Option<&'static str>,
    pub ready: usize,
    pub total: usize,
    /// The ids of the required items not ready yet, in the guide's order.
    pub missing: Vec<&'static str>,
}

/// What the checklist works out, once per render: where the text goes and each item checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistEvaluation {
    pub plan: Plan,
    pub items: Vec<ItemState>,
}

impl ChecklistEvaluation {
    /// (ready, total) over the required items.
    pub fn progress(&self) -> (usize, usize) {
        progress(&self.items)
    }

    /// The required items not ready yet, in the checklist's order.
    pub fn missing(&self) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(|state| state.item.required && !state.ready)
            .map(|state| &state.item)
    }
}

impl ToolState for ChecklistForm {
    type Evaluation = ChecklistEvaluation;
    type Result = ChecklistResult;

    fn from_params(params: &[(String, String)], _env: &Env) -> Self {
        ChecklistForm::start(params, None)
    }

    fn to_params(&self, _env: &Env) -> Params {
        let severity = self.entries.value(SEVERITY_ITEM).to_owned();
        [
            (DESK, self.desk.key().to_owned()),
            (PRODUCT, self.product.to_owned()),
            (SEVERITY, severity),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| (key.to_owned(), value))
        .collect()
    }

    fn evaluate(&self, env: &Env) -> ChecklistEvaluation {
        let product = self.product();
        let plan = plan(self.desk, product, self.severity());
        let items = item_states(
            items_for(self.desk, product),
            &self.entries,
            plan.international(),
            env.uts46,
        );
        ChecklistEvaluation { plan, items }
    }

    fn result(&self, evaluation: &ChecklistEvaluation) -> ChecklistResult {
        let product = self.product();
        let plan = evaluation.plan;
        let missing: Vec<&'static str> = evaluation.missing().map(|item| item.id).collect();
        let (ready, total) = evaluation.progress();
        ChecklistResult {
            desk: self.desk.key(),
            product: product.slug,
            route: match plan.route {
                Route::JapanTac => "japan-tac",
                Route::Webex => "webex",
                Route::WebexCalling => "webex-calling",
                Route::WebexContactCenter => "webex-contact-center",
                Route::SmallBusiness => "small-business",
                Route::GlobalTac => "global-tac",
                Route::Licensing => "licensing",
                Route::CssmOnPrem => "cssm-on-prem",
                Route::SmartAccount => "smart-account",
            },
            request: match plan.kind {
                RequestKind::ServiceRequest => "service-request",
                RequestKind::Inquiry => "inquiry",
            },
            severity: (plan.kind == RequestKind::ServiceRequest)
                .then(|| self.severity().map(Severity::label))
                .flatten(),
            phone_required: plan.phone_required,
            email: plan.mail(),
            ready,
            total,
            missing,
        }
    }

    fn unchanged(&self) -> Action {
        Action::Desk(self.desk)
    }

    /// Typed into the first item with a one-line field (every product's list has one: the contract
    /// number or the account), where a visitor types first and what the rehearsal must compile (the
    /// severity's radio buttons come earlier, but a click there redraws less); any item that takes a
    /// value, or a tick on the first item, otherwise.
    fn rehearsal(&self) -> Action {
        let items = items_for(self.desk, self.product());
        let one_line =
            |item: &&Item| !matches!(item.kind, Kind::Check | Kind::Severity | Kind::LongText);
        let typed = items.iter().find(one_line);
        match typed.or_else(|| items.iter().find(|item| item.kind != Kind::Check)) {
            Some(item) => Action::Value(item.id, typed_over(self.entries.value(item.id))),
            None => {
                let id = items.first().map_or("contract", |item| item.id);
                Action::Tick(id, !self.entries.is_ticked(id))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The idle rehearsal types where a visitor types first: the contract number in Japan TAC's
    /// list (after the severity's radio buttons), the contact's name in Global TAC's, the account
    /// e-mail for Smart Account; over what is there, so the form changes.
    #[test]
    fn the_rehearsal_types_into_the_first_one_line_field() {
        let typed = |form: &ChecklistForm| match form.rehearsal() {
            Action::Value(id, value) => Some((id, value)),
            _ => None,
        };
        let japan = ChecklistForm::start(&[], None);
        assert_eq!(typed(&japan), Some(("contract", "1".into())));
        let mut global = ChecklistForm::start(&params(&[("desk", "global")]), None);
        assert_eq!(typed(&global), Some(("contact_en", "1".into())));
        global.apply(Action::Value("contact_en", "1".into()));
        assert_eq!(typed(&global), Some(("contact_en", "2".into())));
        let account = ChecklistForm::start(&params(&[("desk", "smart-account")]), None);
        assert_eq!(typed(&account), Some(("account_email", "1".into())));
    }

    /// Saved state brought back late (the iframe page, after the visitor's first action) fills only
    /// what is still empty; the desk and product chosen here stay.
    #[test]
    fn a_late_restore_fills_what_is_empty_and_keeps_the_choices() {
        let mut saved = ChecklistForm::start(&[], None);
        saved.apply(Action::Value("contract", "4242".into()));
        saved.apply(Action::Value("company_ja", "クランブルー".into()));
        saved.apply(Action::Tick("licenses", true));
        let stored = crate::rules::checklist::storage::save(
            &crate::rules::checklist::storage::Stamped::new(&saved.saved(), 0),
        );
        let mut here = ChecklistForm::start(&params(&[("desk", "global")]), None);
        here.apply(Action::Value("contract", "1".into()));
        here.apply(Action::Restore(Some(stored)));
        assert_eq!(here.desk, Desk::Global);
        assert_eq!(
            here.entries.value("contract"),
            "1",
            "what was typed here wins"
        );
        assert_eq!(here.entries.value("company_ja"), "クランブルー");
        assert!(here.entries.is_ticked("licenses"));
        let before = here.clone();
        here.apply(Action::Restore(None));
        assert_eq!(here, before, "nothing saved: nothing changes");
    }

    /// A 10 MB paste keeps a description's first 10,000 characters; a one-line field never keeps
    /// a line break, typed or saved (it would split the subject of the mail or a line of the text).
    #[test]
    fn values_are_kept_within_their_bounds_typed_or_saved() {
        let mut form = ChecklistForm::start(&[], None);
        form.apply(Action::Value(
            "description",
            "show tech line\n".repeat(700_000),
        ));
        assert_eq!(form.entries.value("description").chars().count(), 10_000);
        assert!(
            form.entries.value("description").contains('\n'),
            "a description keeps its lines"
        );
        form.apply(Action::Value(
            "subject",
            "Router down\r\nBcc: someone@example.com".into(),
        ));
        assert_eq!(
            form.entries.value("subject"),
            "Router down  Bcc: someone@example.com"
        );
        form.apply(Action::Value("contract", "1234".repeat(100)));
        assert_eq!(form.entries.value("contract").chars().count(), 40);
        let saved = crate::rules::checklist::storage::save(
            &crate::rules::checklist::storage::Stamped::new(&form.saved(), 0),
        );
        let tampered = saved.replace("Router down  Bcc", "Router down\\nBcc");
        assert_ne!(tampered, saved, "the saved subject was given a line break");
        let again = ChecklistForm::start(&[], Some(&tampered));
        assert!(
            !again.entries.value("subject").contains('\n'),
            "{:?}",
            again.entries.value("subject")
        );
    }
    use crate::rules::checklist::storage::{save, Stamped};
    use crate::rules::contract::tool_state::testing;
    use crate::rules::params;

    #[test]
    fn the_link_wins_over_the_save_and_carries_no_values() {
        let mut saved = ChecklistForm::start(&[], None);
        saved.apply(Action::Desk(Desk::Global));
        saved.apply(Action::Value("severity", "3".into()));
        saved.apply(Action::Value("contract", "12345678".into()));
        let stored = save(&Stamped::new(&saved.saved(), 0));
        let state = ChecklistForm::start(
            &params(&[("product", "umbrella"), ("sev", "1")]),
            Some(&stored),
        );
        assert_eq!(
            (state.desk, state.product, state.severity()),
            (Desk::Global, "umbrella", Some(Severity::S1))
        );
        assert_eq!(state.entries.value("contract"), "12345678");
        let env = testing::env(None);
        assert_eq!(
            state.to_params(&env),
            params(&[("desk", "global"), ("product", "umbrella"), ("sev", "1")])
        );
        testing::round_trips(
            &ChecklistForm::start(
                &params(&[("desk", "smart-account"), ("product", "webex")]),
                None,
            ),
            &env,
        );
    }

    #[test]
    fn the_result_for_host_pages() {
        let env = testing::env(None);
        let mut state = ChecklistForm::start(
            &params(&[("desk", "japan"), ("product", "hardware"), ("sev", "1")]),
            None,
        );
        state.apply(Action::Value("contract", "12345678".into()));
        state.apply(Action::Value("company_ja", "クランブルー株式会社".into()));
        state.apply(Action::Value("account_email", "hanako@clan.blue".into()));
        let result = testing::json(&state, &env);
        assert!(
            !result.to_string().contains("hanako") && !result.to_string().contains("12345678"),
            "{result}"
        );
        assert_eq!(result["route"], "japan-tac");
        assert_eq!(result["request"], "service-request");
        assert_eq!(result["severity"], "S1");
        assert_eq!(result["phoneRequired"], true);
        assert_eq!(result["email"], serde_json::Value::Null, "S1 goes by phone");
        assert_eq!(
            (result["ready"].as_u64(), result["total"].as_u64()),
            (Some(5), Some(16))
        );
        assert_eq!(result["missing"][0], "address_ja");
        let cssm = ChecklistForm::start(
            &params(&[
                ("desk", "global"),
                ("product", "cssm-on-prem"),
                ("sev", "2"),
            ]),
            None,
        );
        let result = testing::json(&cssm, &env);
        assert_eq!(
            (
                result["route"].as_str(),
                result["request"].as_str(),
                result["email"].as_str()
            ),
            (
                Some("cssm-on-prem"),
                Some("inquiry"),
                Some("japan-tac@cisco.com")
            )
        );
        assert_eq!(
            result["severity"],
            serde_json::Value::Null,
            "an inquiry has no severity"
        );
    }
}
