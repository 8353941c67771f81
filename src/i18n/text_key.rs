//! The key a text is found under in the other language's table: a hash of the module's own string.
//! A module built with one language (`only_ja`, `only_en`) carries its own strings only; when the
//! visitor switches, each string is looked up under this key in the table the page downloads
//! (`i18n::texts`). `build.rs` writes those tables with this same function (it includes this file),
//! and stops the build if two strings of one language share a key, or if one string stands for two
//! different texts of the other language (the table could not tell them apart).

/// FNV-1a, 32 bits, over the string's bytes.
pub const fn text_key(text: &str) -> u32 {
    const OFFSET: u32 = 0x811c_9dc5;
    const PRIME: u32 = 0x0100_0193;
    let bytes = text.as_bytes();
    let mut hash = OFFSET;
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u32;
        hash = hash.wrapping_mul(PRIME);
        at += 1;
    }
    hash
}
