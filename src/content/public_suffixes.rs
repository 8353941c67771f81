//! Public suffixes under which anyone can register a name: an account domain or e-mail domain that is
//! only one of these (`co.jp`) names no organisation. Any single label (`com`, `jp`) is one too, and
//! is handled as such by the rule itself.
//!
//! This is a curated subset of the Public Suffix List (publicsuffix.org), not the whole list: the
//! `psl` crate would add about 259 KB to the widget. It covers Japan's second-level and prefecture
//! domains and the commonest country second-level domains; a suffix missing here only means that
//! `example.<suffix>` is not flagged as "bare". Not from the guides: the guide only gives examples
//! (`cisco.com`, `jp.cisco.com`).

pub const PUBLIC_SUFFIXES: &[&str] = &[
    // Japan: organisational second-level domains (JPRS)
    "ac.jp", "ad.jp", "co.jp", "ed.jp", "go.jp", "gr.jp", "lg.jp", "ne.jp", "or.jp",
    // Japan: prefecture (geographic) domains
    "hokkaido.jp", "aomori.jp", "iwate.jp", "miyagi.jp", "akita.jp", "yamagata.jp", "fukushima.jp",
    "ibaraki.jp", "tochigi.jp", "gunma.jp", "saitama.jp", "chiba.jp", "tokyo.jp", "kanagawa.jp",
    "niigata.jp", "toyama.jp", "ishikawa.jp", "fukui.jp", "yamanashi.jp", "nagano.jp", "gifu.jp",
    "shizuoka.jp", "aichi.jp", "mie.jp", "shiga.jp", "kyoto.jp", "osaka.jp", "hyogo.jp", "nara.jp",
    "wakayama.jp", "tottori.jp", "shimane.jp", "okayama.jp", "hiroshima.jp", "yamaguchi.jp",
    "tokushima.jp", "kagawa.jp", "ehime.jp", "kochi.jp", "fukuoka.jp", "saga.jp", "nagasaki.jp",
    "kumamoto.jp", "oita.jp", "miyazaki.jp", "kagoshima.jp", "okinawa.jp",
    // Common country second-level domains
    "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au",
    "co.nz", "org.nz", "net.nz",
    "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
    "com.tw", "org.tw", "net.tw", "com.hk", "org.hk", "net.hk",
    "com.sg", "edu.sg", "org.sg", "co.kr", "or.kr", "ne.kr",
    "co.in", "net.in", "org.in", "com.br", "co.th", "com.my", "co.id", "com.ph", "com.vn",
];

/// Free-mail providers: the guide recommends a business address for the Cisco account
/// (000_aa25d047744acda8.txt line 103 "ビジネス用メールアドレスを推奨"; 002 line 285
/// "ビジネス用メールアドレス登録推奨"), and the e-mail domain becomes the Smart Account's domain.
/// A curated list of well-known providers; not from the guides.
pub const FREE_MAIL_DOMAINS: &[&str] = &[
    "gmail.com", "googlemail.com", "yahoo.co.jp", "yahoo.com", "ymail.com", "hotmail.com", "hotmail.co.jp",
    "outlook.com", "outlook.jp", "live.com", "live.jp", "msn.com", "icloud.com", "me.com", "mac.com",
    "aol.com", "gmx.com", "mail.com", "proton.me", "protonmail.com", "zoho.com", "yandex.com", "qq.com",
    "163.com", "naver.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
    "ybb.ne.jp", "nifty.com", "biglobe.ne.jp", "so-net.ne.jp", "ocn.ne.jp",
];
