// Issue #9, as a visitor meets it: the routes the guide gives (CSSM On-Prem, Webex, the phone for S1),
// the Global TAC footnote beside its rule, the cautious literal reading of the delivery rules, and the
// fifth tool, support after end of sale, standalone, by deep link and embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, useSuite } from './harness.mjs';
import { addWidget, ChecklistTool, DeliveryTool, EosTool, SeverityTool, StandalonePage } from './widget-page.mjs';

const suite = useSuite();

async function open(hash, lang) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, hash);
  if (lang) await app.chooseLang(lang);
  return {
    page,
    app,
    severity: new SeverityTool(app),
    checklist: new ChecklistTool(app),
    delivery: new DeliveryTool(app),
    eos: new EosTool(app),
  };
}

test('CSSM On-Prem with Global TAC is a Japanese inquiry e-mailed to japan-tac, with no severity', async () => {
  const { checklist } = await open('#/checklist?desk=global&product=cssm-on-prem&sev=2', 'en');
  await checklist.field('name').fill('豆柴 花子');
  await checklist.field('text').getByText('■ 氏名: 豆柴 花子').waitFor();
  const text = await checklist.field('text').textContent();
  assert.match(text, /^シスコ TAC ご担当者様/);
  assert.doesNotMatch(text, /service request|シビラティ/);
  assert.doesNotMatch(await checklist.field('subject-line').textContent(), /SR|S2/);
  assert.ok((await checklist.field('mailto').getAttribute('href')).startsWith('mailto:japan-tac@cisco.com?'));
  assert.equal(await checklist.field('phone-first').count(), 0);
});

test('Webex with Japan TAC offers SCM, its own phone and chat, and no e-mail', async () => {
  const { checklist } = await open('#/checklist?desk=japan&product=webex&sev=3', 'ja');
  await checklist.field('channels').getByText(/0120-339-836 \/ 03-6434-6780/).waitFor();
  assert.match(await checklist.field('channels').textContent(), /Webex Chat Assistant/);
  assert.equal(await checklist.field('mailto').count(), 0);
  assert.match(await checklist.field('webex-note').textContent(), /Webex Calling/);
});

test('Webex Calling and Contact Center are not sent to the Meetings/Webinars/App/Control Hub desk', async () => {
  for (const [product, url] of [
    ['webex-calling', 'https://community.cisco.com/t5/-/-/ta-p/4164748#toc-hId--555742655'],
    ['webex-contact-center', 'https://community.cisco.com/t5/-/-/ta-p/4996494#toc-hId--2131336497'],
  ]) {
    const { checklist } = await open(`#/checklist?desk=japan&product=${product}&sev=3`, 'ja');
    await checklist.field('own-route').waitFor();
    assert.equal(await checklist.field('own-route').locator('a').getAttribute('href'), url);
    assert.doesNotMatch(await checklist.field('channels').textContent(), /0120-339-836|Webex Chat Assistant/);
    assert.equal(await checklist.field('mailto').count(), 0);
    await suite.page.context().close();
    suite.page = null;
  }
});

test('Japan TAC S1: the phone first, the text for the call, no mail; the official template is linked', async () => {
  const { checklist } = await open('#/checklist?desk=japan&product=hardware&sev=1', 'en');
  await checklist.field('phone-first').getByText(/must be opened by phone/).waitFor();
  assert.match(await checklist.field('channels').locator('li').first().textContent(), /0120-608-802/);
  assert.equal(await checklist.field('text-heading').textContent(), 'What to have ready for the call');
  assert.equal(await checklist.field('mailto').count(), 0);
  assert.equal(await checklist.field('subject-line').count(), 0);
  assert.equal(
    await checklist.field('template').locator('a').getAttribute('href'),
    'https://www.cisco.com/c/dam/global/ja_jp/support/loc-tac-guide/doc/template-sr.txt',
  );
});

