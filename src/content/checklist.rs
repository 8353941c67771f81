//! The SR checklist's words, from 000_aa25d047744acda8.txt "サービスリクエスト(SR)オープン時に必要な
//! 情報" (lines 878–903), "製品別サービスリクエストのオープン時に必要な情報" (lines 912–1157),
//! "Global TAC の SR オープンに必要な情報" (lines 1393–1412), and 002_bf66f745e37d1da0.txt back cover
//! (lines 896–906). The text to send follows the guide's items in order. The guide links an official
//! "SR 申請用テンプレート" (line 964) without reproducing it, so the layout is ours, and the UI says so
//! and links the template.

use super::{services, smart_account, Cited, GuideLink, Reading, Source};
use crate::content::links;
use crate::content::tools::ToolInfo;
use crate::i18n::{text, Text};
use crate::rules::checklist::storage::LoadNote;
use crate::rules::checklist::{
    Check, Entries, Group, Item, Kind, Plan, Problem, RequestKind, Route, Warning,
};
use crate::rules::kernel::lang::Lang;

/// An item's label, as the route asks for it (Global TAC in its own English words).
pub fn label(id: &str, route: Route) -> Text {
    if route.english_form() {
        // Global TAC asks its questions in English, in these words (lines 1395–1410).
        let en = match id {
            "severity" => Some(text!("SEVERITY", "SEVERITY")),
            "contact_en" => Some(text!("CONTACT NAME", "CONTACT NAME")),
            "contact_phone_intl" => Some(text!(
                "CONTACT PHONE NUMBER (+81 …)",
                "CONTACT PHONE NUMBER (+81 …)"
            )),
            "contact_email" => Some(text!("CONTACT EMAIL ADDRESS", "CONTACT EMAIL ADDRESS")),
            "to" => Some(text!("TO", "TO")),
            "cc" => Some(text!("CC", "CC")),
            "account_email" => Some(text!(
                "CISCO ACCOUNT EMAIL ADDRESS",
                "CISCO ACCOUNT EMAIL ADDRESS"
            )),
            "contract" => Some(text!("CONTRACT #", "CONTRACT #")),
            "serial" => Some(text!("SERIAL #", "SERIAL #")),
            "product_id" => Some(text!(
                "PRODUCT TYPE (Model Number)",
                "PRODUCT TYPE (Model Number)"
            )),
            "software_version" => Some(text!("SOFTWARE VERSION", "SOFTWARE VERSION")),
            "company_en" => Some(text!("COMPANY NAME", "COMPANY NAME")),
            "site_en" => Some(text!("EQUIPMENT LOCATION", "EQUIPMENT LOCATION")),
            "description" => Some(text!(
                "BRIEF PROBLEM DESCRIPTION",
                "BRIEF PROBLEM DESCRIPTION"
            )),
            _ => None,
        };
        if let Some(text) = en {
            return text;
        }
    }
    match id {
        "severity" => text!("シビラティ", "Severity"),
        "contract" => text!("契約番号", "Contract number"),
        "company_ja" => text!("会社名 (日本語)", "Company name (Japanese)"),
        "company_en" => text!("会社名 (英語)", "Company name (English)"),
        "address_ja" => text!("住所 (日本語)", "Address (Japanese)"),
        "address_en" => text!("住所 (英語)", "Address (English)"),
        "contact_ja" => text!("ご担当者名 (日本語)", "Contact name (Japanese)"),
        "contact_en" => text!("ご担当者名 (英語)", "Contact name (English)"),
        "account_email" => text!("シスコアカウントに登録の E メールアドレス", "E-mail address registered on the Cisco account"),
        "phone" => text!("電話番号", "Phone number"),
        "site_ja" => text!("製品設置先住所 (日本語)", "Installation address (Japanese)"),
        "site_en" => text!("製品設置先住所 (英語)", "Installation address (English)"),
        "product_id" => text!("製品型番", "Product ID"),
        "serial" => text!("シリアル番号", "Serial number"),
        "subject" => text!("件名", "Subject"),
        "description" => text!("障害内容", "Problem description"),
        "licenses" => text!("ご使用の機能や相互接続など、関連するすべてのライセンス情報", "All related licence information (features in use, interconnections …)"),
        "dna_subscription" => text!("DNA サブスクリプションの保守契約情報", "DNA subscription contract information"),
        "edge_hw_contract" => text!("vEdge/cEdge のハードウェア保守契約情報", "vEdge/cEdge hardware contract information"),
        "wlc_contract" => text!("管理対象 WLC の契約番号、製品型番およびシリアル番号", "Contract number, product ID and serial number of the managed WLC"),
        "umbrella_sub" => text!("サブスクリプション ID (SubXXXXXX)", "Subscription ID (SubXXXXXX)"),
        "webex_site" => text!("Webex site URL (例: xxx.webex.com) もしくは Org ID", "Webex site URL (e.g. xxx.webex.com) or Org ID"),
        "sip_uri" => text!("SIP URI", "SIP URI"),
        "second_contract" => text!("もう一方の保守契約番号 (ハードウェアとソフトウェアを個別に購入した場合)", "The other contract number (when hardware and software were bought separately)"),
        "intersight_hw" => text!("Fabric Interconnect、UCS サーバ、HX ノードに紐づく保守契約番号・製品型番・シリアル番号", "Contract number, product ID and serial number of the Fabric Interconnects, UCS servers and HX nodes"),
        "intersight_license" => text!("ライセンスの保守契約番号と製品型番 (DC-MGT-SAAS-xxx、DC-MGT-ONPREM-xxx / DC-MGT-VAPP-xxx、DC-MGT-PVAPP-xxx)", "The licence's contract number and product ID (DC-MGT-SAAS-xxx, DC-MGT-ONPREM-xxx / DC-MGT-VAPP-xxx, DC-MGT-PVAPP-xxx)"),
        "aci_fabric_node" => text!("moquery -c fabricNode の出力 (添付)", "The output of moquery -c fabricNode (attached)"),
        "cssm_account" => text!("依頼者の住所登録済みのシスコアカウント", "A Cisco account with the requester's address registered"),
        "name" => text!("氏名", "Name"),
        "company" => text!("会社名", "Company name"),
        "end_user" => text!("エンドユーザ名", "End user's name"),
        "smart_account_domain" => text!("スマートアカウントのアカウントドメイン (作成済みの場合)", "Smart Account's Account Domain (if created)"),
        "virtual_account" => text!("バーチャルアカウント名", "Virtual Account name"),
        "inquiry" => text!("お問い合わせ内容", "What you are asking about"),
        "rma_number" => text!("パーツ交換時に通知される RMA 番号", "The RMA number given when the part was replaced"),
        "pak_or_sales_order" => text!("オリジナルの License の PAK 番号または Sales Order 番号等", "The original licence's PAK number, Sales Order number or similar"),
        "udi_both" => text!("故障機器と正常品の Unique Device Identifier (UDI: シリアル、MAC、Host ID 等)", "The Unique Device Identifier (UDI: serial, MAC, Host ID …) of the failed unit and of the replacement"),
        _ => text!("(不明な項目)", "(unknown item)"),
    }
}

