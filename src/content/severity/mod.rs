//! Severity definitions and examples, from 000_aa25d047744acda8.txt "製品別シビラティ例"
//! (lines 1475–1936). The Japanese is the guide's text (line breaks of the PDF extraction joined);
//! the English is our translation. For every family the guide gives examples for severities 1 and 2
//! and refers to the common definitions for 3 and 4.

pub mod tac;

use super::{services, Guide, Reading, Source};
use crate::content::tools::ToolInfo;
use crate::content::{links, GuideLink};
use crate::i18n::{text, Text};
use crate::rules::kernel::lang::Lang;
use crate::rules::kernel::severity::Severity;
use crate::rules::severity::{ExampleRef, Reason};

/// The common definitions, by severity (S1 first).
pub const COMMON: [&[Text]; 4] = [
    &[
        text!("冗長化された機器の両系 (または冗長化されていない機器) でシステムダウンが発生してサービス停止が継続しており、あらゆる手段を試みても復旧しないため、エンドユーザ様の業務または提供するサービスに重大な影響を及ぼしている", "Both units of a redundant pair (or a non-redundant unit) are down and service stays stopped; nothing tried restores it, and the end user's business or the service they provide is seriously affected"),
        text!("ソフトウェアが全く機能せず、再起動などを試みても復旧しない状態が継続しており、エンドユーザ様の業務または提供するサービスに重大な影響を及ぼしている", "The software does not work at all, restarts do not restore it and this continues; the end user's business or the service they provide is seriously affected"),
    ],
    &[
        text!("冗長化された機器の片系でシステムダウンが発生し、冗長性が失われた状態が継続している", "One unit of a redundant pair is down and redundancy stays lost"),
        text!("クラスタ構成のシステムで多重障害が発生し、サービス維持に必要なリソースの確保ができない状態が継続している", "Multiple failures in a clustered system leave it without the resources needed to keep the service running, and this continues"),
        text!("ソフトウェア障害により特定の機能が全く利用できない、またはシステムパフォーマンスが大幅に低下した状態が継続している", "A software fault leaves a specific function completely unusable, or system performance badly degraded, and it continues"),
        text!("システムクラッシュやセッション確立失敗などの一時的なサービス損失が頻発しており、サービス品質が大幅に低下した状態が継続している", "Temporary loss of service, such as system crashes or failed session set-up, keeps recurring and service quality stays badly degraded"),
        text!("エンドユーザ様の業務または提供するサービスに重大な影響をおよぼしたが、原因が不明かつ回避策がなく再発する可能性がある", "The end user's business or service was seriously affected; the cause is unknown, there is no workaround, and it may happen again"),
    ],
    &[
        text!("ハードウェア・ソフトウェア不具合に起因するシステムクラッシュやリンクフラップ等、復旧済みの一時的なサービス損失についての原因調査や再発防止策の提供", "Finding the cause of, and preventing, a temporary loss of service that has recovered, such as a crash or link flap due to a hardware or software defect"),
        text!("管理ソフトウェア等、エンドユーザ様の業務には直接影響の無いシステムでの問題", "A problem in a system that does not directly affect the end user's business, such as management software"),
        text!("一部の機器または機能で障害が発生しているが、代替策や多重化によりエンドユーザ様の業務に必要なリソースと冗長性が確保できている、または業務全体への影響が重大ではない問題", "Some equipment or a function has failed, but a workaround or redundancy keeps the resources and redundancy the business needs, or the impact on the business as a whole is not serious"),
        text!("ハードウェア・ソフトウェア障害を示唆するエラーメッセージについてのお問い合わせ", "Questions about error messages that suggest a hardware or software failure"),
    ],
    &[
        text!("ラボ環境や導入前検証など、運用環境以外の問題についてのお問い合わせ", "Questions about problems outside production, such as a lab or pre-deployment testing"),
        text!("運用環境では障害が発生していない既知ソフトウェア不具合の内容確認や、セキュリティ脆弱性、フィールドノーティスに関するお問い合わせ", "Checking a known software defect that has not caused a failure in production, or questions about security vulnerabilities and field notices"),
        text!("エンドユーザ様の業務に影響がなく継続性のないエラーメッセージや、クリア済みのアラートについてのお問い合わせ", "Questions about non-persistent error messages with no business impact, or alerts already cleared"),
        text!("システムメッセージや、コマンド出力内容についてのお問い合わせ", "Questions about system messages or command output"),
        text!("ドキュメントの記載内容や、不備、誤りについてのお問い合わせ", "Questions about documentation: its content, gaps or errors"),
    ],
];

