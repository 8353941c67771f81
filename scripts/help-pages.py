#!/usr/bin/env python3
# Writes the static help pages (help/ja/*.html, help/en/*.html, help/index.html) from the texts below:
# each chapter summarises a part of the guides in our own words, cites it, and embeds its tool exactly
# as a partner would. Run `python3 scripts/help-pages.py` after editing, and commit the pages.
import html, os
# HELP_OUT writes them elsewhere: scripts/test regenerates them there and compares with help/.
ROOT=os.environ.get('HELP_OUT') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'help')
GUIDE={'ja':{'000':'テクニカルサービス ご利用ガイド','002':'スマートアカウント作成ガイド'},'en':{'000':'Technical services user guide','002':'Smart Account creation guide'}}
SRC={'ja':'出典','en':'Source'}
T={
 'site':{'ja':'サポートガイド ヘルプ','en':'Support guide help'},
 'chapters':{'ja':'章','en':'Chapters'},
 'home':{'ja':'ヘルプの目次','en':'Help contents'},
 'other':{'ja':'English','en':'日本語'},
 'skip':{'ja':'本文へ移動','en':'Skip to content'},
 'tool':{'ja':'ツールで確かめる','en':'Try it with the tool'},
 'next':{'ja':'関連するページ','en':'Related pages'},
 'footer':{'ja':'このヘルプはシスコの 2 つのガイド (テクニカルサービス ご利用ガイド、スマートアカウント作成ガイド) を短くまとめたものです。正式な内容はガイドをご覧ください。入力内容はこのブラウザーの外には送信されません。','en':'This help summarises two Cisco guides (the technical services user guide and the Smart Account creation guide) in our own words; the guides are the authority. Nothing you type leaves this browser.'},
 'index_lead':{'ja':'サービスリクエストの準備から交換パーツの返却、スマートアカウントの作成まで。各ページにガイドの要点と、その場で使えるツールがあります。','en':'From preparing a service request to returning a replaced part and creating a Smart Account: each page gives the guide\'s points in short, with a tool to use right there.'},
}
import re
PHONE=re.compile(r'(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])')
EMAIL=re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+')
def tel(number):
    # As the widget does (src/rules/kernel/contact.rs): E.164 without the leading 0; 0066 is a Japanese
    # carrier's access code with no E.164 form, kept as dialled.
    digits=''.join(ch for ch in number if ch.isdigit())
    return f'tel:{digits}' if digits.startswith('0066') else f'tel:+81{digits[1:]}'
def linked(text):
    """The text, escaped, with every phone number a tel: link and every address a mailto: link."""
    out=[];at=0
    spans=sorted([(m.start(),m.end(),'tel') for m in PHONE.finditer(text)]+[(m.start(),m.end(),'mail') for m in EMAIL.finditer(text)])
    for start,end,kind in spans:
        if start<at: continue
        out.append(html.escape(text[at:start]))
        shown=text[start:end]
        href=tel(shown) if kind=='tel' else f'mailto:{shown}'
        out.append(f'<a href="{href}">{html.escape(shown)}</a>')
        at=end
    out.append(html.escape(text[at:]))
    return ''.join(out)
def cite(lang, guide, section):
    return f'<span class="cite">({SRC[lang]}: {GUIDE[lang][guide]}「{html.escape(section)}」)</span>'
CH=[]
def chapter(slug, tool, title, lead, sections, tool_after=None, tool_intro=None):
    # The tool after the static summary (with the numbers), so the summary shows before the wasm loads.
    CH.append(dict(slug=slug,tool=tool,title=title,lead=lead,sections=sections,tool_after=tool_after or len(sections),tool_intro=tool_intro))

