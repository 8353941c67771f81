//! Where a request goes and how: which desk's channels, whether it is a service request or a free
//! inquiry, the language of the text, and whether the phone comes first.
//!
//! Source: 000_aa25d047744acda8.txt — CSSM On-Prem, "その他 例外製品" (lines 1116–1157: a free inquiry
//! by e-mail to japan-tac@cisco.com, whatever desk); Japan TAC (lines 1208–1235: phone required for
//! S1); Small Business (lines 1242–1248); Webex Meetings/Webinars, App, Control Hub (lines 1318–1338:
//! SCM, phone and chat, no e-mail); Global TAC (lines 1347–1389: SCM or phone, phone required for S1
//! and S2); 002_bf66f745e37d1da0.txt back cover (lines 896–919: Smart Account inquiries).
//! The words and numbers for each route are content (`content::checklist::channels`).

use super::{Desk, Product};
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;

/// The desk and channels a request actually goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// SCM, e-mail japan-tac@cisco.com, phone 0120-608-802.
    JapanTac,
    /// Webex Meetings/Webinars, Webex App, Control Hub: SCM, phone, Webex Chat Assistant; no e-mail.
    Webex,
    /// Webex Calling (MPP IP phones included): its own route, which the guide only links to.
    WebexCalling,
    /// Webex Contact Center: its own route, which the guide only links to.
    WebexContactCenter,
    /// Small Business products: their own Japanese desk (Cisco business days 09:00–18:00).
    SmallBusiness,
    /// SCM or phone, in English; no e-mail address in the guide.
    GlobalTac,
    /// A licence re-host asked for in English: directly to Licensing@cisco.com by e-mail (the
    /// other way the guide gives is an SR to Japan TAC, in Japanese; lines 2430–2432).
    Licensing,
    /// Cisco Smart Software Manager On-Prem: a free inquiry by e-mail to japan-tac@cisco.com.
    CssmOnPrem,
    /// Smart Account and Smart Licensing inquiries: e-mail or phone, weekdays 09:00–17:00.
    SmartAccount,
}

/// A service request (severity, "[SR 申請]" subject) or an inquiry (neither).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestKind {
    ServiceRequest,
    Inquiry,
}

/// How this checklist's text is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Plan {
    pub route: Route,
    pub kind: RequestKind,
    /// The language of the text to send (the desk's language).
    pub text_lang: Lang,
    /// The address that takes this request by e-mail, if the guide gives one.
    pub email: Option<&'static str>,
    /// The guide makes the phone mandatory here: the number goes first and the text is what to have
    /// ready for the call, not a mail.
    pub phone_required: bool,
}

impl Plan {
    /// Whether a `mailto:` link fits: there is an address, and the phone is not required.
    pub fn mail(&self) -> Option<&'static str> {
        self.email.filter(|_| !self.phone_required)
    }

    /// Whether phone numbers should be written in the +81 form (Global TAC asks for it).
    pub fn international(&self) -> bool {
        self.route.english_form()
    }
}

pub const JAPAN_TAC_EMAIL: &str = "japan-tac@cisco.com";
pub const SMALL_BUSINESS_EMAIL: &str = "sbsc-japan-enduser@cisco.com";
pub const LICENSING_EMAIL: &str = "Licensing@cisco.com";

impl Route {
    /// Whether the request is written in English with Global TAC's fields and words.
    pub const fn english_form(self) -> bool {
        matches!(self, Route::GlobalTac | Route::Licensing)
    }
}