/// The tool's own choices in choosing a severity, shown under "How this tool reads the guide".
pub const READINGS: &[Reading] = &[
    Reading {
        text: text!("質問の順序と言葉はこのツールのもので、ガイドにはありません。製品共通のシビラティの例を、重い方から順に確かめられるように並べています。", "The questions and their order are this tool's, not the guide's: they walk through the examples common to all products, the most severe first."),
        source: services("シビラティの例：製品共通", 1477, 1533),
    },
    Reading {
        text: text!("ガイドは、シビラティに相当する障害状況は製品により異なるとしています。製品ファミリーの例と質問の答えのシビラティが異なるときは、お客様に慎重な方として高い方を提案し、そのことを表示します。", "The guide says what each severity means differs by product. Where the family's example and the questions give different severities, the higher one is suggested (the cautious reading) and the tool says so."),
        source: services("シビラティと TAC 対応時間", 825, 827),
    },
    Reading {
        text: text!("Wireless とセキュリティの「[例]」や「以下のような事象」の項目は、その上の項目の例として扱い、選ぶとその項目のシビラティになります。見出しの「以下のような事象により業務に大きな影響を及ぼしている」だけは選べません。", "The items under Wireless's \"[例]\" and Security's \"events such as the following\" are read as examples of the entry above them: picking one gives that entry's severity. The heading itself cannot be picked."),
        source: services("シビラティの例：Wireless", 1855, 1923),
    },
];

pub const COMMON_SOURCE: Source = Source {
    guide: Guide::TechnicalServices,
    section: "シビラティの例：製品共通",
    lines: (1477, 1533),
};

pub fn common(severity: Severity) -> &'static [Text] {
    COMMON[usize::from(severity.number() - 1)]
}

/// The words of a reason: a common example, or the family's example the visitor matched, with the
/// family's name in front ("Router / Switch: …").
pub fn reason_text(lang: Lang, family_slug: Option<&str>, reason: Reason) -> Option<String> {
    match reason {
        Reason::Common(definition) => common(definition.severity)
            .get(definition.index)
            .map(|text| text.get(lang).to_owned()),
        Reason::Example(example) => {
            let family = family(family_slug?)?;
            let text = matchable(family, example.severity)
                .get(example.index())
                .copied()?;
            Some(format!("{}: {}", family.name.get(lang), text.get(lang)))
        }
    }
}

/// How an example sits in the guide's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A case of its own: the visitor can say it matches.
    Case,
    /// A heading for the sub-examples after it ("以下のような事象により…"): not a case by itself.
    Lead,
    /// One of the "\[例\]" under the case or heading before it: matching it matches that severity.
    Sub,
}

/// One example, under the product it concerns where the guide groups them (`UCS/HX`, `ACI`, …).
pub struct Example {
    pub product: Option<&'static str>,
    pub text: Text,
    pub shape: Shape,
}

impl Example {
    /// Whether the visitor can say this example matches their case (a heading cannot).
    pub const fn matchable(&self) -> bool {
        !matches!(self.shape, Shape::Lead)
    }
}

const fn ex(product: Option<&'static str>, text: Text) -> Example {
    Example {
        product,
        text,
        shape: Shape::Case,
    }
}

const fn sub(product: Option<&'static str>, text: Text) -> Example {
    Example {
        product,
        text,
        shape: Shape::Sub,
    }
}

const fn lead(text: Text) -> Example {
    Example {
        product: None,
        text,
        shape: Shape::Lead,
    }
}

/// The examples a visitor can match for one severity of one family: the family's own for S1 and
/// S2, the common ones for S3 and S4 (the guide refers every family there). In the guide's order;
/// `example=s1-2` in a link is the second of these for S1.
pub fn matchable(family: &Family, severity: Severity) -> Vec<Text> {
    entries(family, severity)
        .into_iter()
        .filter(|entry| entry.reference.is_some())
        .map(|entry| entry.text)
        .collect()
}

/// One line of a severity's list as the visitor sees it, with the reference a link names it by.
pub struct Entry {
    /// `None` for a heading, which cannot be matched.
    pub reference: Option<ExampleRef>,
    pub text: Text,
    pub product: Option<&'static str>,
    pub shape: Shape,
}