chapter('severity','severity',
 {'ja':'シビラティと TAC の対応時間','en':'Severity and TAC hours'},
 {'ja':'シビラティ (重大度) は障害の影響の大きさを表し、TAC がいつ対応するかを決めます。最終的には TAC とお客様の合意で決まります。','en':'The severity says how serious a problem is and decides when TAC responds. It is finally agreed between you and TAC.'},
 [
  ({'ja':'4 つのシビラティ','en':'The four severities'},[
    ({'ja':'S1: サービスが停止し、あらゆる手段を試みても復旧せず、業務に重大な影響がある。','en':'S1: service has stopped, nothing restores it, and the business is seriously affected.'},'000','シビラティの例：製品共通'),
    ({'ja':'S2: 冗長性が失われている、特定の機能が全く使えない・性能が大幅に低下した状態が続いている、障害が頻発している。','en':'S2: redundancy is lost, a specific function is unusable or performance badly degraded and it continues, or failures keep recurring.'},'000','シビラティの例：製品共通'),
    ({'ja':'S3: 復旧済みの障害の原因調査、業務に直接影響しない問題、代替策がある障害。','en':'S3: finding the cause of an outage that has recovered, problems that do not directly affect the business, failures with a workaround.'},'000','シビラティの例：製品共通'),
    ({'ja':'S4: 運用環境以外の問題、既知の不具合・脆弱性・ドキュメントに関する質問。','en':'S4: problems outside production, and questions about known defects, vulnerabilities or documentation.'},'000','シビラティの例：製品共通'),
  ]),
  ({'ja':'対応時間と申請方法','en':'Hours and how to open'},[
    ({'ja':'Japan TAC: S1 は 24 時間 365 日、S2～S4 は月～金 9:00～17:00 (土日祝日、シスコが定めた休日を除く)。S1 は電話での申請が必須です (0120-608-802)。','en':'Japan TAC: S1 around the clock; S2–S4 Monday to Friday 09:00–17:00 except weekends, holidays and Cisco holidays. S1 must be opened by phone (0120-608-802).'},'000','Japan TAC (日本語) のサポートを受ける'),
    ({'ja':'Global TAC (英語): S1 は 24 時間、S2 は営業地域の営業時間で、お客様のご要望に応じて 24 時間 (ベストエフォート)、S3～S4 は営業地域の営業時間。S1・S2 は電話での申請が必須とされていますが、同じページの注記では SCM でも可能とされています。','en':'Global TAC (English): S1 around the clock, S2 in the region\'s business hours and around the clock (best effort) if you ask for it, S3–S4 in the region\'s business hours. S1 and S2 are said to need the phone, though a footnote on the same page also allows SCM.'},'000','Global TAC (英語) のサポートを受ける'),
    ({'ja':'S1 で申請する場合は、エンドユーザ様とパートナー様も 24 時間対応できる必要があります。','en':'For S1, the end user and the partner must also be reachable around the clock.'},'000','シビラティと TAC 対応時間'),
  ]),
 ],
 tool_intro={'ja':'質問に答えてシビラティを選び、各窓口が今対応しているかを確かめられます。','en':'Answer a few questions to choose the severity, and see whether each desk is answering now.'})

chapter('service-request','checklist',
 {'ja':'サービスリクエストをオープンする','en':'Opening a service request'},
 {'ja':'サービスリクエスト (SR) は 1 事象につき 1 件です。オープンする前に、ガイドが挙げる情報をそろえておくと、切り分けが早くなります。','en':'One service request (SR) covers one issue. Having the items the guide lists ready before you open it makes the first analysis faster.'},
 [
  ({'ja':'用意するもの','en':'What to have ready'},[
    ({'ja':'シビラティ、契約番号、会社名・住所・ご担当者名 (日本語/英語)、シスコアカウントに登録の E メールアドレス、電話番号、製品設置先住所、製品型番、シリアル番号やサブスクリプション ID、件名、障害内容。','en':'The severity, the contract number, company name, address and contact name (Japanese/English), the e-mail address registered on your Cisco account, a phone number, the installation address, the product ID, the serial number or subscription ID, a subject and the problem.'},'000','サービスリクエスト(SR)オープン時に必要な情報'),
    ({'ja':'SR のオープンには、有効なサービス契約が紐づいた、申請するご本人のシスコアカウントが必要です。','en':'Opening an SR needs your own Cisco account, linked to a valid service contract.'},'000','サービスリクエスト(SR)をオープンする'),
    ({'ja':'製品によって追加の情報があります (SD-WAN の DNA サブスクリプション、Umbrella のサブスクリプション ID、Webex の site URL や Org ID など)。','en':'Some products need more (the DNA subscription for SD-WAN, the Umbrella subscription ID, the Webex site URL or Org ID, …).'},'000','製品別サービスリクエストのオープン時に必要な情報'),
  ]),
  ({'ja':'窓口','en':'Where it goes'},[
    ({'ja':'Japan TAC: Support Case Manager (SCM)、E メール japan-tac@cisco.com、電話 0120-608-802。Global TAC: SCM か電話 (英語)。','en':'Japan TAC: Support Case Manager (SCM), e-mail japan-tac@cisco.com, phone 0120-608-802. Global TAC: SCM or phone, in English.'},'000','サービスリクエスト(SR)をオープンする'),
    ({'ja':'Webex Meetings/Webinars、Webex App、Control Hub は SCM、電話 0120-339-836 / 03-6434-6780、チャットで受け付けています (E メールはありません)。','en':'Webex Meetings/Webinars, Webex App and Control Hub: SCM, phone 0120-339-836 / 03-6434-6780, or chat (no e-mail).'},'000','Webex Meetings/Webinars, Webex App, Control Hub に関するサポートについて'),
    ({'ja':'CSSM オンプレミス (旧サテライト) は無償のお問い合わせで、窓口にかかわらず japan-tac@cisco.com に送ります。','en':'CSSM On-Prem (formerly Satellite) is a free inquiry, sent to japan-tac@cisco.com whatever the desk.'},'000','その他'),
  ]),
 ],
 tool_intro={'ja':'窓口と製品を選ぶと、必要な項目、準備の進み具合、送るテキストが分かります。','en':'Pick the desk and the product to see the items, how ready you are, and the text to send.'})

