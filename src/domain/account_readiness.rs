//! Checks a visitor can run before creating a Smart Account.
//! Source: 002_bf66f745e37d1da0.txt — 1-2 (password rule, line 146), 1-3 (company information in
//! English and the company phone without its leading 0, lines 194–240).

use super::account_domain::fold_full_width;

/// What a password needs: "英大文字を 1 文字以上、英小文字を 1 文字以上、数字を 1 文字以上、および記号を
/// 1 文字以上含む、半角英数字 12 ~ 60 文字".
pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharClass {
    Upper,
    Lower,
    Digit,
    Symbol,
}

/// The result of checking a password: only counts and missing classes, never the password itself,
/// so nothing shown or kept can reveal it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordReport {
    pub length: usize,
    pub missing: Vec<CharClass>,
    /// Characters that are not half-width (ASCII) printable characters, such as full-width letters.
    pub not_half_width: bool,
}

impl PasswordReport {
    pub fn length_ok(&self) -> bool {
        (PASSWORD_MIN..=PASSWORD_MAX).contains(&self.length)
    }

    pub fn ok(&self) -> bool {
        self.length_ok() && self.missing.is_empty() && !self.not_half_width
    }
}

pub fn check_password(password: &str) -> PasswordReport {
    let has = |test: fn(&char) -> bool| password.chars().any(|c| test(&c));
    let mut missing = Vec::new();
    if !has(char::is_ascii_uppercase) {
        missing.push(CharClass::Upper);
    }
    if !has(char::is_ascii_lowercase) {
        missing.push(CharClass::Lower);
    }
    if !has(char::is_ascii_digit) {
        missing.push(CharClass::Digit);
    }
    if !has(char::is_ascii_punctuation) {
        missing.push(CharClass::Symbol);
    }
    PasswordReport {
        length: password.chars().count(),
        missing,
        not_half_width: password
            .chars()
            .any(|c| !(c.is_ascii_graphic() || c == ' ')),
    }
}

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

/// Characters that are not ASCII, in the order they appear, once each: the company name and address
/// must be registered in English.
pub fn non_ascii_characters(text: &str) -> Vec<char> {
    // A set beside the list keeps a long pasted text with many different characters linear.
    let mut seen = std::collections::BTreeSet::new();
    text.chars()
        .filter(|c| !c.is_ascii() && seen.insert(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_rule() {
        let cases: &[(&str, usize, &[CharClass], bool, bool)] = &[
            ("Abcdefgh123!", 12, &[], false, true),
            ("Abcdefg123!", 11, &[], false, false),
            (
                "abcdefgh1234",
                12,
                &[CharClass::Upper, CharClass::Symbol],
                false,
                false,
            ),
            ("ABCDEFGH1234!", 13, &[CharClass::Lower], false, false),
            ("Abcdefghijk!", 12, &[CharClass::Digit], false, false),
            (
                "",
                0,
                &[
                    CharClass::Upper,
                    CharClass::Lower,
                    CharClass::Digit,
                    CharClass::Symbol,
                ],
                false,
                false,
            ),
            ("Ａbcdefgh123!", 12, &[CharClass::Upper], true, false), // a full-width Ａ is not a half-width capital
            ("Abcdefgh123!日本", 14, &[], true, false),
        ];
        for (password, length, missing, not_half_width, ok) in cases {
            let report = check_password(password);
            assert_eq!(report.length, *length, "{password:?}");
            assert_eq!(report.missing.as_slice(), *missing, "{password:?}");
            assert_eq!(report.ok(), *ok, "{password:?}");
            if *not_half_width {
                assert!(report.not_half_width, "{password:?}");
            }
        }
        let sixty = format!("Aa1!{}", "x".repeat(56));
        assert!(check_password(&sixty).ok());
        assert!(!check_password(&format!("{sixty}y")).ok());
        assert!(check_password("Ａbcdefgh123!").not_half_width);
    }

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

    #[test]
    fn finds_characters_that_are_not_english() {
        assert_eq!(non_ascii_characters("Clan Blue"), Vec::<char>::new());
        assert_eq!(
            non_ascii_characters("クラン ブルー株式会社"),
            vec!['ク', 'ラ', 'ン', 'ブ', 'ル', 'ー', '株', '式', '会', '社']
        );
        assert_eq!(
            non_ascii_characters("9-7-1 ＡＫＡＳＡＫＡ"),
            vec!['Ａ', 'Ｋ', 'Ｓ']
        );
    }

    // proptest is a native dev-dependency: property tests run natively only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn no_input_panics(text in ".*") {
                let _ = check_password(&text);
                let _ = company_phone(&text);
                let _ = non_ascii_characters(&text);
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
