//! Reading the plain objects host pages pass (`mount()`'s options, `prefill()`'s values) by hand,
//! field by field. (Measured, issue 12: serde's deserialiser with `serde_wasm_bindgen` cost each wasm
//! module about 20 KB, most of it the float formatting of its error messages.)

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A JavaScript object to read fields from; `undefined` and `null` read as an empty one.
pub struct JsObject(Option<Object>);

/// What was wrong, named as the page wrote it: the field's path (`config.helpDesk.name`).
pub struct NotText(pub String);

impl JsObject {
    /// `None` when `value` is neither an object nor `undefined`/`null` (a string, a number, an array).
    pub fn new(value: &JsValue) -> Option<JsObject> {
        if value.is_undefined() || value.is_null() {
            return Some(JsObject(None));
        }
        if !value.is_object() || js_sys::Array::is_array(value) {
            return None;
        }
        value
            .dyn_ref::<Object>()
            .map(|object| JsObject(Some(object.clone())))
    }

    fn get(&self, key: &str) -> JsValue {
        self.0
            .as_ref()
            .and_then(|object| Reflect::get(object, &JsValue::from_str(key)).ok())
            .unwrap_or(JsValue::UNDEFINED)
    }

    /// A text field: absent (`undefined`, `null`) is `None`; anything but a string is refused.
    pub fn text(&self, key: &str) -> Result<Option<String>, NotText> {
        let value = self.get(key);
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        value
            .as_string()
            .map(Some)
            .ok_or_else(|| NotText(key.to_owned()))
    }

    /// A true/false field, as widget.js passes `unreadable`: only `true` counts.
    pub fn flag(&self, key: &str) -> bool {
        self.get(key).as_bool().unwrap_or(false)
    }

    /// A nested object; one that is not an object is refused.
    pub fn object(&self, key: &str) -> Result<JsObject, NotText> {
        JsObject::new(&self.get(key)).ok_or_else(|| NotText(key.to_owned()))
    }

    /// Every field, all of them text (`{ sev: "2", product: "umbrella" }`), in the object's order.
    pub fn text_fields(&self) -> Result<Vec<(String, String)>, NotText> {
        let Some(object) = &self.0 else {
            return Ok(Vec::new());
        };
        Object::entries(object)
            .iter()
            .map(|entry| {
                let pair: js_sys::Array = entry.unchecked_into();
                let key = pair.get(0).as_string().unwrap_or_default();
                match pair.get(1).as_string() {
                    Some(value) => Ok((key, value)),
                    None => Err(NotText(key)),
                }
            })
            .collect()
    }
}