chapter('delivery','delivery',
 {'ja':'交換パーツの配送と返却','en':'Parts delivery and return'},
 {'ja':'TAC がパーツ交換が必要と判断し、配送の手配を完了した時刻から、契約のサービスレベルに従って配送されます。最初に連絡した時刻からではありません。','en':'Once TAC decides a part must be replaced and completes the dispatch arrangement, the part is delivered under your service level, counted from that arrangement, not from your first call.'},
 [
  ({'ja':'サービスレベル','en':'Service levels'},[
    ({'ja':'8x5xNBD: 平日 9:00～17:00 に手配が完了すれば翌営業日。8x5x4h: 4 時間以内 (営業時間外は翌営業日 9 時の手配扱いで 13 時まで)。8x7xNCD: 翌日。24x7x4h / 24x7x2h: 4 時間 / 2 時間以内 (営業時間外はシビラティ 1 のみ)。','en':'8x5xNBD: next business day when arranged on a weekday 09:00–17:00. 8x5x4h: within 4 hours (outside hours, as if arranged at 09:00 on the next business day, by 13:00). 8x7xNCD: the next day. 24x7x4h / 24x7x2h: within 4 / 2 hours (outside hours for severity 1 only).'},'000','サービスレベルとパーツ配送時間'),
    ({'ja':'天候や交通事情、在庫状況などで遅れることがあります。重量物やケーブルは配送時間が異なります。','en':'Weather, traffic or stock can delay the arrival; heavy parts and cables have their own delivery times.'},'000','サービスレベルとパーツ配送時間'),
  ]),
  ({'ja':'返却','en':'Returning the failed part'},[
    ({'ja':'交換パーツの出荷日から 10 日以内に返却します (ツールは出荷日を 1 日目として数えます)。オンサイトではフィールドエンジニアが持ち帰ります。遅れる場合はアセットリカバリーの事前承認が必要で、返却されないと定価相当額が請求される場合があります。','en':'Return it within 10 days of the replacement\'s ship date (the tool counts the ship date as day 1); with onsite service the field engineer takes it. A late return needs approval beforehand, and a part not returned may be billed at list price.'},'000','障害パーツの返却'),
    ({'ja':'アセットリカバリーコールセンター: 0120-445-240 (番号案内で「3」)、asset-recovery-jp@cisco.com、平日 9:00～17:00。','en':'Asset recovery call centre: 0120-445-240 (choose 3), asset-recovery-jp@cisco.com, weekdays 09:00–17:00.'},'000','アセットリカバリーコールセンター'),
  ]),
 ],
 tool_intro={'ja':'サービスレベルと手配完了の日時から、到着の目安を日本の営業日で計算します。','en':'From the service level and when the arrangement was completed, work out the estimated arrival on Japanese business days.'})