/// Beside the contract number, for every desk (line 197).
pub const CONTRACT_UNKNOWN: Cited = Cited {
    text: text!("サービス契約番号がわからない場合は、購入元 (販売パートナー) に問い合わせてください。", "If you do not know the service contract number, ask the company you bought from (your partner)."),
    source: services("サービス契約番号登録に必要なもの", 195, 197),
};

/// The desks as the checklist's choice names them, short enough for a phone's row.
pub const fn desk_short(desk: crate::rules::kernel::desk::Desk) -> Text {
    match desk {
        crate::rules::kernel::desk::Desk::SmartAccount => {
            text!("スマートアカウント", "Smart Account")
        }
        desk => super::desks::desk_name(desk),
    }
}

/// A group of the summary of what to have ready.
pub const fn group_name(group: Group) -> Text {
    match group {
        Group::Contract => text!("契約", "Contract"),
        Group::Device => text!("機器", "Device"),
        Group::Contacts => text!("会社と連絡先", "Company and contacts"),
        Group::Problem => text!("問題", "The problem"),
    }
}

/// An item as the summary names it: a 「(日本語/英語)」 pair as one ("会社名 (日本語か英語)").
pub fn summary_label(lang: Lang, id: &str, route: Route) -> String {
    let label = label(id, route).get(lang);
    match lang {
        Lang::Ja => label.replace(" (日本語)", " (日本語か英語)"),
        Lang::En => label.replace(" (Japanese)", " (Japanese or English)"),
    }
}

/// A hint under an item, where the guide gives one.
pub fn hint(id: &str, route: Route) -> Option<Text> {
    match (route, id) {
        (Route::GlobalTac, "site_en") => Some(text!(
            "RMA (パーツ交換) の可能性がある場合は、設置先住所を予め確認してください。",
            "If a replacement (RMA) is possible, confirm the installation address beforehand."
        )),
        (Route::GlobalTac, "software_version") => Some(text!(
            "なければ記載の必要はありません。",
            "Leave it out if there is none."
        )),
        (Route::GlobalTac, "contact_phone_intl") => Some(text!(
            "+81 で始まる国際電話番号で伝えます。",
            "Give it in the international form, starting with +81."
        )),
        (_, "contract") => Some(CONTRACT_UNKNOWN.text),
        (_, "udi_both") => Some(text!(
            "UDI はライセンスに紐付く機器固有の識別情報で、機種により異なります。",
            "The UDI is the device identity the licence is tied to; what it is differs by model."
        )),
        _ => None,
    }
}

/// Shown under the empty half of a "(日本語/英語)" pair whose other half is filled.
pub const BY_PAIR: Text = text!("ガイドは「(日本語/英語)」と書いています。もう一方の言語が入力済みなので準備済みとして数えます (TAC から両方を求められる場合があります)。", "The guide writes \"(Japanese/English)\": the other language is filled in, so this counts as ready (TAC may still ask for both).");

/// Product rows, as the guide's tables name them.
pub fn product_name(slug: &str) -> Text {
    match slug {
        "hardware" => text!("ハードウェア製品 (製品共通)", "Hardware product (all products)"),
        "software" => text!("ソフトウェア製品・仮想アプライアンス", "Software product or virtual appliance"),
        "sdwan-controller" => text!("SD-WAN: 調査対象がコントローラーのみ", "SD-WAN: controllers only"),
        "sdwan-hardware" => text!("SD-WAN: vEdge/cEdge ハードウェアを含む", "SD-WAN: including vEdge/cEdge hardware"),
        "sdwan-virtual" => text!("SD-WAN: vEdge/cEdge 仮想アプライアンス", "SD-WAN: vEdge/cEdge virtual appliances"),
        "dna-spaces-connector" => text!("DNA Spaces Connector", "DNA Spaces Connector"),
        "umbrella" => text!("Cisco Umbrella", "Cisco Umbrella"),
        "webex" => text!("Webex 製品: Meetings/Webinars、Webex App、Control Hub など (Calling と Contact Center 以外)", "Webex products: Meetings/Webinars, Webex App, Control Hub … (not Calling or Contact Center)"),
        "webex-calling" => text!("Webex Calling (MPP などの IP 電話機を含む)", "Webex Calling (IP phones such as MPP included)"),
        "webex-contact-center" => text!("Webex Contact Center", "Webex Contact Center"),
        "webex-devices" => text!("Webex に登録した Webex Devices (ビデオエンドポイント)", "Webex Devices registered to Webex (video endpoints)"),
        "sp-xr" => text!("サービスプロバイダー: XR", "Service provider: XR"),
        "intersight-base" => text!("Intersight: Base ライセンス", "Intersight: Base licence"),
        "intersight-other" => text!("Intersight: Base 以外のライセンス", "Intersight: licences other than Base"),
        "aci-solution" => text!("ACI: Solution Support", "ACI: Solution Support"),
        "aci-pss" => text!("ACI: PSS 契約・機器単体の障害", "ACI: PSS contract or a single device failure"),
        "license-rehost" => text!("機器交換時のライセンス付け替え (PAK ライセンスのリホスト)", "Licence re-host after a replacement (PAK licences)"),
        "small-business" => text!("Small Business 製品", "Small Business products"),
        "cssm-on-prem" => text!("Cisco Smart Software Manager オンプレミス (旧サテライト)", "Cisco Smart Software Manager On-Prem (formerly Satellite)"),
        _ => text!("(不明な製品)", "(unknown product)"),
    }
}

