//! The SR checklist's words, from 000_aa25d047744acda8.txt "サービスリクエスト(SR)オープン時に必要な
//! 情報" (lines 878–903), "製品別サービスリクエストのオープン時に必要な情報" (lines 912–1157),
//! "Global TAC の SR オープンに必要な情報" (lines 1393–1412), and 002_bf66f745e37d1da0.txt back cover
//! (lines 896–906). The text to send follows the guide's items in order ("SR 申請用テンプレート" is
//! referred to but not reproduced in the guide, so the layout is ours).

use super::{Guide, Source};
use crate::domain::checklist::storage::LoadNote;
use crate::domain::checklist::{Check, Desk, Entries, Item, Kind, Problem, Warning};
use crate::domain::lang::Lang;
use crate::i18n::Text;

pub const SOURCE: Source = Source { guide: Guide::TechnicalServices, section: "サービスリクエスト(SR)オープン時に必要な情報", lines: (878, 903) };

/// An item's label (as the desk asks for it) and, where useful, a hint.
pub fn label(id: &str, desk: Desk) -> Text {
    let t = |ja, en| Text { ja, en };
    if desk == Desk::Global {
        // Global TAC asks its questions in English, in these words (lines 1395–1410).
        let en = match id {
            "severity" => Some("SEVERITY"),
            "contact_en" => Some("CONTACT NAME"),
            "contact_phone_intl" => Some("CONTACT PHONE NUMBER (+81 …)"),
            "contact_email" => Some("CONTACT EMAIL ADDRESS"),
            "to" => Some("TO"),
            "cc" => Some("CC"),
            "account_email" => Some("CISCO ACCOUNT EMAIL ADDRESS"),
            "contract" => Some("CONTRACT #"),
            "serial" => Some("SERIAL #"),
            "product_id" => Some("PRODUCT TYPE (Model Number)"),
            "software_version" => Some("SOFTWARE VERSION"),
            "company_en" => Some("COMPANY NAME"),
            "site_en" => Some("EQUIPMENT LOCATION"),
            "description" => Some("BRIEF PROBLEM DESCRIPTION"),
            _ => None,
        };
        if let Some(en) = en {
            return Text { ja: en, en };
        }
    }
    match id {
        "severity" => t("シビラティ", "Severity"),
        "contract" => t("契約番号", "Contract number"),
        "company_ja" => t("会社名 (日本語)", "Company name (Japanese)"),
        "company_en" => t("会社名 (英語)", "Company name (English)"),
        "address_ja" => t("住所 (日本語)", "Address (Japanese)"),
        "address_en" => t("住所 (英語)", "Address (English)"),
        "contact_ja" => t("ご担当者名 (日本語)", "Contact name (Japanese)"),
        "contact_en" => t("ご担当者名 (英語)", "Contact name (English)"),
        "account_email" => t("シスコアカウントに登録の E メールアドレス", "E-mail address registered on the Cisco account"),
        "phone" => t("電話番号", "Phone number"),
        "site_ja" => t("製品設置先住所 (日本語)", "Installation address (Japanese)"),
        "site_en" => t("製品設置先住所 (英語)", "Installation address (English)"),
        "product_id" => t("製品型番", "Product ID"),
        "serial" => t("シリアル番号", "Serial number"),
        "subject" => t("件名", "Subject"),
        "description" => t("障害内容", "Problem description"),
        "licenses" => t("ご使用の機能や相互接続など、関連するすべてのライセンス情報", "All related licence information (features in use, interconnections …)"),
        "dna_subscription" => t("DNA サブスクリプションの保守契約情報", "DNA subscription contract information"),
        "edge_hw_contract" => t("vEdge/cEdge のハードウェア保守契約情報", "vEdge/cEdge hardware contract information"),
        "wlc_contract" => t("管理対象 WLC の契約番号、製品型番およびシリアル番号", "Contract number, product ID and serial number of the managed WLC"),
        "umbrella_sub" => t("サブスクリプション ID (SubXXXXXX)", "Subscription ID (SubXXXXXX)"),
        "webex_site" => t("Webex site URL (例: xxx.webex.com) もしくは Org ID", "Webex site URL (e.g. xxx.webex.com) or Org ID"),
        "sip_uri" => t("SIP URI", "SIP URI"),
        "second_contract" => t("もう一方の保守契約番号 (ハードウェアとソフトウェアを個別に購入した場合)", "The other contract number (when hardware and software were bought separately)"),
        "intersight_hw" => t("Fabric Interconnect、UCS サーバ、HX ノードに紐づく保守契約番号・製品型番・シリアル番号", "Contract number, product ID and serial number of the Fabric Interconnects, UCS servers and HX nodes"),
        "intersight_license" => t("ライセンスの保守契約番号と製品型番 (DC-MGT-SAAS-xxx、DC-MGT-ONPREM-xxx / DC-MGT-VAPP-xxx、DC-MGT-PVAPP-xxx)", "The licence's contract number and product ID (DC-MGT-SAAS-xxx, DC-MGT-ONPREM-xxx / DC-MGT-VAPP-xxx, DC-MGT-PVAPP-xxx)"),
        "aci_fabric_node" => t("moquery -c fabricNode の出力 (添付)", "The output of moquery -c fabricNode (attached)"),
        "cssm_account" => t("依頼者の住所登録済みのシスコアカウント", "A Cisco account with the requester's address registered"),
        "name" => t("氏名", "Name"),
        "company" => t("会社名", "Company name"),
        "end_user" => t("エンドユーザ名", "End user's name"),
        "smart_account_domain" => t("スマートアカウントのアカウントドメイン (作成済みの場合)", "Smart Account's Account Domain (if created)"),
        "virtual_account" => t("バーチャルアカウント名", "Virtual Account name"),
        "inquiry" => t("お問い合わせ内容", "What you are asking about"),
        _ => t("(不明な項目)", "(unknown item)"),
    }
}