chapter('smart-account','domain',
 {'ja':'スマートアカウントを作成する','en':'Creating a Smart Account'},
 {'ja':'スマートアカウントは組織のアカウントで、ライセンスをまとめて管理します。作成の前に、個人のシスコアカウントに会社情報を英語で登録しておきます。','en':'A Smart Account is the organisation\'s account for managing its licences. Before creating one, register your company information in English on your personal Cisco account.'},
 [
  ({'ja':'アカウントドメイン','en':'The Account Domain'},[
    ({'ja':'デフォルトはシスコアカウントのメールアドレスのドメインです。組織の別のスマートアカウントがすでに同じドメインを使っている場合は、重複しないようにプレフィクスを付けます。プレフィクスを付けたドメイン (jp.cisco.com など) は、プレフィクスなしのスマートアカウント管理者の承認で使えます。','en':'By default it is your e-mail address\'s domain. Where another Smart Account of your organisation already uses that domain, add a prefix so they do not clash. The domain with a prefix in front (such as jp.cisco.com) can be used once the admin of the un-prefixed Smart Account approves.'},'002','2-2 スマートアカウントを作成する'),
    ({'ja':'メールアドレスのドメインを含まないドメインは、プレフィクスの追加では使えません (表の 3 行目)。表の 4 行目の「ドメイン変更」(Use a Different Domain) でシスコに申請し、承認された場合に使えます。3 行目の例 (sales.cisco.com のアドレスで japan.cisco.com) にも申請の道を示すのは、ツールの読み方です。','en':'A domain that does not contain your e-mail domain cannot be had by adding a prefix (row 3 of the table). Row 4, changing the domain ("Use a Different Domain"), applies to Cisco, and it can be used once Cisco approves. Offering that application for row 3\'s example too (japan.cisco.com for a sales.cisco.com address) is the tool\'s reading.'},'002','2-3 プレフィクス付きスマートアカウントを作成する'),
  ]),
  ({'ja':'登録と問い合わせ','en':'Registration and contacts'},[
    ({'ja':'パスワードは英大文字・英小文字・数字・記号を含む 12～60 文字 (ガイドの「12 ~ 60 文字以上」をツールはこう読みます)。会社の電話番号は先頭の 0 を省いて登録します。','en':'The password has 12–60 characters with upper- and lower-case letters, a digit and a symbol (the tool\'s reading of the guide\'s "12 ~ 60 文字以上"). The company phone is registered without its leading 0.'},'002','1-2 シスコ アカウントを作成する'),
    ({'ja':'シスコアカウントの問い合わせ: web-help-j@cisco.com。スマートアカウント・スマートライセンスの問い合わせ: japan-tac@cisco.com、0120-608-802 (平日 9:00～17:00)。','en':'Cisco account questions: web-help-j@cisco.com. Smart Account and Smart Licensing: japan-tac@cisco.com, 0120-608-802 (weekdays 09:00–17:00).'},'002','シスコ スマートアカウントおよびスマートライセンスに関するお問い合わせ先'),
  ]),
 ],
 tool_intro={'ja':'メールアドレスと希望するアカウントドメインから、ガイドの表のどの場合に当たるかを判定します。','en':'From your e-mail address and the wanted Account Domain, see which case of the guide\'s table applies.'})

chapter('end-of-sale','eos',
 {'ja':'販売終了後のサポート','en':'Support after end of sale'},
 {'ja':'製品の販売終了日以降も、問題の種類に応じて一定期間 TAC にアクセスできます。','en':'After a product\'s end-of-sale date, TAC can still be reached for a time that depends on the kind of problem.'},
 [
  ({'ja':'期間','en':'How long'},[
    ({'ja':'原則として、ハードウェアの問題は 5 年間、オペレーティング システムは 3 年間、アプリケーション ソフトウェアは 2 年間。','en':'As a rule, 5 years for hardware problems, 3 for the operating system, 2 for application software.'},'000','サービス終了'),
    ({'ja':'EoSM (ソフトウェア保守終了) 日を過ぎたソフトウェアは、不具合修正がなく、既知の不具合や過去事例の調査など限定的な対応になります。','en':'Software past its EoSM date gets no fixes: support is limited to known defects and past cases.'},'000','サービス終了'),
  ]),
  ({'ja':'そのほかの変化','en':'What else changes'},[
    ({'ja':'販売終了日の 1 年後と 3 年後にサービス価格が値上げされます。交換パーツが後継製品になる場合があります。','en':'The service price rises 1 and 3 years after the end of sale, and a replacement may be a successor model.'},'000','販売終了製品についてのご案内'),
  ]),
 ],
 tool_intro={'ja':'販売終了日 (と EoSM 日) から、それぞれの期間の最終日の目安を出します。','en':'From the end-of-sale date (and the EoSM date), see the last day of each period.'})