test('severity: Global TAC S2 shows the phone rule beside the footnote that contradicts it, each cited', async () => {
  const { severity } = await open('#/severity?sev=2', 'en');
  await severity.unfold('desks');
  const phone = severity.field('phone-global');
  await phone.waitFor();
  assert.equal(await phone.locator('.sw-cited > ul > li').count(), 2, 'the rule and the footnote');
  assert.match(await phone.textContent(), /must be opened by phone.*footnote.*SCM or by phone/s);
  assert.equal(await phone.locator('.sw-cite').count(), 2);
  assert.match(await severity.field('desk-global').textContent(), /around the clock \(best effort\) if you ask for it/);
  assert.doesNotMatch(await severity.field('desk-global').textContent(), /Answering now \(best effort\)/);
  assert.match(await severity.field('global-phone-menu').textContent(), /1 \(urgent.*3 \(new\)/);
});

test('delivery: before 09:00 the tool states its reading and shows the literal reading as the cautious one', async () => {
  const { delivery } = await open('#/delivery?level=8x5xNBD&at=2026-11-20T08:00', 'en');
  await delivery.get('delivery-arrival').getByText('on Tue 24 Nov 2026 (no set hour; visits 09:00–17:00)').waitFor();
  assert.match(await delivery.get('delivery-steps').textContent(), /the tool's reading: before 09:00 on a business day counts as that day's opening/);
  assert.match(await delivery.get('delivery-cautious').textContent(), /Wed 25 Nov 2026/);
  await delivery.get('delivery-readings').locator('summary').click();
  assert.match(await delivery.get('delivery-readings').textContent(), /RMA application day/);
  assert.match(await delivery.get('delivery-return-facts').textContent(), /0120-445-240/);
});

test('support after end of sale: a deep link gives the periods, and typing updates them and the URL', async () => {
  const { page, eos } = await open('#/eos?eos=2024-05-01', 'en');
  await eos.get('eos-periods').waitFor();
  assert.equal(await eos.until('hardware'), '2029-04-30');
  assert.equal(await eos.until('os'), '2027-04-30');
  assert.equal(await eos.until('application'), '2026-04-30');
  assert.deepEqual(await eos.get('eos-price-rises').locator('time').evaluateAll((times) => times.map((t) => t.dateTime)), ['2025-05-01', '2027-05-01']);
  await eos.field('eosm').fill('2025-10-31');
  await eos.get('eos-eosm').waitFor();
  assert.match(decodeURIComponent(page.url()), /#\/eos\?eos=2024-05-01&eosm=2025-10-31&lang=en$/);
  await eos.field('eos').fill('2024-13-01');
  await eos.field('eos').blur();
  await eos.field('eos-error').getByText(/YYYY-MM-DD/).waitFor();
  assert.equal(await eos.field('eos').inputValue(), '2024-13-01', 'what was typed is kept');
  await eos.get('eos-pending').waitFor();
});

test('support after end of sale, embedded: data-support-widget="eos" in either language, axe-clean', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  for (const lang of ['ja', 'en']) {
    // Added after load, as a CMS would: the loader mounts it by itself.
    const widget = await addWidget(page, { id: `eos-${lang}`, 'data-support-widget': 'eos', 'data-lang': lang });
    await widget.title.waitFor();
    const eos = new EosTool(widget);
    await eos.field('eos').fill('2020-01-31');
    await eos.periods.waitFor();
    assert.equal(await eos.until('hardware'), '2025-01-30');
  }
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(violations));
});

test('axe-core finds no violations with the new routes, readings and links open', async () => {
  for (const [hash, lang] of [['#/checklist?desk=global&product=hardware&sev=1', 'ja'], ['#/severity?sev=2&desk=global', 'en'], ['#/eos?eos=2021-03-31&eosm=2022-01-01', 'ja']]) {
    const { page, app } = await open(hash, lang);
    await app.root.locator('details.sw-readings > summary').first().click();
    // The end-of-sale section of the guide links no page, so that tool has no list of links.
    const links = app.root.locator('details.sw-links > summary');
    if (await links.count()) await links.first().click();
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${hash} in ${lang}:\n${describeViolations(violations)}`);
    await page.context().close();
    suite.page = null;
  }
});