pub const fn desk_name(desk: Desk) -> Text {
    match desk {
        Desk::Japan => Text { ja: "Japan TAC (日本語)", en: "Japan TAC (Japanese)" },
        Desk::Global => Text { ja: "Global TAC (英語)", en: "Global TAC (English)" },
        Desk::SmartAccount => Text { ja: "スマートアカウント・スマートライセンスの問い合わせ", en: "Smart Account / Smart Licensing inquiry" },
    }
}

/// Product rows, as the guide's tables name them.
pub fn product_name(slug: &str) -> Text {
    let t = |ja, en| Text { ja, en };
    match slug {
        "hardware" => t("ハードウェア製品 (製品共通)", "Hardware product (all products)"),
        "software" => t("ソフトウェア製品・仮想アプライアンス", "Software product or virtual appliance"),
        "sdwan-controller" => t("SD-WAN: 調査対象がコントローラーのみ", "SD-WAN: controllers only"),
        "sdwan-hardware" => t("SD-WAN: vEdge/cEdge ハードウェアを含む", "SD-WAN: including vEdge/cEdge hardware"),
        "sdwan-virtual" => t("SD-WAN: vEdge/cEdge 仮想アプライアンス", "SD-WAN: vEdge/cEdge virtual appliances"),
        "dna-spaces-connector" => t("DNA Spaces Connector", "DNA Spaces Connector"),
        "umbrella" => t("Cisco Umbrella", "Cisco Umbrella"),
        "webex" => t("Webex 製品 (Meetings、Events、Training、Calling など)", "Webex products (Meetings, Events, Training, Calling …)"),
        "webex-devices" => t("Webex に登録した Webex Devices (ビデオエンドポイント)", "Webex Devices registered to Webex (video endpoints)"),
        "sp-xr" => t("サービスプロバイダー: XR", "Service provider: XR"),
        "intersight-base" => t("Intersight: Base ライセンス", "Intersight: Base licence"),
        "intersight-other" => t("Intersight: Base 以外のライセンス", "Intersight: licences other than Base"),
        "aci-solution" => t("ACI: Solution Support", "ACI: Solution Support"),
        "aci-pss" => t("ACI: PSS 契約・機器単体の障害", "ACI: PSS contract or a single device failure"),
        "cssm-on-prem" => t("Cisco Smart Software Manager オンプレミス (旧サテライト)", "Cisco Smart Software Manager On-Prem (formerly Satellite)"),
        _ => t("(不明な製品)", "(unknown product)"),
    }
}