/// The guide's notes for every service request (not for inquiries: CSSM On-Prem, Smart Account).
pub const SR_NOTES: &[Cited] = &[
    Cited {
        text: text!("SR をオープンするには、有効なサービス契約が紐づいた、申請するご本人のシスコアカウントが必要です。", "To open an SR you need your own Cisco account, linked to a valid service contract."),
        source: services("サービスリクエスト(SR)をオープンする", 1200, 1204),
    },
    Cited {
        text: text!("契約時に登録されていない運用委託先がエンドユーザに代わって SR をオープンするには、事前に運用委託事業者の登録申請が必要です。契約の請求先 (パートナー) または設置先の会社が承認者として、紐づけを希望する契約番号、シスコアカウントの会社名と E メールアドレス、承認者の会社名・氏名・電話番号・E メールアドレス、紐づけ理由を web-help-j@cisco.com へ送ります。", "An outsourced operator not registered on the contract must be registered before it can open SRs for the end user: the company registered as the contract's bill-to (the partner) or installation site, as approver, sends web-help-j@cisco.com the contract number to link, the Cisco account's company name and e-mail address, the approver's company, full name, phone and e-mail, and the reason."),
        source: services("運用委託事業者の登録申請", 305, 345),
    },
    Cited {
        text: text!("速やかな切り分けと解決のため、TAC から Webex や VPN などによる製品へのリモートアクセスを依頼することがあります (できない場合は解決に時間がかかることがあります)。ログや切り分けの状況から必要と判断した場合、TAC のラボ環境で再現試験を行うことがあります。", "To isolate and fix the problem quickly, TAC may ask for remote access to your Cisco products (Webex, VPN …); without it the fix can take longer. Where the logs and findings make it worthwhile, TAC may reproduce the problem in its lab."),
        source: services("2-3. Technical Assistance Center (TAC) の技術サポート", 768, 797),
    },
    Cited {
        text: text!("原則、サービスリクエストは 1 事象 1 件で対応します。障害のある製品 (被疑品) を一つ提示してください。その製品型番を基に担当エンジニアが決まります。", "As a rule, one SR covers one issue. Name one suspect product: its product ID decides the engineer assigned."),
        source: services("サービスリクエスト(SR)オープン時に必要な情報", 898, 902),
    },
    Cited {
        text: text!("Solution Support 契約の場合は、ソリューション内の被疑品またはソリューションを代表する製品のいずれかを提示してください。", "With Solution Support, name either the suspect product in the solution or the product that represents the solution."),
        source: services("サービスリクエスト(SR)オープン時に必要な情報", 904, 906),
    },
    Cited {
        text: text!("SR オープン後、担当者から改めて契約・ライセンスの確認がある場合があります。", "After the SR is opened, TAC may check the contract and licences again."),
        source: services("製品別サービスリクエストのオープン時に必要な情報", 945, 945),
    },
    Cited {
        text: text!("ライセンスが Evaluation Mode、Out of Compliance の場合や、Smart License Using Policy で期限内に ACK を受信していない場合は、サポートは提供されません (正常な状態に戻すためのトラブルシューティングは対象)。", "No support is given while a licence is in Evaluation Mode or Out of Compliance, or when Smart License Using Policy has not received its ACK in time (troubleshooting to get back to a normal state is supported)."),
        source: services("製品別サービスリクエストのオープン時に必要な情報", 947, 951),
    },
];

/// Japan TAC asks for logs and other troubleshooting information up front (lines 1159–1181).
pub const JAPAN_TAC_LOGS: Cited = Cited {
    text: text!("ログファイルなど、トラブルシューティングに必要な情報を事前に用意してください (該当するテクノロジーの「トラブルシューティングドキュメント」を参照)。一次切り分けが容易になり、解決までの時間が短くなります。内容によっては追加の情報を求められます。過去事例や不具合は「よくある問題と解決方法 (TAC SR Collection)」や Bug Search Tool で確認できます。", "Prepare log files and other troubleshooting information beforehand (see the troubleshooting documents for the technology). It makes TAC's first analysis easier and the fix faster; TAC may ask for more. Past cases and defects can be checked in \"Common problems and solutions (TAC SR Collection)\" and the Bug Search Tool."),
    source: services("Japan TAC にお問い合わせいただく時に必要な情報", 1159, 1181),
};

/// Product rows' own notes.
pub fn product_notes(slug: &str) -> &'static [Cited] {
    match slug {
        "sdwan-controller" | "sdwan-hardware" | "sdwan-virtual" => {
            const {
                &[Cited {
            text: text!("DNA サブスクリプションの契約情報には SD-WAN コントローラーの情報が含まれます。調査対象のコントローラーの契約が提供した契約情報と異なる場合はサポート対象外です。", "The DNA subscription's contract includes the SD-WAN controllers. If the controller under investigation is on a different contract from the one given, it is not supported."),
            source: services("エンタープライズネットワーク", 965, 998),
        }]
            }
        }
        "sp-xr" => {
            const {
                &[Cited {
            text: text!("ハードウェア保守契約とソフトウェア保守契約を個別に購入している場合は、両方の契約情報が必要です。", "If the hardware and software contracts were bought separately, both are needed."),
            source: services("サービスプロバイダー", 1044, 1055),
        }]
            }
        }
        "webex-devices" => {
            const {
                &[Cited {
                    text: text!(
                        "SIP URI の確認方法はガイドの参考 URL を参照してください。",
                        "The guide links to how to find the SIP URI."
                    ),
                    source: services("コラボレーション", 1015, 1038),
                }]
            }
        }
        "aci-solution" => {
            const {
                &[Cited {
            text: text!("SR のオープンには APIC の保守契約番号、製品型番およびシリアル番号を使います。", "Open the SR with the APIC's contract number, product ID and serial number."),
            source: services("データセンター", 1092, 1096),
        }]
            }
        }
        "cssm-on-prem" => {
            const {
                &[Cited {
            text: text!("無償ソフトウェアで、サポートも無償提供です。シスコアカウントを取得のうえ、これらの項目を記入して japan-tac@cisco.com へ連絡します。", "Free software, with support also free. With a Cisco account, fill in these items and send them to japan-tac@cisco.com."),
            source: services("その他", 1116, 1153),
        }]
            }
        }
        "license-rehost" => {
            const {
                &[
            Cited {
                text: text!("PAK ライセンスの付け替え (License Re-host) は、web の「Access LRP」でも、通常の TAC サービスリクエストでも受け付けています。SR では通常の必要情報に加えて上の 3 項目が必要です。Licensing@cisco.com へ英語で直接申請することもできます。", "A PAK licence re-host is accepted through the web tool \"Access LRP\" or an ordinary TAC service request. An SR needs the three items above besides the usual ones. You can also apply directly to Licensing@cisco.com, in English."),
                source: services("機器交換時のライセンス付け替え", 2398, 2443),
            },
            Cited {
                text: text!("ライセンスリホストは原則としてパーツ交換を実施した場合のみです。必要な情報は機種や Version 等により異なる場合があります。スマートライセンスの場合は、スマートアカウントまたはバーチャルアカウントの管理者が CSSM で登録済みデバイスの削除やトークンの発行を行います。", "A re-host applies, as a rule, only after a part was replaced. What is needed can differ by model and version. With Smart Licensing, the Smart Account or Virtual Account admin removes the registered device or issues a token in CSSM."),
                source: services("機器交換時のライセンス付け替え", 2384, 2455),
            },
        ]
            }
        }
        "small-business" => {
            const {
                &[Cited {
            text: text!("Small Business 製品は問い合わせ先と営業時間が異なります。Global TAC では 24 時間受け付けています (各国のスモールビジネス TAC の連絡先はガイドのリンク先)。", "Small Business products have their own contact and hours. Global TAC takes them around the clock (the guide links to each country's Small Business TAC contacts)."),
            source: services("Small Business 製品のサポートについて", 1242, 1248),
        }]
            }
        }
        _ => &[],
    }
}