/// Every line of one severity's list for a family, in the guide's order, the matchable ones
/// numbered from 1: the one numbering both the links and the picker use.
pub fn entries(family: &Family, severity: Severity) -> Vec<Entry> {
    let mut number = 0u8;
    let mut next = |matchable: bool| {
        matchable.then(|| {
            number += 1;
            ExampleRef { severity, number }
        })
    };
    match family.examples(severity) {
        Some(examples) => examples
            .iter()
            .map(|example| Entry {
                reference: next(example.matchable()),
                text: example.text,
                product: example.product,
                shape: example.shape,
            })
            .collect(),
        None => common(severity)
            .iter()
            .map(|text| Entry {
                reference: next(true),
                text: *text,
                product: None,
                shape: Shape::Case,
            })
            .collect(),
    }
}

pub struct Family {
    /// URL slug (`family=sdwan`): part of the deep-link format, never rename.
    pub slug: &'static str,
    pub name: Text,
    pub s1: &'static [Example],
    pub s2: &'static [Example],
    pub source: Source,
}

impl Family {
    pub fn examples(&self, severity: Severity) -> Option<&'static [Example]> {
        match severity {
            Severity::S1 => Some(self.s1),
            Severity::S2 => Some(self.s2),
            // The guide refers every family to the common definitions for 3 and 4.
            Severity::S3 | Severity::S4 => None,
        }
    }
}

const fn source(section: &'static str, first: u32, last: u32) -> Source {
    Source {
        guide: Guide::TechnicalServices,
        section,
        lines: (first, last),
    }
}

pub fn family(slug: &str) -> Option<&'static Family> {
    FAMILIES
        .iter()
        .find(|family| family.slug.eq_ignore_ascii_case(slug.trim()))
}

/// Router / Switch and IOS-XR: the guide gives both tables the same examples.
const ROUTER_S1: &[Example] = &[
    ex(None, text!("ルータやスイッチの問題により、業務やエンドユーザ様のサービスに重大な影響を及ぼしており、復旧方法も不明な場合", "A router or switch problem seriously affects the business or the end user's service, and no way to recover is known")),
    ex(None, text!("特定の機能が正常に動作しなくなり、エンドユーザ様のサービスに重大な影響を及ぼしている", "A specific function stopped working properly and seriously affects the end user's service")),
];

const ROUTER_S2: &[Example] = &[
    ex(None, text!("冗長系の機器やモジュールに問題が発生し、冗長性が失われている", "A problem in a redundant device or module has lost redundancy")),
    ex(None, text!("ハードウェア故障やソフトウェア不具合によりパフォーマンスが低下し、エンドユーザ様のサービスに影響が発生する可能性がある", "A hardware failure or software defect degrades performance and may affect the end user's service")),
    ex(None, text!("エンドユーザ様のサービスに影響のある問題が発生し、原因が不明かつ回避策がなく再発する可能性がある", "A problem affected the end user's service; the cause is unknown, there is no workaround, and it may happen again")),
];