/// The guide's notes for every request, and per product row.
pub const COMMON_NOTES: &[Text] = &[
    Text { ja: "原則、サービスリクエストは 1 事象 1 件で対応します。障害のある製品 (被疑品) を一つ提示してください。その製品型番を基に担当エンジニアが決まります。", en: "As a rule, one SR covers one issue. Name one suspect product: its product ID decides the engineer assigned." },
    Text { ja: "Solution Support 契約の場合は、ソリューション内の被疑品またはソリューションを代表する製品のいずれかを提示してください。", en: "With Solution Support, name either the suspect product in the solution or the product that represents the solution." },
    Text { ja: "SR オープン後、担当者から改めて契約・ライセンスの確認がある場合があります。", en: "After the SR is opened, TAC may check the contract and licences again." },
    Text { ja: "ライセンスが Evaluation Mode、Out of Compliance の場合や、Smart License Using Policy で期限内に ACK を受信していない場合は、サポートは提供されません (正常な状態に戻すためのトラブルシューティングは対象)。", en: "No support is given while a licence is in Evaluation Mode or Out of Compliance, or when Smart License Using Policy has not received its ACK in time (troubleshooting to get back to a normal state is supported)." },
];

pub fn product_notes(slug: &str) -> &'static [Text] {
    match slug {
        "sdwan-controller" | "sdwan-hardware" | "sdwan-virtual" => &[Text {
            ja: "DNA サブスクリプションの契約情報には SD-WAN コントローラーの情報が含まれます。調査対象のコントローラーの契約が提供した契約情報と異なる場合はサポート対象外です。",
            en: "The DNA subscription's contract includes the SD-WAN controllers. If the controller under investigation is on a different contract from the one given, it is not supported.",
        }],
        "sp-xr" => &[Text { ja: "ハードウェア保守契約とソフトウェア保守契約を個別に購入している場合は、両方の契約情報が必要です。", en: "If the hardware and software contracts were bought separately, both are needed." }],
        "webex-devices" => &[Text { ja: "SIP URI の確認方法はガイドの参考 URL を参照してください。", en: "The guide links to how to find the SIP URI." }],
        "aci-solution" => &[Text { ja: "SR のオープンには APIC の保守契約番号、製品型番およびシリアル番号を使います。", en: "Open the SR with the APIC's contract number, product ID and serial number." }],
        "cssm-on-prem" => &[Text { ja: "無償ソフトウェアで、サポートも無償です。シスコアカウントを取得のうえ、これらの項目を記入して japan-tac@cisco.com へ連絡します。", en: "Free software with free support: with a Cisco account, send these items to japan-tac@cisco.com." }],
        _ => &[],
    }
}

pub fn problem(lang: Lang, problem: &Problem) -> &'static str {
    let text = match problem {
        Problem::Email => Text { ja: "メールアドレスの形ではありません (例: hanako@example.co.jp)。", en: "Not an e-mail address (for example hanako@example.co.jp)." },
        Problem::Phone => Text { ja: "日本の電話番号として読めません (例: 03-6434-1234、+81 3-6434-1234)。", en: "Not a Japanese phone number (for example 03-6434-1234 or +81 3-6434-1234)." },
        Problem::ContractDigits => Text { ja: "契約番号は数字です。", en: "A contract number is digits only." },
        Problem::Umbrella => Text { ja: "サブスクリプション ID は Sub と数字です (例: Sub123456)。", en: "A subscription ID is Sub followed by digits (for example Sub123456)." },
        Problem::Webex => Text { ja: "xxx.webex.com の形のサイト URL か、Org ID (UUID) を入力してください。", en: "Enter a site URL like xxx.webex.com or the Org ID (a UUID)." },
    };
    text.get(lang)
}

pub fn warning(lang: Lang, warning: &Warning) -> String {
    match (lang, warning) {
        (Lang::Ja, Warning::UnusualSerial) => "一般的なシリアル番号 (例: FOC1234X0AB の 11 文字) と形が異なります。機器のラベルで確認してください。".to_owned(),
        (Lang::En, Warning::UnusualSerial) => "This is not the usual shape of a serial number (11 characters such as FOC1234X0AB): check the device's label.".to_owned(),
        (Lang::Ja, Warning::ZeroAfterCountryCode { corrected }) => format!("+81 の後の先頭の 0 は省きます: {corrected}"),
        (Lang::En, Warning::ZeroAfterCountryCode { corrected }) => format!("After +81, drop the leading 0: {corrected}"),
        (Lang::Ja, Warning::UseInternationalForm { international }) => format!("Global TAC には +81 で始まる国際電話番号で伝えます: {international}"),
        (Lang::En, Warning::UseInternationalForm { international }) => format!("Global TAC asks for the international form starting with +81: {international}"),
    }
}