/// The Smart Account desk's own note (002 back cover).
pub const SMART_ACCOUNT_NOTE: Cited = Cited {
    text: text!("お問い合わせには、住所登録済みのシスコアカウントが必要です。Cisco.com にログインし、「プロフィール管理」の【個人】タブ >【会社情報】の【住所 (英語)】を確認し、未登録なら入力して【更新】します。", "An inquiry needs a Cisco account with an address registered. Log in to Cisco.com, open Profile Management → [Personal] tab → [Company information] → [Address (English)], and if it is empty, fill it in and click [Update]."),
    source: smart_account("シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ先", 896, 923),
};

/// Every note that applies to this plan and product row.
pub fn notes(plan: &Plan, product: &str) -> Vec<Cited> {
    let mut notes = Vec::new();
    match plan.route {
        Route::SmartAccount => notes.push(SMART_ACCOUNT_NOTE),
        Route::CssmOnPrem => notes.extend_from_slice(product_notes(product)),
        route => {
            notes.extend_from_slice(SR_NOTES);
            if matches!(route, Route::JapanTac | Route::Webex) {
                notes.push(JAPAN_TAC_LOGS);
            }
            notes.extend_from_slice(product_notes(product));
        }
    }
    notes
}

/// One way to reach the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Channel {
    pub phone: bool,
    /// An e-mail address to send the request to: left out where the phone is required.
    pub email: bool,
    pub text: Text,
}

const fn phone(text: Text) -> Channel {
    Channel {
        phone: true,
        email: false,
        text,
    }
}

const fn other(text: Text) -> Channel {
    Channel {
        phone: false,
        email: false,
        text,
    }
}

const fn mail(text: Text) -> Channel {
    Channel {
        phone: false,
        email: true,
        text,
    }
}

/// How to reach the route's desk, in the guide's words; the phone first when it is required.
pub fn channels(plan: &Plan) -> (Vec<Channel>, Source) {
    let (list, source): (&[Channel], Source) = match plan.route {
        Route::JapanTac => (&[
            other(text!("Support Case Manager (SCM): 「日本語サポート Japan TAC」を選択", "Support Case Manager (SCM): choose \"日本語サポート Japan TAC\"")),
            mail(text!("E メール: japan-tac@cisco.com", "E-mail: japan-tac@cisco.com")),
            phone(text!("電話: 0120-608-802", "Phone: 0120-608-802")),
        ], services("Japan TAC (日本語) のサポートを受ける", 1224, 1235)),
        Route::Webex => (&[
            other(text!("Support Case Manager (SCM)", "Support Case Manager (SCM)")),
            phone(text!("電話: 0120-339-836 / 03-6434-6780", "Phone: 0120-339-836 / 03-6434-6780")),
            other(text!("チャット: Webex Chat Assistant (WCA)", "Chat: Webex Chat Assistant (WCA)")),
            other(text!("E メール: ご用意ありません", "E-mail: none (the guide offers no e-mail for these products)")),
        ], services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1318, 1338)),
        Route::WebexCalling => (&[
            other(text!("Webex Calling の問い合わせ先と方法は、Meetings などの窓口とは異なります。ガイドのリンク先「Webex Calling に関するお問い合わせ方法」を参照してください。", "Webex Calling has its own contacts, not the Meetings desk's: see the guide's link \"How to ask about Webex Calling\".")),
        ], services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1320, 1336)),
        Route::WebexContactCenter => (&[
            other(text!("Webex Contact Center の問い合わせ先と方法は、Meetings などの窓口とは異なります。ガイドのリンク先「Webex Contact Center に関するお問い合わせ方法」を参照してください。", "Webex Contact Center has its own contacts, not the Meetings desk's: see the guide's link \"How to ask about Webex Contact Center\".")),
        ], services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1320, 1338)),
        Route::SmallBusiness => (&[
            phone(text!("電話: 0066-3381-4058", "Phone: 0066-3381-4058")),
            mail(text!("E メール: sbsc-japan-enduser@cisco.com", "E-mail: sbsc-japan-enduser@cisco.com")),
            other(text!("受付: シスコの営業日 9:00～18:00、日本語", "Hours: Cisco business days 09:00–18:00, in Japanese")),
        ], services("Small Business 製品のサポートについて", 1242, 1248)),
        Route::GlobalTac => (&[
            other(text!("Support Case Manager (SCM): 「Global TAC 24x7」を選択", "Support Case Manager (SCM): choose \"Global TAC 24x7\"")),
            phone(text!("電話: 0066-33-800-926、03-6434-2042 (有料)。「1」(緊急) か「3」(新規) でオペレーターにつながります (英語)", "Phone: 0066-33-800-926, 03-6434-2042 (charged). Press 1 (urgent) or 3 (new) for an operator (in English)")),
            other(text!("英語での対応です。電話では無料の日本語通訳サービスを利用できます。", "Support is in English; a free Japanese interpreter is available by phone.")),
        ], services("Global TAC (英語) のサポートを受ける", 1371, 1441)),
        Route::Licensing => (&[
            other(text!("E メール (英語): Licensing@cisco.com", "E-mail (in English): Licensing@cisco.com")),
            other(text!("または Japan TAC へのサービスリクエスト (日本語): SCM「日本語サポート Japan TAC」、japan-tac@cisco.com、0120-608-802", "Or a service request to Japan TAC (in Japanese): SCM \"日本語サポート Japan TAC\", japan-tac@cisco.com, 0120-608-802")),
        ], services("機器交換時のライセンス付け替え", 2426, 2432)),
        Route::CssmOnPrem => (&[
            other(text!("E メール: japan-tac@cisco.com (無償のお問い合わせ)", "E-mail: japan-tac@cisco.com (a free inquiry)")),
        ], services("その他", 1116, 1153)),
        Route::SmartAccount => (&[
            mail(text!("E メール: japan-tac@cisco.com", "E-mail: japan-tac@cisco.com")),
            phone(text!("電話 (フリーダイヤル): 0120-608-802", "Phone (toll-free): 0120-608-802")),
            other(text!("受付: 平日 9:00～17:00", "Hours: weekdays 09:00–17:00")),
        ], smart_account("シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ先", 896, 917)),
    };
    let mut list = list.to_vec();
    if plan.phone_required {
        // The text is for the call, not a mail: no address to send it to. The phone first, the
        // rest in the guide's order.
        list.retain(|channel| !channel.email);
        let (phones, others): (Vec<_>, Vec<_>) =
            list.into_iter().partition(|channel| channel.phone);
        list = phones;
        list.extend(others);
    }
    (list, source)
}

