//! Checks a visitor can run before creating a Smart Account (the company phone is `kernel::phone`).
//! Source: 002_bf66f745e37d1da0.txt — 1-2 (password rule, line 146), 1-3 (company information in
//! English, lines 194–240).

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
                let _ = non_ascii_characters(&text);
            }

        }
    }
}