pub fn load_note(lang: Lang, note: LoadNote) -> String {
    match (lang, note) {
        (Lang::Ja, LoadNote::OlderVersion { .. }) => "以前のバージョンで保存された内容を読み込みました。読み取れた項目だけを残しています。内容を確認してください。".to_owned(),
        (Lang::En, LoadNote::OlderVersion { .. }) => "Loaded what an older version of this tool saved, keeping what could be read. Please check the values.".to_owned(),
        (Lang::Ja, LoadNote::NewerVersion { .. }) => "新しいバージョンで保存された内容です。読み取れた項目だけを残しています。".to_owned(),
        (Lang::En, LoadNote::NewerVersion { .. }) => "This was saved by a newer version of the tool; what could be read was kept.".to_owned(),
        (Lang::Ja, LoadNote::Damaged { skipped }) => format!("保存された内容の一部 ({skipped} 行) が壊れていたため読み飛ばしました。残りは読み込みました。"),
        (Lang::En, LoadNote::Damaged { skipped }) => format!("Part of the saved checklist ({skipped} lines) was damaged and skipped; the rest was loaded."),
        (Lang::Ja, LoadNote::Unreadable) => "保存された内容を読み取れなかったため、空のチェックリストから始めます。".to_owned(),
        (Lang::En, LoadNote::Unreadable) => "The saved checklist could not be read, so this is a fresh one.".to_owned(),
    }
}

/// The request's subject line.
pub fn subject(desk: Desk, lang: Lang, entries: &Entries, severity: Option<&str>) -> String {
    let subject = entries.value("subject").trim();
    let severity = severity.unwrap_or("S?");
    match (desk, lang) {
        (Desk::SmartAccount, Lang::Ja) => "スマートアカウント・スマートライセンスに関するお問い合わせ".to_owned(),
        (Desk::SmartAccount, Lang::En) => "Smart Account / Smart Licensing inquiry".to_owned(),
        (_, Lang::Ja) => format!("[SR 申請] {severity} {}", if subject.is_empty() { "(件名未入力)" } else { subject }),
        (_, Lang::En) => format!("[SR request] {severity} {}", if subject.is_empty() { "(no subject yet)" } else { subject }),
    }
}