/// Where the guide gives a product row its own route only as a link, that link (whichever desk).
pub fn own_route_link(product: &str) -> Option<GuideLink> {
    match product {
        "webex-calling" => Some(super::links::WEBEX_CALLING),
        "webex-contact-center" => Some(super::links::WEBEX_CONTACT_CENTER),
        _ => None,
    }
}

/// Webex Calling and Webex Contact Center are not taken by the Japanese chat (line 1332).
pub const WEBEX_NOT_IN_CHAT: Cited = Cited {
    text: text!("日本語でのチャットサポート (WCA) では、Webex Calling (MPP などの IP 電話機を含む) と Webex Contact Center の問い合わせは受け付けていません。それぞれの問い合わせ方法はガイドのリンク先を参照してください。", "The Japanese chat support (WCA) does not take Webex Calling (IP phones such as MPP included) or Webex Contact Center: each has its own route, linked from the guide."),
    source: services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1328, 1338),
};

/// Why the phone comes first: the guide's rule, and for Global TAC also its footnote that says
/// otherwise (both shown, each cited).
pub fn phone_required(plan: &Plan) -> Vec<Cited> {
    if !plan.phone_required {
        return Vec::new();
    }
    match plan.route {
        Route::GlobalTac => vec![
            Cited {
                text: text!("Global TAC のシビラティ 1・2 は電話での申請が必須です。まず電話してください。下のテキストは電話で伝える内容です。", "Global TAC severity 1 and 2 requests must be opened by phone: call first. The text below is what to have ready for the call."),
                source: services("Global TAC (英語) のサポートを受ける", 1376, 1377),
            },
            super::desks::GLOBAL_SCM_FOOTNOTE,
        ],
        _ => vec![Cited {
            text: text!("シビラティ 1 は電話での申請が必須です。まず電話してください。下のテキストは電話で伝える内容です (メールでは申請しません)。", "Severity 1 must be opened by phone: call first. The text below is what to have ready for the call (do not send it as an e-mail)."),
            source: services("Japan TAC (日本語) のサポートを受ける", 1229, 1231),
        }],
    }
}

/// The guide's official SR e-mail template (line 964): our text is laid out by the tool.
pub const TEMPLATE_NOTE: Reading = Reading {
    text: text!("このテキストの書式はこのツール独自のものです。ガイドは、メールで SR をオープンする場合は公式の「SR 申請用テンプレート」を使うよう案内しています。", "This text's layout is the tool's own. For an SR opened by e-mail, the guide points to its official SR template."),
    source: services("サービスリクエスト(SR)オープン時に必要な情報", 894, 964),
};

pub const TEMPLATE_URL: &str =
    "https://www.cisco.com/c/dam/global/ja_jp/support/loc-tac-guide/doc/template-sr.txt";

/// How this tool reads the guide for the checklist.
pub fn readings(plan: &Plan, product: &str) -> Vec<Reading> {
    let mut readings = vec![
        Reading {
            text: text!("ガイドの「(日本語/英語)」の項目は、日本語か英語のどちらかが入力されていれば準備済みとして数えます (両方が必須とは書かれていません)。", "Items the guide marks \"(Japanese/English)\" count as ready with either language (the guide does not say both are required)."),
            source: services("サービスリクエスト(SR)オープン時に必要な情報", 878, 892),
        },
        Reading {
            text: text!("契約番号が数字だけか、サブスクリプション ID が Sub と数字か、Org ID が UUID の形か、シリアル番号の形、電話番号の桁数 (9～10 桁) はこのツールの確認で、ガイドの規則ではありません。警告だけで、準備済みの数え方は変わりません。", "Contract numbers being digits, subscription IDs being Sub and digits, Org IDs being UUIDs, the serial number's shape and the phone number's 9–10 digits are this tool's checks, not the guide's rules: they only warn and never stop an item counting as ready."),
            source: services("製品別サービスリクエストのオープン時に必要な情報", 912, 1043),
        },
        TEMPLATE_NOTE,
    ];
    if plan.route.english_form() {
        readings.push(Reading {
            text: text!("Global TAC が質問する項目のうち「TO」と「CC」は、ガイドに説明がないため任意 (未入力でも準備済みの数え方に影響しない) としています。", "Of the questions Global TAC asks, \"TO\" and \"CC\" are not explained in the guide, so the tool makes them optional (leaving them empty does not stop the checklist being ready)."),
            source: services("Global TAC の SR オープンに必要な情報", 1393, 1407),
        });
    }
    if plan.route == Route::CssmOnPrem {
        readings.push(Reading {
            text: text!("ガイドは CSSM オンプレミスを「サービスリクエストのオープン時に必要な情報」の表に載せていますが、契約番号もシビラティも求めず、japan-tac@cisco.com への連絡としています。このツールはシビラティのないお問い合わせとして、選んだ窓口にかかわらず日本語で japan-tac@cisco.com 宛てに書きます。", "The guide lists CSSM On-Prem in its table of information for opening a service request, but asks for no contract and no severity, and sends it to japan-tac@cisco.com. The tool writes it as an inquiry with no severity, in Japanese, to japan-tac@cisco.com, whichever desk was picked."),
            source: services("その他", 1116, 1153),
        });
    }
    if matches!(plan.route, Route::WebexCalling | Route::WebexContactCenter)
        || (plan.route == Route::GlobalTac && own_route_link(product).is_some())
    {
        readings.push(Reading {
            text: text!("ガイドは Webex Calling と Webex Contact Center の問い合わせ方法をリンク先に委ねています。このツールはそのリンクと SR に必要な情報 (Webex site URL または Org ID) を示し、窓口の電話番号やメールアドレスは示しません。Global TAC を選んだ場合は Global TAC の窓口の横にそのリンクを示します (ガイドのこの節は Japan TAC の章にあります)。", "The guide leaves how to ask about Webex Calling and Webex Contact Center to its linked pages: the tool shows those links and the SR information (the Webex site URL or Org ID), and no desk's phone number or address. With Global TAC picked, the link is shown beside Global TAC's channels (this section of the guide is in Japan TAC's chapter)."),
            source: services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1320, 1338),
        });
    }
    if plan.route == Route::Webex {
        readings.push(Reading {
            text: text!("Webex の窓口の節はシビラティ 1 について書いていません。Japan TAC の一部として、シビラティ 1 は電話での申請が必須と読んでいます。Webex Devices の行は Japan TAC の通常の窓口としています。SR 情報の表が Meetings と並べる Events、Training など、Calling と Contact Center 以外の Webex 製品は、この窓口としています (節の見出しは Meetings/Webinars、App、Control Hub だけを挙げています)。", "The Webex desk's section says nothing about severity 1: as part of Japan TAC, severity 1 is read as needing the phone. The Webex Devices row keeps Japan TAC's usual channels. Webex products other than Calling and Contact Center (Events, Training …, which the SR-information table lists with Meetings) are sent to this desk; the section's heading names only Meetings/Webinars, App and Control Hub."),
            source: services("Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて", 1318, 1338),
        });
    }
    readings
}

