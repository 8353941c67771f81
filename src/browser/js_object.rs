//! Reading the plain objects host pages pass (`mount()`'s options, `prefill()`'s values) by hand,
//! field by field. (Measured: serde's deserialiser with `serde_wasm_bindgen` cost each wasm
//! module about 10 KB, most of it the float formatting of its error messages.)

use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};

/// A JavaScript object to read fields from; `undefined` and `null` read as an empty one. It knows
/// its path from the top (`config.helpDesk.`), to name a wrong field as the page wrote it.
pub struct JsObject {
    object: Option<Object>,
    path: String,
}

/// A field of the wrong type, said as the page should read it: "config.helpDesk.name must be text".
pub struct WrongType(pub String);

impl JsObject {
    /// `None` when `value` is neither an object nor `undefined`/`null` (a string, a number, an array).
    pub fn new(value: &JsValue) -> Option<JsObject> {
        Self::at(value, String::new())
    }

    fn at(value: &JsValue, path: String) -> Option<JsObject> {
        if value.is_undefined() || value.is_null() {
            return Some(JsObject { object: None, path });
        }
        if js_sys::Array::is_array(value) {
            return None;
        }
        let object = value.dyn_ref::<Object>()?.clone();
        Some(JsObject {
            object: Some(object),
            path,
        })
    }

    /// The object's own field `key`: never one it inherits, so a host page whose
    /// `Object.prototype` was polluted (`Object.prototype.config = …`) cannot set an option.
    fn get(&self, key: &str) -> JsValue {
        let Some(object) = &self.object else {
            return JsValue::UNDEFINED;
        };
        Object::entries(object)
            .iter()
            .map(|entry| entry.unchecked_into::<js_sys::Array>())
            .find(|pair| pair.get(0).as_string().as_deref() == Some(key))
            .map_or(JsValue::UNDEFINED, |pair| pair.get(1))
    }

    /// Any own field as it is (`undefined` when absent), for a value that is not text: a function.
    pub fn value(&self, key: &str) -> JsValue {
        self.get(key)
    }

    fn wrong(&self, key: &str, expected: &str) -> WrongType {
        WrongType(format!("{}{key} must be {expected}", self.path))
    }

    /// A text field: absent (`undefined`, `null`) is `None`; anything but a string is refused.
    pub fn text(&self, key: &str) -> Result<Option<String>, WrongType> {
        let value = self.get(key);
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        value
            .as_string()
            .map(Some)
            .ok_or_else(|| self.wrong(key, "text"))
    }

    /// A true/false field, as widget.js passes `unreadable`: only `true` counts.
    pub fn flag(&self, key: &str) -> bool {
        self.get(key).as_bool().unwrap_or(false)
    }

    /// A nested object; one that is not an object is refused.
    pub fn object(&self, key: &str) -> Result<JsObject, WrongType> {
        Self::at(&self.get(key), format!("{}{key}.", self.path))
            .ok_or_else(|| self.wrong(key, "an object"))
    }

    /// Every field, all of them text (`{ sev: "2", product: "umbrella" }`), in the object's order.
    pub fn text_fields(&self) -> Result<Vec<(String, String)>, WrongType> {
        let Some(object) = &self.object else {
            return Ok(Vec::new());
        };
        Object::entries(object)
            .iter()
            .map(|entry| {
                let pair: js_sys::Array = entry.unchecked_into();
                let key = pair.get(0).as_string().unwrap_or_default();
                match pair.get(1).as_string() {
                    Some(value) => Ok((key, value)),
                    None => Err(self.wrong(&key, "text")),
                }
            })
            .collect()
    }
}
