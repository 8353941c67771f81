//! A company phone number for the Cisco account form, which the Smart Account tool and the SR
//! checklist both ask for.
//! Source: 002_bf66f745e37d1da0.txt — 1-3 (the company phone without its leading 0, lines 194–240).

use crate::rules::kernel::address::fold_full_width;

/// A company phone number written for the Cisco account form: Japan's country code is implied, so
/// the leading 0 of the domestic number is dropped ("03-6434-XXXX" → "3-6434-XXXX").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneAdvice {
    /// What to type into the form.
    pub for_form: String,
    /// The same number in international form, for reference.
    pub international: String,
    /// True when the visitor already typed it without the leading 0.
    pub already_without_zero: bool,
    /// The tool's own check, not the guide's rule: shown as advice, never blocking.
    pub warning: Option<PhoneWarning>,
}

/// What the tool finds unusual in a number; the guide only says to drop the leading 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneWarning {
    /// Another country's code: the guide's rule is written for Japanese numbers.
    NotJapanese,
    /// Japanese numbers usually have 9 or 10 digits after the leading 0.
    UnusualLength { digits: usize },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Something other than digits, hyphens, spaces, parentheses, a leading + or the guide's X mask.
    BadCharacter(char),
}

pub fn company_phone(raw: &str) -> Result<PhoneAdvice, PhoneError> {
    // Full-width characters as ASCII, then the other dashes a Japanese IME produces, and the guide's
    // `XXXX` mask in either case.
    let text: String = fold_full_width(raw.trim())
        .chars()
        .map(|c| match c {
            'ー' | '−' | '‐' | '–' | '—' | '―' => '-',
            'x' => 'X',
            _ => c,
        })
        .collect();
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    if let Some(bad) = text.chars().enumerate().find_map(|(i, c)| {
        let allowed =
            c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')' | 'X') || (c == '+' && i == 0);
        (!allowed).then_some(c)
    }) {
        return Err(PhoneError::BadCharacter(bad));
    }
    // The number part, with its separators normalised to single hyphens.
    let national = if let Some(rest) = text.strip_prefix('+') {
        let rest = rest.trim_start();
        let Some(after_code) = rest.strip_prefix("81") else {
            // Another country's number: nothing of the guide's rule applies, so it stays as typed.
            let as_typed = format!("+{}", tidy(rest));
            return Ok(PhoneAdvice {
                for_form: as_typed.clone(),
                international: as_typed,
                already_without_zero: true,
                warning: Some(PhoneWarning::NotJapanese),
            });
        };
        after_code
            .trim_start_matches([' ', '-', '(', ')'])
            .trim_start_matches('0')
            .to_owned()
    } else {
        text.trim_start_matches(['(', ' ', '-']).to_owned()
    };
    let already_without_zero = !text.starts_with('+') && !national.starts_with('0');
    let without_zero = national.strip_prefix('0').unwrap_or(&national);
    let for_form = tidy(without_zero);
    let digits = for_form
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'X')
        .count();
    Ok(PhoneAdvice {
        international: format!("+81 {for_form}"),
        for_form,
        already_without_zero,
        warning: (!(9..=10).contains(&digits)).then_some(PhoneWarning::UnusualLength { digits }),
    })
}

/// Separators as single hyphens: "(03) 6434 1234" → "3-6434-1234" style.
fn tidy(number: &str) -> String {
    let mut out = String::new();
    for c in number.chars() {
        if c.is_ascii_digit() || c == 'X' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_phone_drops_the_leading_zero() {
        let ok = |raw: &str, form: &str, already: bool| {
            let advice = company_phone(raw).unwrap_or_else(|e| panic!("{raw:?}: {e:?}"));
            assert_eq!(
                (advice.for_form.as_str(), advice.already_without_zero),
                (form, already),
                "{raw:?}"
            );
            assert_eq!(advice.international, format!("+81 {form}"));
        };
        ok("03-6434-XXXX", "3-6434-XXXX", false); // the guide's example
        ok("03-6434-1234", "3-6434-1234", false);
        ok("０３－６４３４－１２３４", "3-6434-1234", false);
        ok("03 6434 1234", "3-6434-1234", false);
        ok("(03) 6434-1234", "3-6434-1234", false);
        ok("090-1234-5678", "90-1234-5678", false);
        ok("0120-608-802", "120-608-802", false);
        ok("+81 3-6434-1234", "3-6434-1234", false);
        ok("+81-(0)3-6434-1234", "3-6434-1234", false);
        ok("+819270888888", "9270888888", false); // as the guide's screenshot shows it
        ok("3-6434-1234", "3-6434-1234", true);
        assert_eq!(company_phone(""), Err(PhoneError::Empty));
        assert_eq!(
            company_phone("03-6434-12a4"),
            Err(PhoneError::BadCharacter('a'))
        );
        // The tool's own checks only warn: the guide's rule (drop the 0) still gives the answer.
        let warning =
            |raw: &str| company_phone(raw).map(|advice| (advice.for_form, advice.warning));
        assert_eq!(
            warning("+1 415 555 0100"),
            Ok((
                "+1-415-555-0100".to_owned(),
                Some(PhoneWarning::NotJapanese)
            ))
        );
        assert_eq!(
            warning("03-6434-123"),
            Ok((
                "3-6434-123".to_owned(),
                Some(PhoneWarning::UnusualLength { digits: 8 })
            ))
        );
        assert_eq!(
            warning("090-1234-56789"),
            Ok((
                "90-1234-56789".to_owned(),
                Some(PhoneWarning::UnusualLength { digits: 11 })
            ))
        );
        assert_eq!(warning("03-6434-1234").map(|(_, w)| w), Ok(None));
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn no_input_panics(text in ".*") {
                let _ = company_phone(&text);
            }

            #[test]
            fn a_valid_number_keeps_its_form(area in "[1-9][0-9]{0,3}", rest in "[0-9]{4}") {
                let number = format!("0{area}-{}-{rest}", "5".repeat(5 - area.len()));
                let advice = company_phone(&number).unwrap();
                prop_assert!(!advice.for_form.starts_with('0'));
                prop_assert_eq!(company_phone(&advice.for_form).unwrap().for_form, advice.for_form);
            }
        }
    }
}