pub fn problem(lang: Lang, problem: &Problem) -> &'static str {
    let text = match problem {
        Problem::Email => text!(
            "メールアドレスの形ではありません (例: hanako@example.co.jp)。",
            "Not an e-mail address (for example hanako@example.co.jp)."
        ),
    };
    text.get(lang)
}

pub fn warning(lang: Lang, warning: &Warning) -> String {
    let check = text!(
        " (このツールの確認です。ガイドの規則ではありません)",
        " (the tool's check, not a rule of the guide)"
    )
    .get(lang);
    match (lang, warning) {
        (Lang::Ja, Warning::UnusualSerial) => format!("一般的なシリアル番号 (例: FOC1234X0AB の 11 文字) と形が異なります。機器のラベルで確認してください{check}。"),
        (Lang::En, Warning::UnusualSerial) => format!("This is not the usual shape of a serial number (11 characters such as FOC1234X0AB): check the device's label{check}."),
        (Lang::Ja, Warning::ContractNotDigits) => format!("契約番号は通常数字だけです。もう一度確認してください{check}。"),
        (Lang::En, Warning::ContractNotDigits) => format!("Contract numbers are usually digits only: please check it{check}."),
        (Lang::Ja, Warning::UmbrellaShape) => format!("サブスクリプション ID は通常 Sub と数字です (例: Sub123456){check}。"),
        (Lang::En, Warning::UmbrellaShape) => format!("A subscription ID is usually Sub followed by digits, such as Sub123456{check}."),
        (Lang::Ja, Warning::WebexShape) => format!("xxx.webex.com の形のサイト URL でも、Org ID (UUID) の形でもありません{check}。"),
        (Lang::En, Warning::WebexShape) => format!("This is neither a site URL like xxx.webex.com nor an Org ID in UUID form{check}."),
        (Lang::Ja, Warning::PhoneShape) => format!("日本の電話番号 (0 か +81 で始まり、0 を除いて 9～10 桁) の形ではありません。連絡がつく番号か確認してください{check}。"),
        (Lang::En, Warning::PhoneShape) => format!("This is not the usual shape of a Japanese number (0 or +81, then 9–10 digits): check you can be reached on it{check}."),
        (Lang::Ja, Warning::ZeroAfterCountryCode { corrected }) => format!("+81 の後の先頭の 0 は省きます: {corrected}"),
        (Lang::En, Warning::ZeroAfterCountryCode { corrected }) => format!("After +81, drop the leading 0: {corrected}"),
        (Lang::Ja, Warning::UseInternationalForm { international }) => format!("Global TAC には +81 で始まる国際電話番号で伝えます: {international}"),
        (Lang::En, Warning::UseInternationalForm { international }) => format!("Global TAC asks for the international form starting with +81: {international}"),
    }
}

/// When this browser refuses to keep the checklist (private mode, storage full or blocked).
pub const NOT_KEPT: Text = text!("このブラウザーはチェックリストを保存できません (プライベート モード、容量不足、または保存が禁止されています)。ツールはこのまま使えますが、ページを閉じると入力内容は消えます。", "This browser cannot keep the checklist (private mode, storage full, or storage blocked). The tool works as usual, but what you enter will be gone when you close the page.");

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

/// The subject line (for the e-mail or the SCM title). Inquiries carry no severity.
pub fn subject(plan: &Plan, entries: &Entries, severity: Option<&str>) -> String {
    let subject = entries.value("subject").trim();
    let severity = severity.unwrap_or("S?");
    match (plan.route, plan.text_lang) {
        (Route::SmartAccount, _) => {
            "スマートアカウント・スマートライセンスに関するお問い合わせ".to_owned()
        }
        (Route::CssmOnPrem, _) => {
            "Cisco Smart Software Manager オンプレミス (旧サテライト) に関するお問い合わせ"
                .to_owned()
        }
        (Route::Licensing, _) => format!(
            "[License re-host] {}",
            if subject.is_empty() {
                "(no subject yet)"
            } else {
                subject
            }
        ),
        (_, Lang::Ja) => format!(
            "[SR 申請] {severity} {}",
            if subject.is_empty() {
                "(件名未入力)"
            } else {
                subject
            }
        ),
        (_, Lang::En) => format!(
            "[SR request] {severity} {}",
            if subject.is_empty() {
                "(no subject yet)"
            } else {
                subject
            }
        ),
    }
}

/// The text's opening lines: a mail's greeting, or, when the phone is required, what the text is for.
fn opening(plan: &Plan) -> &'static str {
    match (plan.kind, plan.text_lang, plan.phone_required, plan.route) {
        (RequestKind::Inquiry, _, _, Route::CssmOnPrem) => "シスコ TAC ご担当者様\n\nCisco Smart Software Manager オンプレミス (旧サテライト) について、以下の内容でお問い合わせいたします。\n",
        (RequestKind::Inquiry, _, _, _) => "シスコ TAC ご担当者様\n\n以下の内容でお問い合わせいたします。\n",
        (_, Lang::Ja, true, _) => "【電話でサービスリクエストをオープンする際に伝える内容】\n",
        (_, Lang::En, true, _) => "[To have ready for the phone call that opens the service request]\n",
        (_, Lang::Ja, false, _) => "シスコ TAC ご担当者様\n\n以下の内容でサービスリクエストのオープンをお願いいたします。\n",
        (_, Lang::En, false, Route::Licensing) => "Hello Cisco Licensing,\n\nPlease issue an Activation Key for a licence re-host (a replaced device) with the following details.\n",
        (_, Lang::En, false, _) => "Hello Cisco TAC,\n\nPlease open a service request with the following details.\n",
    }
}

