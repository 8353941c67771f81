//! The SR field checklist: pick the desk and the product row, tick and fill what you have ready, and
//! take away the text to send. What the visitor types stays in this browser (localStorage, one key).

mod items_view;
mod output_view;

use yew::prelude::*;

use crate::domain::checklist::storage::{load, save, LoadNote, Saved, KEY};
use crate::domain::checklist::{items_for, plan, product_by_slug, Entries, PRODUCTS};
use crate::domain::desk::Desk;
use crate::domain::form::Form;
use crate::domain::severity::Severity;
use crate::hooks::use_form;
use items_view::ItemsView;
use output_view::OutputView;

/// What the tool remembers.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub desk: Desk,
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
}

impl Form for State {
    type Action = Action;

    fn apply(&mut self, action: Action) {
        match action {
            Action::Desk(desk) => self.desk = desk,
            Action::Product(slug) => {
                if let Some(product) = product_by_slug(&slug) {
                    self.product = product.slug;
                }
            }
            Action::Value(id, value) => self.entries.set_value(id, value),
            Action::Tick(id, on) => self.entries.set_ticked(id, on),
            Action::ClearAll => {
                self.entries = Entries::default();
                self.load_note = None;
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChecklistToolProps {
    /// From the URL (standalone page): desk, product and severity only, never personal values.
    #[prop_or_default]
    pub params: Vec<(String, String)>,
    #[prop_or_default]
    pub on_change: Option<Callback<Vec<(String, String)>>>,
}

fn initial_state(params: &[(String, String)]) -> State {
    let stored = crate::browser::storage::read(KEY);
    let (saved, load_note) = stored
        .as_deref()
        .map(load)
        .unwrap_or((Saved::default(), None));
    let param = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let desk = param("desk")
        .and_then(Desk::parse)
        .or(saved.desk)
        .unwrap_or(Desk::Japan);
    let product = param("product")
        .or(saved.product.as_deref())
        .and_then(product_by_slug)
        .map_or(PRODUCTS[0].slug, |p| p.slug);
    let mut entries = saved.entries;
    // A severity handed over from the severity tool wins over a stored one.
    if let Some(severity) = param("sev").and_then(crate::domain::severity::Severity::parse) {
        entries.set_value("severity", severity.number().to_string());
    }
    State {
        desk,
        product,
        entries,
        load_note,
    }
}

#[function_component]
pub fn ChecklistTool(props: &ChecklistToolProps) -> Html {
    let (state, dispatch) = use_form(|| initial_state(&props.params));
    {
        // Save every change; a browser that refuses storage (private mode, quota) just does not save.
        let saved = Saved {
            desk: Some(state.desk),
            product: Some(state.product.to_owned()),
            entries: state.entries.clone(),
        };
        use_effect_with(saved, |saved| {
            crate::browser::storage::write(KEY, &save(saved));
        });
    }
    {
        let on_change = props.on_change.clone();
        let severity = state.entries.value("severity").to_owned();
        let params = [
            ("desk", state.desk.key().to_owned()),
            ("product", state.product.to_owned()),
            ("sev", severity),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_owned(), v))
        .collect::<Vec<_>>();
        use_effect_with(params, move |params| {
            if let Some(on_change) = on_change {
                on_change.emit(params.clone());
            }
        });
    }
    let product = product_by_slug(state.product).unwrap_or(&PRODUCTS[0]);
    let items = items_for(state.desk, product);
    // Where the text goes and how (CSSM On-Prem and Smart Account are inquiries; S1 goes by phone).
    let plan = plan(
        state.desk,
        product,
        Severity::parse(state.entries.value("severity")),
    );
    html! {
        <div class="sw-checklist" data-testid="checklist-tool">
            <ItemsView state={state.clone()} items={items.clone()} {plan} on_action={dispatch.clone()} />
            <OutputView {plan} product={state.product} items={items} entries={state.entries.clone()} />
        </div>
    }
}