/// The route for a desk, product row and severity.
pub fn plan(desk: Desk, product: &Product, severity: Option<Severity>) -> Plan {
    let (route, kind) = match (desk, product.slug) {
        (Desk::SmartAccount, _) => (Route::SmartAccount, RequestKind::Inquiry),
        // "japan-tac@cisco.com へご連絡ください" with no desk named: the same whichever desk was picked.
        (_, "cssm-on-prem") => (Route::CssmOnPrem, RequestKind::Inquiry),
        (Desk::Japan, "webex") => (Route::Webex, RequestKind::ServiceRequest),
        // "一部の Webex 製品はお問い合わせ先ならびにお問合せ方法が異なります" (line 1320), in Japan
        // TAC's chapter: not the Meetings desk. With Global TAC the link is shown beside its channels.
        (Desk::Japan, "webex-calling") => (Route::WebexCalling, RequestKind::ServiceRequest),
        (Desk::Japan, "webex-contact-center") => {
            (Route::WebexContactCenter, RequestKind::ServiceRequest)
        }
        (Desk::Japan, "small-business") => (Route::SmallBusiness, RequestKind::ServiceRequest),
        (Desk::Japan, _) => (Route::JapanTac, RequestKind::ServiceRequest),
        // "Japan TAC へサービスリクエストをオープンします。直接 Licensing@cisco.com へ英語で申請する
        // ことも可能です": Global TAC is not one of the two ways.
        (Desk::Global, "license-rehost") => (Route::Licensing, RequestKind::ServiceRequest),
        (Desk::Global, _) => (Route::GlobalTac, RequestKind::ServiceRequest),
    };
    let text_lang = if route.english_form() {
        Lang::En
    } else {
        Lang::Ja
    };
    let email = match route {
        Route::JapanTac | Route::CssmOnPrem | Route::SmartAccount => Some(JAPAN_TAC_EMAIL),
        Route::SmallBusiness => Some(SMALL_BUSINESS_EMAIL),
        Route::Licensing => Some(LICENSING_EMAIL),
        Route::Webex | Route::WebexCalling | Route::WebexContactCenter | Route::GlobalTac => None,
    };
    let phone_required = match (route, severity) {
        // Japan TAC's table (line 1231); the Webex desk is part of Japan TAC, so its S1 is read the
        // same way (the tool says so).
        (Route::JapanTac | Route::Webex, Some(Severity::S1)) => true,
        // Line 1377 (a footnote on line 1385 also allows SCM: both are shown).
        (Route::GlobalTac, Some(Severity::S1 | Severity::S2)) => true,
        _ => false,
    };
    Plan {
        route,
        kind,
        text_lang,
        email,
        phone_required,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::checklist::product_by_slug;
    use Severity::*;

    fn plan_for(desk: Desk, slug: &str, severity: Option<Severity>) -> Plan {
        plan(
            desk,
            product_by_slug(slug).expect("a product row"),
            severity,
        )
    }

    #[test]
    fn cssm_on_prem_is_a_japanese_inquiry_to_japan_tac_whatever_the_desk() {
        for desk in [Desk::Japan, Desk::Global] {
            for severity in [None, Some(S1), Some(S2), Some(S3)] {
                let plan = plan_for(desk, "cssm-on-prem", severity);
                assert_eq!(plan.route, Route::CssmOnPrem, "{desk:?}");
                assert_eq!(plan.kind, RequestKind::Inquiry);
                assert_eq!(plan.text_lang, Lang::Ja);
                assert_eq!(plan.mail(), Some("japan-tac@cisco.com"));
                assert!(!plan.phone_required && !plan.international());
            }
        }
    }

    /// A licence re-host: an SR to Japan TAC, or in English directly to Licensing@cisco.com; never
    /// Global TAC's channels (lines 2430–2432).
    #[test]
    fn a_licence_rehost_goes_to_japan_tac_or_licensing() {
        let japan = plan_for(Desk::Japan, "license-rehost", Some(S3));
        assert_eq!(
            (japan.route, japan.mail(), japan.text_lang),
            (Route::JapanTac, Some(JAPAN_TAC_EMAIL), Lang::Ja)
        );
        for severity in [None, Some(S1), Some(S2), Some(S3)] {
            let global = plan_for(Desk::Global, "license-rehost", severity);
            assert_eq!(global.route, Route::Licensing);
            assert_eq!(global.mail(), Some("Licensing@cisco.com"));
            assert_eq!(global.text_lang, Lang::En);
            assert!(!global.phone_required);
        }
    }

    /// Webex Calling and Contact Center have their own routes (lines 1332–1338): never the
    /// Meetings/Webinars/App/Control Hub desk, nor Global TAC's channels.
    #[test]
    fn webex_calling_and_contact_center_go_their_own_way() {
        for (slug, route) in [
            ("webex-calling", Route::WebexCalling),
            ("webex-contact-center", Route::WebexContactCenter),
        ] {
            let plan = plan_for(Desk::Japan, slug, Some(S2));
            assert_eq!(plan.route, route, "{slug}");
            assert_eq!(plan.mail(), None);
            assert!(!plan.phone_required);
            assert_eq!(
                plan_for(Desk::Global, slug, Some(S2)).route,
                Route::GlobalTac
            );
        }
    }

    #[test]
    fn webex_with_japan_tac_has_no_email() {
        for severity in [None, Some(S2), Some(S3), Some(S4)] {
            let plan = plan_for(Desk::Japan, "webex", severity);
            assert_eq!(plan.route, Route::Webex);
            assert_eq!(plan.email, None);
            assert_eq!(plan.mail(), None);
        }
        // Webex Devices and every other row keep Japan TAC's usual channels.
        assert_eq!(
            plan_for(Desk::Japan, "webex-devices", Some(S3)).route,
            Route::JapanTac
        );
        assert_eq!(
            plan_for(Desk::Global, "webex", Some(S3)).route,
            Route::GlobalTac
        );
    }

    #[test]
    fn the_phone_is_required_for_japan_s1_and_global_s1_s2() {
        let cases = [
            (Desk::Japan, "hardware", Some(S1), true, None),
            (
                Desk::Japan,
                "hardware",
                Some(S2),
                false,
                Some("japan-tac@cisco.com"),
            ),
            (
                Desk::Japan,
                "hardware",
                None,
                false,
                Some("japan-tac@cisco.com"),
            ),
            (Desk::Japan, "webex", Some(S1), true, None),
            (Desk::Global, "hardware", Some(S1), true, None),
            (Desk::Global, "hardware", Some(S2), true, None),
            (Desk::Global, "hardware", Some(S3), false, None),
            (Desk::Global, "umbrella", Some(S4), false, None),
            (
                Desk::Japan,
                "small-business",
                Some(S1),
                false,
                Some("sbsc-japan-enduser@cisco.com"),
            ),
        ];
        for (desk, slug, severity, required, mail) in cases {
            let plan = plan_for(desk, slug, severity);
            assert_eq!(
                plan.phone_required, required,
                "{desk:?} {slug} {severity:?}"
            );
            assert_eq!(plan.mail(), mail, "{desk:?} {slug} {severity:?}");
        }
    }

    #[test]
    fn smart_account_inquiries_and_languages() {
        let plan = plan_for(Desk::SmartAccount, "hardware", Some(S1));
        assert_eq!(
            (plan.route, plan.kind, plan.text_lang),
            (Route::SmartAccount, RequestKind::Inquiry, Lang::Ja)
        );
        assert!(!plan.phone_required);
        assert_eq!(plan_for(Desk::Global, "hardware", None).text_lang, Lang::En);
        assert!(plan_for(Desk::Global, "hardware", None).international());
        assert_eq!(
            plan_for(Desk::Japan, "hardware", None).kind,
            RequestKind::ServiceRequest
        );
    }

    /// The addresses used are the guide's.
    #[test]
    fn addresses_are_in_the_guide() {
        let guide = crate::content::guide_text(crate::content::Guide::TechnicalServices);
        for address in [JAPAN_TAC_EMAIL, SMALL_BUSINESS_EMAIL] {
            assert!(guide.contains(address), "{address}");
        }
    }
}