/// The text: every item in order, each value as checked, and a marked line for each missing required
/// item, in the route's language.
pub fn body(plan: &Plan, items: &[(Item, Check)]) -> String {
    let lang = plan.text_lang;
    let missing = match lang {
        Lang::Ja => "(未入力)",
        Lang::En => "(NOT YET PROVIDED)",
    };
    let mut lines = vec![opening(plan).to_owned()];
    for (item, check) in items {
        let name = label(item.id, plan.route).get(lang);
        let value = match (check, item.kind) {
            // The other language of the pair carries it.
            (Check::ByPair, _) => continue,
            (Check::Ok(_) | Check::Warn(..), Kind::Check) => match lang {
                Lang::Ja => "準備済み".to_owned(),
                Lang::En => "ready".to_owned(),
            },
            (Check::Ok(value) | Check::Warn(value, _), _) => value.clone(),
            _ if item.required => missing.to_owned(),
            _ => continue,
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

/// The tool's title and what the guide says it is about (shown folded, "About this tool").
pub const INFO: ToolInfo = ToolInfo {
    title: text!("SR オープン時の必要情報チェックリスト", "Service request checklist"),
    summary: text!("サービスリクエスト (SR) のオープンには、シビラティ、契約番号、会社名・住所・ご担当者名 (日本語/英語)、シスコアカウントに登録の E メールアドレス、電話番号、製品設置先住所、製品型番、シリアル番号・サブスクリプション ID 等、件名、障害内容が必要です。原則、SR は 1 事象 1 件で対応し、障害のある製品 (被疑品) を一つ提示します。", "To open a service request (SR) you need the severity, contract number, company name, address and contact name (in Japanese or English), the e-mail address registered on your Cisco account, a phone number, the installation address, the product ID, the serial number or subscription ID, a subject and a description of the problem. As a rule, one SR covers one issue and names one suspect product."),
    source: super::Source { guide: super::Guide::TechnicalServices, section: "サービスリクエスト(SR)オープン時に必要な情報", lines: (878, 903) },
};

/// The pages the guide links to that this tool's visitor needs, in the order they need them.
pub const LINKS: &[GuideLink] = &[
    links::SCM,
    links::GLOBAL_CASE_OPEN,
    links::TROUBLESHOOTING,
    links::SR_COLLECTION,
    links::BUG_SEARCH,
    links::WCA_GUIDE,
    links::WEBEX_CALLING,
    links::WEBEX_CONTACT_CENTER,
    links::SIP_URI,
    links::INTERSIGHT_LICENSES,
    links::LRP,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::checklist::{check_item, items_for, plan, product_by_slug, PRODUCTS};
    use crate::rules::kernel::address::IdnaUts46;
    use crate::rules::kernel::desk::Desk;
    use crate::rules::kernel::severity::Severity;

    /// The route's channels in English, one per line, and their source.
    fn channels_en(plan: &Plan) -> (String, Source) {
        let (channels, source) = channels(plan);
        let all = channels
            .iter()
            .map(|c| c.text.en)
            .collect::<Vec<_>>()
            .join("\n");
        (all, source)
    }

    fn filled(
        desk: Desk,
        slug: &str,
        values: &[(&str, &str)],
        ticked: &[&str],
    ) -> (Plan, Vec<(Item, Check)>) {
        let mut entries = Entries::default();
        for (id, value) in values {
            entries.set_value(id, (*value).to_owned());
        }
        for id in ticked {
            entries.set_ticked(id, true);
        }
        let product = product_by_slug(slug).unwrap();
        let severity = Severity::parse(entries.value("severity"));
        let plan = plan(desk, product, severity);
        let items = items_for(desk, product)
            .into_iter()
            .map(|item| {
                (
                    item,
                    check_item(&item, &entries, plan.international(), &IdnaUts46),
                )
            })
            .collect();
        (plan, items)
    }

    #[test]
    fn the_japanese_text_for_a_sample_request() {
        let (plan, items) = filled(
            Desk::Japan,
            "umbrella",
            &[
                ("severity", "3"),
                ("contract", "１２３４５６７８"),
                ("company_ja", "クランブルー株式会社"),
                ("company_en", "Clan Blue K.K."),
                ("contact_ja", "豆柴 花子"),
                ("account_email", "hanako@clan.blue"),
                ("phone", "03-6434-1234"),
                ("product_id", "UMBRELLA-SUB"),
                ("umbrella_sub", "sub123456"),
                ("subject", "DNS ポリシーが適用されない"),
                (
                    "description",
                    "昨日から一部の端末で\nポリシーが適用されません。",
                ),
            ],
            &[],
        );
        // The contact's English name is carried by the Japanese one (「(日本語/英語)」): no line for it.
        assert_eq!(body(&plan, &items), "シスコ TAC ご担当者様\n\n以下の内容でサービスリクエストのオープンをお願いいたします。\n\n\
■ シビラティ: S3\n\
■ 契約番号: 12345678\n\
■ 会社名 (日本語): クランブルー株式会社\n\
■ 会社名 (英語): Clan Blue K.K.\n\
■ 住所 (日本語): (未入力)\n\
■ 住所 (英語): (未入力)\n\
■ ご担当者名 (日本語): 豆柴 花子\n\
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
        assert_eq!(
            subject(&plan, &entries, Some("S3")),
            "[SR 申請] S3 DNS ポリシーが適用されない"
        );
        assert_eq!(plan.mail(), Some("japan-tac@cisco.com"));
    }

    #[test]
    fn the_english_text_for_global_tac() {
        let (plan, items) = filled(
            Desk::Global,
            "hardware",
            &[
                ("severity", "S3"),
                ("contact_en", "Hanako Mameshiba"),
                ("contact_phone_intl", "03-6434-1234"),
                ("contact_email", "hanako@clan.blue"),
                ("account_email", "hanako@clan.blue"),
                ("contract", "12345678"),
                ("serial", "foc1234x0ab"),
                ("product_id", "C9300-48P"),
                ("company_en", "Clan Blue K.K."),
                ("description", "Stack member 2 reloads every few hours."),
            ],
            &[],
        );
        assert_eq!(
            body(&plan, &items),
            "Hello Cisco TAC,\n\nPlease open a service request with the following details.\n\n\
SEVERITY: S3\n\
CONTACT NAME: Hanako Mameshiba\n\
CONTACT PHONE NUMBER (+81 …): 03-6434-1234\n\
CONTACT EMAIL ADDRESS: hanako@clan.blue\n\
CISCO ACCOUNT EMAIL ADDRESS: hanako@clan.blue\n\
CONTRACT #: 12345678\n\
SERIAL #: FOC1234X0AB\n\
PRODUCT TYPE (Model Number): C9300-48P\n\
COMPANY NAME: Clan Blue K.K.\n\
EQUIPMENT LOCATION: (NOT YET PROVIDED)\n\
BRIEF PROBLEM DESCRIPTION:\nStack member 2 reloads every few hours."
        );
        assert_eq!(
            subject(&plan, &Entries::default(), Some("S3")),
            "[SR request] S3 (no subject yet)"
        );
    }

    /// Issue #9, wrong item 1: CSSM On-Prem with Global TAC is a Japanese inquiry to japan-tac@cisco.com.
    #[test]
    fn cssm_on_prem_with_global_tac_is_a_japanese_inquiry_by_email() {
        let (plan, items) = filled(
            Desk::Global,
            "cssm-on-prem",
            &[("name", "豆柴 花子"), ("severity", "2")],
            &[],
        );
        let text = body(&plan, &items);
        assert!(text.starts_with("シスコ TAC ご担当者様\n\nCisco Smart Software Manager オンプレミス (旧サテライト) について"), "{text}");
        assert!(
            text.contains("■ 氏名: 豆柴 花子")
                && text.contains("■ シスコアカウントに登録の E メールアドレス: (未入力)"),
            "{text}"
        );
        assert!(
            !text.contains("service request") && !text.contains("シビラティ"),
            "{text}"
        );
        let subject = subject(&plan, &Entries::default(), Some("S2"));
        assert!(
            !subject.contains("SR") && !subject.contains("S2"),
            "{subject}"
        );
        assert_eq!(plan.mail(), Some("japan-tac@cisco.com"));
        let (channels, _) = channels(&plan);
        assert_eq!(channels.len(), 1);
        assert!(channels[0].text.en.contains("japan-tac@cisco.com"));
        let notes = notes(&plan, "cssm-on-prem");
        assert!(
            notes.iter().all(|n| !SR_NOTES.contains(n)),
            "no SR-only notes for an inquiry"
        );
    }

    /// Issue #9, wrong item 2: Webex with Japan TAC offers no e-mail; SCM, its own phone and chat.
    #[test]
    fn webex_with_japan_tac_offers_no_email() {
        let (plan, _) = filled(Desk::Japan, "webex", &[("severity", "3")], &[]);
        assert_eq!(plan.mail(), None);
        let (all, source) = channels_en(&plan);
        assert!(
            all.contains("0120-339-836 / 03-6434-6780")
                && all.contains("Webex Chat Assistant")
                && all.contains("Support Case Manager"),
            "{all}"
        );
        assert!(!all.contains("japan-tac@cisco.com"), "{all}");
        assert_eq!(source.lines, (1318, 1338));
    }

    /// The tool's own choices are labelled as readings where they apply, and no channel calls
    /// 0066-33-800-926 toll-free (the guide marks only 03-6434-2042, as charged).
    #[test]
    fn choices_the_guide_does_not_make_are_readings() {
        let reading_for = |desk, slug: &str, needle: &str| {
            let (plan, _) = filled(desk, slug, &[("severity", "3")], &[]);
            readings(&plan, slug)
                .iter()
                .any(|r| r.text.en.contains(needle))
        };
        assert!(reading_for(
            Desk::Japan,
            "cssm-on-prem",
            "as an inquiry with no severity"
        ));
        assert!(reading_for(Desk::Global, "hardware", "\"TO\" and \"CC\""));
        assert!(!reading_for(Desk::Japan, "hardware", "\"TO\" and \"CC\""));
        assert!(reading_for(Desk::Japan, "webex-calling", "linked pages"));
        assert!(reading_for(
            Desk::Global,
            "webex-contact-center",
            "beside Global TAC's channels"
        ));
        for desk in Desk::ALL {
            for product in PRODUCTS {
                let (plan, _) = filled(desk, product.slug, &[("severity", "2")], &[]);
                for channel in channels(&plan).0 {
                    assert!(
                        !channel.text.en.contains("0066-33-800-926 (toll-free")
                            && !channel.text.ja.contains("0066-33-800-926 (フリーダイヤル"),
                        "{}",
                        channel.text.en
                    );
                }
            }
        }
    }

    /// A licence re-host from the English desk goes to Licensing@cisco.com in English, with Japan
    /// TAC's SR as the other way; Global TAC's channels never appear (lines 2430–2432).
    #[test]
    fn a_licence_rehost_in_english_goes_to_licensing() {
        let (plan, items) = filled(
            Desk::Global,
            "license-rehost",
            &[("severity", "1"), ("subject", "RMA 123")],
            &[],
        );
        assert_eq!(plan.mail(), Some("Licensing@cisco.com"));
        let (all, source) = channels_en(&plan);
        assert!(
            all.starts_with("E-mail (in English): Licensing@cisco.com"),
            "{all}"
        );
        assert!(
            all.contains("Japan TAC") && !all.contains("0066-33-800-926"),
            "{all}"
        );
        assert_eq!(source.lines, (2426, 2432));
        assert_eq!(
            subject(&plan, &Entries::default(), Some("S1")),
            "[License re-host] (no subject yet)"
        );
        assert!(body(&plan, &items).starts_with("Hello Cisco Licensing,"));
        assert!(phone_required(&plan).is_empty());
    }

    /// Issue #9, wrong item 3: with the phone required, the number comes first, no mail is offered and
    /// the text is what to have ready for the call.
    #[test]
    fn phone_first_for_japan_s1_and_global_s1_s2() {
        for (desk, severity, number) in [
            (Desk::Japan, "1", "0120-608-802"),
            (Desk::Global, "1", "0066-33-800-926"),
            (Desk::Global, "2", "0066-33-800-926"),
        ] {
            let (plan, items) = filled(desk, "hardware", &[("severity", severity)], &[]);
            assert!(plan.phone_required, "{desk:?} S{severity}");
            assert_eq!(plan.mail(), None, "{desk:?} S{severity}");
            let (channels, _) = channels(&plan);
            assert!(
                channels[0].phone && channels[0].text.en.contains(number),
                "{desk:?} S{severity}: {channels:?}"
            );
            assert!(
                channels
                    .iter()
                    .all(|c| !c.email && !c.text.en.contains("E-mail")),
                "the call's callout lists no e-mail to send it to: {channels:?}"
            );
            let text = body(&plan, &items);
            assert!(
                text.starts_with("【電話で")
                    || text.starts_with("[To have ready for the phone call"),
                "{text}"
            );
            assert!(!phone_required(&plan).is_empty());
        }
        let (global_s2, _) = filled(Desk::Global, "hardware", &[("severity", "2")], &[]);
        let notices = phone_required(&global_s2);
        assert_eq!(
            notices.len(),
            2,
            "the rule and the footnote that contradicts it"
        );
        assert_eq!(
            (notices[0].source.lines, notices[1].source.lines),
            ((1376, 1377), (1385, 1387))
        );
        let (japan_s2, _) = filled(Desk::Japan, "hardware", &[("severity", "2")], &[]);
        assert!(phone_required(&japan_s2).is_empty());
        assert!(
            !channels(&japan_s2).0[0].phone,
            "the guide's order when the phone is not required"
        );
    }

    #[test]
    fn every_item_and_product_has_words_in_both_languages() {
        for product in PRODUCTS {
            let name = product_name(product.slug);
            assert!(
                !name.ja.starts_with('(') && !name.en.is_empty(),
                "{}",
                product.slug
            );
            for desk in Desk::ALL {
                let route = plan(desk, product, None).route;
                for item in items_for(desk, product) {
                    let text = label(item.id, route);
                    assert!(
                        !text.ja.starts_with('(') && !text.en.starts_with('('),
                        "{} has no label",
                        item.id
                    );
                }
            }
        }
        for note in SR_NOTES {
            assert!(!note.text.ja.is_empty() && !note.text.en.is_empty());
        }
    }
}