pub const FAMILIES: &[Family] = &[
    Family {
        slug: "dc-computing",
        name: text!("DC Computing (UCS/HX、Intersight)", "DC Computing (UCS/HX, Intersight)"),
        s1: &[
            ex(Some("UCS/HX"), text!("Fabric Interconnect / IO Module が両系ともダウンしている", "Both Fabric Interconnects / IO Modules are down")),
            ex(Some("UCS/HX"), text!("Fabric Interconnect / IO Module の片系がダウンしたが、切り替わらず、サービスが停止している", "One Fabric Interconnect / IO Module went down, failover did not happen, and service has stopped")),
            ex(Some("UCS/HX"), text!("クラスタが Offline となっておりシステムダウンの状態が継続している", "The cluster is offline and the system stays down")),
            ex(Some("UCS/HX"), text!("業務または提供するサービスが停止していないものの、業務または提供するサービスに重大な影響を及ぼしている", "The business or service has not stopped but is seriously affected")),
            ex(Some("Intersight"), text!("Intersight でしか管理できない管理対象が操作を受け付けず、管理対象上で運用しているサービスが完全停止している", "Targets that only Intersight can manage accept no operations, and the services running on them have stopped completely")),
        ],
        s2: &[
            ex(Some("UCS/HX"), text!("Fabric Interconnect / IO Module の片系がダウンして冗長構成が失われている", "One Fabric Interconnect / IO Module is down and redundancy is lost")),
            ex(Some("UCS/HX"), text!("クラスタに障害が発生し、システムパフォーマンスに、大幅な低下が確認できる", "A cluster fault has clearly and badly degraded system performance")),
            ex(Some("Intersight"), text!("Intersight の障害により、他のサービスのパフォーマンスが低下している", "An Intersight fault is degrading the performance of other services")),
        ],
        source: source("シビラティの例：DC Computing", 1575, 1611),
    },
    Family {
        slug: "dc-networking",
        name: text!("DC Networking (Nexus、ACI)", "DC Networking (Nexus, ACI)"),
        s1: &[
            ex(Some("Nexus"), text!("冗長パスを含む Switch が両系ダウンし通信できない状態が継続している", "Both switches, redundant paths included, are down and communication stays impossible")),
            ex(Some("Nexus"), text!("vPC を構成する Nexus の両系で通信できない状態が継続している", "Neither Nexus of a vPC pair can communicate, and this continues")),
            ex(Some("Nexus"), text!("FabricPath を経由する通信が全断している状況が継続している", "All traffic through FabricPath stays cut")),
            ex(Some("ACI"), text!("ACI Fabric の完全ダウンやハング、再起動が継続して発生している", "The ACI fabric is completely down, hung, or keeps restarting")),
            ex(Some("ACI"), text!("APIC が全台ダウンした状態が継続している", "All APICs stay down")),
        ],
        s2: &[
            ex(Some("Nexus"), text!("Nexus を経由する通信の間欠的なドロップの頻発によりネットワークのパフォーマンスが低下し、お客様業務に深刻な影響がでている状態", "Frequent intermittent drops through the Nexus degrade the network and seriously affect the business")),
            ex(Some("Nexus"), text!("短期間で不定期にクラッシュが頻発していて通信影響等がある", "Crashes recur irregularly within short periods, affecting traffic")),
            ex(Some("Nexus"), text!("vPC/HSRP 両系が Active となり通信に大きな影響が発生している", "Both vPC/HSRP peers are active, with a large impact on traffic")),
            ex(Some("Nexus"), text!("vPC スイッチ間で Primary/Secondary の関係を構築できず、冗長性を確保できないとき", "The vPC switches cannot establish a primary/secondary relationship, so redundancy cannot be kept")),
            ex(Some("ACI"), text!("ACI Fabric が継続的にパフォーマンスダウンしている", "The ACI fabric's performance stays degraded")),
            ex(Some("ACI"), text!("APIC / Switch Node でクラッシュが頻発していて通信影響等がある", "APICs or switch nodes crash repeatedly, affecting traffic")),
            ex(Some("ACI"), text!("APIC 2 台以上ダウンしている", "Two or more APICs are down")),
        ],
        source: source("シビラティの例：DC Networking", 1615, 1661),
    },
    Family {
        slug: "router-switch",
        name: text!("Router / Switch (IOS / IOS-XE / IOS-XR)", "Router / Switch (IOS / IOS-XE / IOS-XR)"),
        s1: ROUTER_S1,
        s2: ROUTER_S2,
        source: source("シビラティの例：Router / Switch ( IOS / IOS – XE / IOS-XR )", 1757, 1780),
    },
    Family {
        slug: "sdwan",
        name: text!("SD-WAN", "SD-WAN"),
        s1: &[
            ex(None, text!("冗長化している WAN エッジ ルータ が両方起動せずサイトがダウン", "Neither of a site's redundant WAN edge routers starts and the site is down")),
            ex(None, text!("BFD セッションが全てダウンし、サイト間の通信断が発生し、業務継続が困難となっている", "All BFD sessions are down, traffic between sites is cut, and the business can hardly continue")),
            ex(None, text!("Manager (旧 vManage) への GUI/CLI へのアクセスができないそのことにより WAN エッジルータへの変更が行えず、至急の対応をしなくてはエンドユーザ様の業務または提供するサービスが停止する可能性がある", "The Manager (formerly vManage) GUI/CLI is unreachable, so WAN edge routers cannot be changed, and without urgent action the end user's business or service may stop")),
        ],
        s2: &[
            ex(None, text!("冗長化している WAN エッジ ルータ の片系がダウンし冗長構成が損なわれている", "One of a pair of redundant WAN edge routers is down and redundancy is lost")),
            ex(None, text!("コントロールコネクションがダウンしたままになっている", "Control connections stay down")),
            ex(None, text!("サイト間のトラフィックパフォーマンスが著しく低下している", "Traffic performance between sites is badly degraded")),
            ex(None, text!("BFD セッションが一部ダウンし、冗長性が損なわれている", "Some BFD sessions are down and redundancy is lost")),
        ],
        source: source("シビラティの例：SD-WAN", 1784, 1812),
    },
    Family {
        slug: "catalyst-center",
        name: text!("Catalyst Center (DNA Center) / NMS (PNR を含む)", "Catalyst Center (DNA Center) / NMS (including PNR)"),
        s1: &[
            ex(Some("Catalyst Center"), text!("Catalyst Center でしか管理できない管理対象デバイスへの操作が行えず、管理対象デバイスが運用しているサービスが完全停止している", "Devices only Catalyst Center can manage cannot be operated, and the services they run have stopped completely")),
            ex(Some("PNR"), text!("PNR にて DHCP Server や DNS Server が完全に停止し、全てのクライアントの通信ができない状態が継続している", "The DHCP or DNS server on PNR has stopped completely and no client can communicate, and this continues")),
        ],
        s2: &[
            ex(Some("Catalyst Center"), text!("Catalyst Center によるネットワーク機器設定のプロビジョンが Config Preview 通りに行われないため、一部の通信が復旧せず、業務に重大な影響を及ぼしている", "Catalyst Center does not provision device configuration as the Config Preview shows, so some traffic does not recover and the business is seriously affected")),
            ex(Some("PNR"), text!("PNR にて DHCP Server や DNS Server が完全に停止し、一部のクライアントの通信ができない状態が継続している", "The DHCP or DNS server on PNR has stopped completely and some clients cannot communicate, and this continues")),
        ],
        source: source("シビラティの例：Catalyst Center (DNA Center) / NMS", 1813, 1845),
    },
    Family {
        slug: "wireless",
        name: text!("Wireless", "Wireless"),
        s1: &[
            ex(None, text!("WLC, AP, Cisco Spaces の不具合が原因で無線 LAN 接続サービスを全く提供できず、かつ有線 LAN 接続で代替することができず、現在ビジネス継続が危機的な状況にある", "Because of a WLC, AP or Cisco Spaces defect, no wireless LAN service can be provided, wired LAN cannot substitute, and business continuity is now critical")),
            sub(None, text!("冗長構成 (HA SSO, N+1) 内の全ての WLC でダウン", "Every WLC in the redundant set (HA SSO, N+1) is down")),
            sub(None, text!("上位インフラの状況は不明ながらも、全ての無線クライアントが通信できない", "No wireless client can communicate, even if the state of the upstream infrastructure is unknown")),
            sub(None, text!("ユーザ認証処理に問題が生じて、全ての無線クライアントが通信できない", "A user-authentication problem stops every wireless client communicating")),
            sub(None, text!("DHCP 処理に問題が生じて、Static IP が利用できない全ての無線クライアントが通信できない", "A DHCP problem stops every wireless client that cannot use a static IP from communicating")),
            sub(None, text!("セントラルスイッチング構成において全 AP の帰属/Join できない", "In central switching, no AP can associate/join")),
            sub(None, text!("Open Roaming または Captive Portal を利用しており、Cisco Spaces の不具合が原因で全ての無線クライアントが通信できない", "With OpenRoaming or a captive portal, a Cisco Spaces defect stops every wireless client communicating")),
        ],
        s2: &[
            ex(None, text!("WLC、AP、Cisco Spaces の不具合が原因で無線 LAN 接続サービスが一部提供できず、かつ有線 LAN 接続で代替することができず、現在ビジネス上重大な影響が発生している状況にある", "Because of a WLC, AP or Cisco Spaces defect, part of the wireless LAN service cannot be provided, wired LAN cannot substitute, and the business is seriously affected")),
            sub(None, text!("冗長構成 (HA SSO, N+1) 内の特定の WLC にてダウン状態が継続して冗長構成が失われている", "A WLC in the redundant set (HA SSO, N+1) stays down and redundancy is lost")),
            sub(None, text!("AP を通じた通信ができない状態、あるいは無線通信スループットが大幅に低下した状態が継続", "Communication through APs fails, or wireless throughput stays badly degraded")),
        ],
        source: source("シビラティの例：Wireless", 1849, 1889),
    },
    Family {
        slug: "collaboration",
        name: text!("コラボレーション", "Collaboration"),
        s1: &[
            ex(None, text!("全ての内外線の発着信、端末の登録ができない等、コールの基本機能が全く利用できず、業務に重大な影響を及ぼしている", "Basic call functions do not work at all (no internal or external calls in or out, phones cannot register), seriously affecting the business")),
            ex(None, text!("コンタクトセンターの製品で Agent に全くログインできない、コールが着信できないなど、コールセンターの基幹業務ができず、重大な影響を及ぼしている", "In contact-center products, agents cannot log in at all or calls cannot arrive, so the core call-center work cannot be done, with a serious impact")),
            ex(None, text!("全てのビデオ会議が全く実施できず、会議を開催できない", "No video conference can be held at all")),
        ],
        s2: &[
            ex(None, text!("業務で主に利用している Collaboration 製品の機能 (Mobility、Extension Mobility、チャット、Voice Mail など)が全く利用できず、業務に重大な支障をきたしている", "A collaboration function the business mainly uses (Mobility, Extension Mobility, chat, voicemail …) is completely unusable, seriously hindering the business")),
            ex(None, text!("コンタクトセンターの製品で、業務に主に利用している録音、レポーティング機能などの主要機能が継続して完全に利用できず、コンタクトセンター業務が適切に遂行できない", "In contact-center products, a main function such as recording or reporting stays completely unusable, so contact-center work cannot be done properly")),
            ex(None, text!("Jabber クライアントを利用したチャットやコールなどの一部の機能が全く利用できない", "Some Jabber client functions, such as chat or calls, are completely unusable")),
            ex(None, text!("一部のビデオ会議ブリッジが利用できず、会議リソースが全て利用できないため、開催できる会議が制限されている", "Some video conference bridges are unusable, so conference resources are short and fewer meetings can be held")),
            ex(None, text!("プライマリサーバが利用できなくなり、冗長側で動作しているが、冗長側に問題があると製品が利用できなくなるため業務影響をきたす状態", "The primary server is unusable and the redundant one carries on, so any problem with it would stop the product and affect the business")),
        ],
        source: source("コラボレーション", 1665, 1703),
    },
    Family {
        slug: "mobile",
        name: text!("Mobile (サービスプロバイダー)", "Mobile (service provider)"),
        s1: &[
            ex(None, text!("新規呼が正常に確立できず、サブスクライバーがモバイルネットワークへ接続できない", "New calls cannot be set up and subscribers cannot connect to the mobile network")),
            ex(None, text!("サブスクライバーに通信影響が発生し、提供しているモバイルデータ通信や音声サービスなどへの影響が発生している", "Subscribers' communication is affected, including the mobile data and voice services provided")),
        ],
        s2: &[
            ex(None, text!("新規呼が接続しづらい、あるいは通信影響を及ぼす問題が頻発している", "New calls are hard to connect, or problems affecting communication keep recurring")),
            ex(None, text!("冗長構成（カード、シャーシなど）が障害により損なわれている", "Redundancy (cards, chassis …) is lost through a failure")),
        ],
        source: source("シビラティの例：Mobile", 1706, 1724),
    },
    Family {
        slug: "ios-xr",
        name: text!("IOS-XR (サービスプロバイダー)", "IOS-XR (service provider)"),
        s1: ROUTER_S1,
        s2: ROUTER_S2,
        source: source("シビラティの例：IOS-XR", 1728, 1751),
    },
    Family {
        slug: "security",
        name: text!("セキュリティ", "Security"),
        s1: &[
            ex(None, text!("ネットワーク経路上のセキュリティ製品の問題で通信が全断している", "A security product in the network path has cut all traffic")),
            ex(None, text!("認証サーバの認証・認可が動作せず連携するネットワーク機器への端末接続が完全に停止している", "The authentication server's authentication/authorisation does not work, and devices can no longer connect through the network equipment that relies on it")),
            ex(None, text!("製品が使用するクラウド障害で製品の動作が停止している", "A failure of the cloud the product uses has stopped the product")),
            ex(None, text!("セキュリティ製品としての主要な機能であるセキュリティイベントの検知・防御、認証・認可、管理等が全く動作しない", "The product's main security functions (detecting and blocking security events, authentication/authorisation, management …) do not work at all")),
        ],
        s2: &[
            ex(None, text!("冗長化されたセキュリティ製品の片系がダウンしている", "One unit of a redundant security product is down")),
            lead(text!("以下のような事象により業務に大きな影響を及ぼしている", "Events such as the following have a large impact on the business:")),
            sub(None, text!("ネットワーク経路上のセキュリティ製品の問題で部分的な通信断や遅延等が発生", "A security product in the network path causes partial outages or delays")),
            sub(None, text!("認証サーバの認証・認可が正常に動作せず、複数の端末のネットワーク接続が不可", "Authentication/authorisation does not work properly and several devices cannot connect")),
            sub(None, text!("製品が使用するクラウドで障害が発生しており、製品の主要機能が動作しない", "A failure in the product's cloud stops its main functions")),
            sub(None, text!("セキュリティ製品としての主要な機能であるセキュリティイベントの検知・防御、管理、認証・認可等が部分的に動作しない", "The product's main security functions partly do not work")),
        ],
        source: source("セキュリティ", 1893, 1927),
    },
];