def page(lang, body_title, body, current=None, rel_root='../../', other_href=''):
    nav=''.join(f'<li><a href="{c["slug"]}.html"' + (' aria-current="page"' if c['slug']==current else '') + f'>{html.escape(c["title"][lang])}</a></li>' for c in CH)
    other_lang='en' if lang=='ja' else 'ja'
    return f'''<!doctype html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(body_title)} | {T["site"][lang]}</title>
  <link rel="icon" href="{rel_root}favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="../help.css">
  <link rel="alternate" hreflang="{other_lang}" href="../{other_lang}/{other_href}">
  <script type="module" src="{rel_root}widget.js"></script>
</head>
<body>
  <a class="skip" href="#content">{T["skip"][lang]}</a>
  <header class="site-header">
    <div class="site-header__inner">
      <p class="site-title"><a href="index.html">{T["site"][lang]}</a></p>
      <p class="lang-switch"><a href="../{other_lang}/{other_href}" lang="{other_lang}" hreflang="{other_lang}" data-testid="help-other-lang">{T["other"][lang]}</a></p>
    </div>
  </header>
  <div class="layout">
    <nav class="chapters" aria-label="{T["chapters"][lang]}">
      <h2>{T["chapters"][lang]}</h2>
      <ol>{nav}</ol>
    </nav>
    <main id="content" class="content">
{body}
    </main>
  </div>
  <footer class="site-footer"><p>{T["footer"][lang]}</p></footer>
</body>
</html>
'''

for lang in ['ja','en']:
    # index
    cards=''.join(f'<li class="card"><h2><a href="{c["slug"]}.html">{html.escape(c["title"][lang])}</a></h2><p>{linked(c["lead"][lang])}</p></li>' for c in CH)
    body=f'''      <h1>{T["site"][lang]}</h1>
      <p class="lead">{T["index_lead"][lang]}</p>
      <ul class="index-grid" data-testid="help-index">{cards}</ul>'''
    open(f'{ROOT}/{lang}/index.html','w').write(page(lang, T['site'][lang], body, None, '../../', 'index.html'))
    for i,c in enumerate(CH):
        parts=[f'      <p class="crumbs"><a href="index.html">{T["home"][lang]}</a> › {html.escape(c["title"][lang])}</p>',
               f'      <h1>{html.escape(c["title"][lang])}</h1>',
               f'      <p class="lead">{linked(c["lead"][lang])}</p>']
        for j,(heading, facts) in enumerate(c['sections']):
            items=''.join(f'<li>{linked(f[lang])} {cite(lang,g,s)}</li>' for f,g,s in facts)
            parts.append(f'      <section class="card"><h2>{html.escape(heading[lang])}</h2><ul class="facts">{items}</ul></section>')
            if j+1==c['tool_after']:
                parts.append(f'''      <section class="tool" aria-label="{T["tool"][lang]}">
        <p class="tool-intro">{T["tool"][lang]}: {html.escape(c["tool_intro"][lang])}</p>
        <div data-support-widget="{c["tool"]}" data-lang="{lang}"></div>
      </section>''')
        others=[x for x in CH if x['slug']!=c['slug']][:2] if i==0 else [CH[i-1]] + ([CH[i+1]] if i+1<len(CH) else [CH[0]])
        links=''.join(f'<li><a href="{o["slug"]}.html">{html.escape(o["title"][lang])}</a></li>' for o in others)
        parts.append(f'      <h2>{T["next"][lang]}</h2>\n      <ul class="next">{links}</ul>')
        open(f'{ROOT}/{lang}/{c["slug"]}.html','w').write(page(lang, c['title'][lang], '\n'.join(parts), c['slug'], '../../', f'{c["slug"]}.html'))

# language chooser
open(f'{ROOT}/index.html','w').write('''<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>サポートガイド ヘルプ | Support guide help</title>
  <link rel="icon" href="../favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="help.css">
</head>
<body>
  <main class="layout" id="content">
    <div class="content">
      <h1>サポートガイド ヘルプ <span lang="en">/ Support guide help</span></h1>
      <ul class="index-grid">
        <li class="card"><h2><a href="ja/index.html">日本語</a></h2><p>シビラティ、サービスリクエスト、交換パーツ、スマートアカウント、販売終了後のサポート。</p></li>
        <li class="card" lang="en"><h2><a href="en/index.html">English</a></h2><p>Severity, service requests, replacement parts, Smart Accounts, support after end of sale.</p></li>
      </ul>
    </div>
  </main>
</body>
</html>
''')
print('written', len(CH)*2+3)