/// The text to send: every item in order, each value as checked, and a marked line for each missing
/// required item. Japanese for Japan TAC and Smart Account inquiries, English for Global TAC.
pub fn body(desk: Desk, items: &[(Item, Check)]) -> String {
    let lang = if desk == Desk::Global { Lang::En } else { Lang::Ja };
    let missing = match lang {
        Lang::Ja => "(未入力)",
        Lang::En => "(NOT YET PROVIDED)",
    };
    let mut lines = vec![match desk {
        Desk::Japan => "シスコ TAC ご担当者様\n\n以下の内容でサービスリクエストのオープンをお願いいたします。\n".to_owned(),
        Desk::SmartAccount => "シスコ TAC ご担当者様\n\n以下の内容でお問い合わせいたします。\n".to_owned(),
        Desk::Global => "Hello Cisco TAC,\n\nPlease open a service request with the following details.\n".to_owned(),
    }];
    for (item, check) in items {
        let name = label(item.id, desk).get(lang);
        let value = match (check.value(), item.kind) {
            (Some(_), Kind::Check) => match lang {
                Lang::Ja => "準備済み".to_owned(),
                Lang::En => "ready".to_owned(),
            },
            (Some(value), _) => value.to_owned(),
            (None, _) if item.required => missing.to_owned(),
            (None, _) => continue,
        };
        let separator = if lang == Lang::Ja { "■ " } else { "" };
        if value.contains('\n') || item.kind == Kind::LongText {
            lines.push(format!("{separator}{name}:\n{value}"));
        } else {
            lines.push(format!("{separator}{name}: {value}"));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::account_domain::IdnaUts46;
    use crate::domain::checklist::{check_item, items_for, product_by_slug, PRODUCTS};

    fn filled(desk: Desk, slug: &str, values: &[(&str, &str)], ticked: &[&str]) -> Vec<(Item, Check)> {
        let mut entries = Entries::default();
        for (id, value) in values {
            entries.set_value(id, (*value).to_owned());
        }
        for id in ticked {
            entries.set_ticked(id, true);
        }
        items_for(desk, product_by_slug(slug).unwrap())
            .into_iter()
            .map(|item| (item, check_item(&item, &entries, desk == Desk::Global, &IdnaUts46)))
            .collect()
    }

    #[test]
    fn the_japanese_text_for_a_sample_request() {
        let items = filled(Desk::Japan, "umbrella", &[
            ("severity", "3"), ("contract", "１２３４５６７８"), ("company_ja", "クランブルー株式会社"), ("company_en", "Clan Blue K.K."),
            ("contact_ja", "豆柴 花子"), ("account_email", "hanako@clan.blue"), ("phone", "03-6434-1234"),
            ("product_id", "UMBRELLA-SUB"), ("umbrella_sub", "sub123456"), ("subject", "DNS ポリシーが適用されない"),
            ("description", "昨日から一部の端末で\nポリシーが適用されません。"),
        ], &[]);
        assert_eq!(body(Desk::Japan, &items), "シスコ TAC ご担当者様\n\n以下の内容でサービスリクエストのオープンをお願いいたします。\n\n\
■ シビラティ: S3\n\
■ 契約番号: 12345678\n\
■ 会社名 (日本語): クランブルー株式会社\n\
■ 会社名 (英語): Clan Blue K.K.\n\
■ 住所 (日本語): (未入力)\n\
■ 住所 (英語): (未入力)\n\
■ ご担当者名 (日本語): 豆柴 花子\n\
■ ご担当者名 (英語): (未入力)\n\
■ シスコアカウントに登録の E メールアドレス: hanako@clan.blue\n\
■ 電話番号: 03-6434-1234\n\
■ 製品設置先住所 (日本語): (未入力)\n\
■ 製品設置先住所 (英語): (未入力)\n\
■ 製品型番: UMBRELLA-SUB\n\
■ サブスクリプション ID (SubXXXXXX): Sub123456\n\
■ 件名: DNS ポリシーが適用されない\n\
■ 障害内容:\n昨日から一部の端末で\nポリシーが適用されません。");
        let mut entries = Entries::default();
        entries.set_value("subject", "DNS ポリシーが適用されない".into());
        assert_eq!(subject(Desk::Japan, Lang::Ja, &entries, Some("S3")), "[SR 申請] S3 DNS ポリシーが適用されない");
    }

    #[test]
    fn the_english_text_for_global_tac() {
        let items = filled(Desk::Global, "hardware", &[
            ("severity", "S2"), ("contact_en", "Hanako Mameshiba"), ("contact_phone_intl", "03-6434-1234"),
            ("contact_email", "hanako@clan.blue"), ("account_email", "hanako@clan.blue"), ("contract", "12345678"),
            ("serial", "foc1234x0ab"), ("product_id", "C9300-48P"), ("company_en", "Clan Blue K.K."),
            ("description", "Stack member 2 reloads every few hours."),
        ], &[]);
        assert_eq!(body(Desk::Global, &items), "Hello Cisco TAC,\n\nPlease open a service request with the following details.\n\n\
SEVERITY: S2\n\
CONTACT NAME: Hanako Mameshiba\n\
CONTACT PHONE NUMBER (+81 …): 03-6434-1234\n\
CONTACT EMAIL ADDRESS: hanako@clan.blue\n\
CISCO ACCOUNT EMAIL ADDRESS: hanako@clan.blue\n\
CONTRACT #: 12345678\n\
SERIAL #: FOC1234X0AB\n\
PRODUCT TYPE (Model Number): C9300-48P\n\
COMPANY NAME: Clan Blue K.K.\n\
EQUIPMENT LOCATION: (NOT YET PROVIDED)\n\
BRIEF PROBLEM DESCRIPTION:\nStack member 2 reloads every few hours.");
        assert_eq!(subject(Desk::Global, Lang::En, &Entries::default(), Some("S2")), "[SR request] S2 (no subject yet)");
    }

    #[test]
    fn every_item_and_product_has_words_in_both_languages() {
        for product in PRODUCTS {
            let name = product_name(product.slug);
            assert!(!name.ja.starts_with('(') && !name.en.is_empty(), "{}", product.slug);
            for desk in Desk::ALL {
                for item in items_for(desk, product) {
                    let text = label(item.id, desk);
                    assert!(!text.ja.starts_with('(') && !text.en.starts_with('('), "{} has no label", item.id);
                }
            }
        }
        for note in COMMON_NOTES {
            assert!(!note.ja.is_empty() && !note.en.is_empty());
        }
    }
}