/// The tool's title and what the guide says it is about (shown folded, "About this tool").
pub const INFO: ToolInfo = ToolInfo {
    title: text!("シビラティの選択", "Choosing a severity"),
    summary: text!("TAC の対応時間は、障害の重大度を表すシビラティによって定義されています。シビラティのレベルは TAC とお客様の合意の上で決定します。各シビラティに相当する障害状況は製品により異なるため、製品別のシビラティの例もあわせてご確認ください。", "TAC's response hours are set by the severity, which expresses how serious a problem is. The severity level is agreed between TAC and the customer. What counts as each severity differs by product, so check the per-product severity examples as well."),
    source: super::Source { guide: super::Guide::TechnicalServices, section: "シビラティと TAC 対応時間", lines: (821, 827) },
};

/// The pages the guide links to that this tool's visitor needs, in the order they need them.
pub const LINKS: &[GuideLink] = &[
    links::SCM,
    links::SCM_HELP_JA,
    links::SCM_HELP_EN,
    links::CASE_GUIDE,
    links::GLOBAL_CASE_OPEN,
    links::UCS_24X7,
    links::WEBEX_SD_EN,
    links::WEBEX_SD_JA,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_in_the_guide_is_here_in_both_languages() {
        let slugs: Vec<&str> = FAMILIES.iter().map(|f| f.slug).collect();
        assert_eq!(
            slugs,
            [
                "dc-computing",
                "dc-networking",
                "router-switch",
                "sdwan",
                "catalyst-center",
                "wireless",
                "collaboration",
                "mobile",
                "ios-xr",
                "security",
            ]
        );
        for family in FAMILIES {
            assert!(
                !family.name.ja.is_empty() && !family.name.en.is_empty(),
                "{}",
                family.slug
            );
            assert!(
                !family.s1.is_empty() && !family.s2.is_empty(),
                "{}",
                family.slug
            );
            for example in family.s1.iter().chain(family.s2) {
                assert!(
                    !example.text.ja.trim().is_empty() && !example.text.en.trim().is_empty(),
                    "{}",
                    family.slug
                );
                assert!(
                    !example
                        .text
                        .en
                        .chars()
                        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
                    "{}: English has kana",
                    family.slug
                );
            }
            assert_eq!(
                super::family(family.slug).map(|f| f.slug),
                Some(family.slug)
            );
        }
        for severity in Severity::ALL {
            assert!(!common(severity).is_empty());
        }
    }

    /// The Japanese examples are the guide's own words: each must be found in the guide (with the
    /// PDF's line breaks and spaces removed on both sides).
    #[test]
    fn the_japanese_text_is_the_guides() {
        let guide = crate::content::guide_text(Guide::TechnicalServices);
        let squash = |text: &str| {
            text.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
        };
        let guide = squash(&guide);
        let mut texts: Vec<&str> = COMMON
            .iter()
            .flat_map(|list| list.iter().map(|t| t.ja))
            .collect();
        for family in FAMILIES {
            texts.extend(
                family
                    .s1
                    .iter()
                    .chain(family.s2)
                    .map(|e| e.text.ja.trim_end_matches(" (業務に大きな影響)")),
            );
        }
        for text in texts {
            assert!(guide.contains(&squash(text)), "not in the guide: {text}");
        }
    }
}
