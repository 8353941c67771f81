// The SR checklist, as a visitor uses it: tick, fill, reload, recover, copy, download, e-mail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowClipboard, axeViolations, copiedText, describeViolations, downloaded, openPage, useSuite } from './harness.mjs';
import { ChecklistTool, StandalonePage, Widget } from './widget-page.mjs';

const suite = useSuite();
const KEY = 'support-widgets:checklist';

async function open(hash, lang, { storage } = {}) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  if (storage !== undefined) {
    await page.addInitScript(([key, value]) => {
      // Not in the blank page a new tab starts with, whose storage Firefox refuses.
      if (location.protocol !== 'http:') return;
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, storage]);
  }
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, hash);
  if (lang) await app.chooseLang(lang);
  return { page, app, tool: new ChecklistTool(app) };
}

test('the severity tool hands over its severity; the URL keeps no personal values', async () => {
  const { page, tool } = await open('#/checklist?sev=1&desk=japan&product=umbrella', 'en');
  assert.equal(await tool.field('severity-1').isChecked(), true);
  await tool.field('account_email').fill('hanako@clan.blue');
  await tool.field('umbrella_sub').fill('sub123456');
  await tool.field('text').getByText('Sub123456').waitFor();
  const url = decodeURIComponent(page.url());
  assert.ok(url.endsWith('#/checklist?desk=japan&product=umbrella&sev=1&lang=en'), url);
  assert.ok(!url.includes('hanako'));
});

test('fill in, reload, and everything is still there; one control per item', async () => {
  const { page, app, tool } = await open('#/checklist?desk=japan&product=hardware', 'en');
  assert.match(await tool.field('summary').textContent(), /Contract: Contract number.*Company name \(Japanese or English\)/s);
  assert.equal(await tool.field('account_email').getAttribute('type'), 'email');
  assert.equal(await tool.field('phone').getAttribute('type'), 'tel');
  assert.equal(await tool.field('company_ja').getAttribute('autocomplete'), 'organization');
  await tool.field('contract').fill('１２３４５６７８');
  await tool.field('company_ja').fill('クランブルー株式会社');
  await tool.field('description').fill('Line one\nLine two');
  // The Japanese company name readies its 「(日本語/英語)」 pair too.
  await tool.field('progress').getByText('4 of 16 required items ready').waitFor();
  await page.reload();
  await app.title.waitFor();
  await tool.field('progress').getByText(/^4 of 16|^必須 16 項目中 4 項目/).waitFor();
  assert.equal(await tool.field('contract').inputValue(), '１２３４５６７８', 'kept exactly as typed');
  assert.equal(await tool.field('company_ja').inputValue(), 'クランブルー株式会社');
  assert.equal(await tool.field('description').inputValue(), 'Line one\nLine two');
  assert.equal(await tool.field('load-note').count(), 0);
});

test('a corrupt save is recovered as far as it goes, and the visitor is told', async () => {
  const { tool } = await open('#/checklist', 'en', { storage: 'support-widgets checklist v0\nvalue\tcontract\t4242\nbroken line' });
  await tool.field('load-note').getByText(/older version/).waitFor();
  assert.equal(await tool.field('contract').inputValue(), '4242');
});

test('the text can be copied and downloaded, and e-mailed to japan-tac; Global TAC says to use SCM', async () => {
  const { page, tool } = await open('#/checklist?desk=japan&product=hardware&sev=2', 'ja');
  await allowClipboard(page);
  await tool.field('subject-line').waitFor();
  await tool.field('contract').fill('12345678');
  await tool.field('subject-line').getByText('[SR 申請] S2 (件名未入力)').waitFor();
  await tool.field('copy').click();
  await tool.field('copy-status').getByText('コピーしました。').waitFor();
  const copied = await copiedText(page);
  assert.ok(copied.startsWith('[SR 申請] S2 (件名未入力)\n\nシスコ TAC ご担当者様'), copied);
  assert.match(copied, /■ 契約番号: 12345678/);
  assert.match(copied, /■ 会社名 \(日本語\): \(未入力\)/);

  const file = await downloaded(page, () => tool.field('download').click());
  assert.equal(file.name, 'sr-request.txt');
  assert.equal(file.text, `${copied}\n`);

  const href = await tool.field('mailto').getAttribute('href');
  assert.ok(href.startsWith('mailto:japan-tac@cisco.com?subject='), href);
  const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.split('&body=')[1]);
  assert.match(body, /契約番号: 12345678\r\n/);

  // Global TAC S2 must be opened by phone: the number first, the text is for the call, no mail.
  await tool.field('desk-global').check();
  await tool.field('phone-first').waitFor();
  assert.equal(await tool.field('mailto').count(), 0, 'Global TAC has no e-mail address in the guide');
  assert.match(await tool.field('text').textContent(), /^\[To have ready for the phone call/);
  assert.match(await tool.field('channels').locator('li').first().textContent(), /0066-33-800-926/);
  // At S3 the text goes to SCM: no mail address, and the note says so.
  await tool.field('severity-3').check();
  await tool.field('global-note').waitFor();
  assert.match(await tool.field('text').textContent(), /^Hello Cisco TAC,/);
});

test('axe-core finds no violations in the checklist, with errors, warnings and the clear prompt', async () => {
  for (const lang of ['ja', 'en']) {
    const { page, tool } = await open('#/checklist?desk=japan&product=webex-devices', lang);
    await tool.field('webex_site').fill('nope');
    await tool.field('serial').fill('X1');
    await tool.field('phone').fill('+81 03-1234-5678');
    // Pressing a button below leaves the field: its warning waits for the release, so the click lands.
    await tool.field('clear').click();
    await tool.field('phone-warning').waitFor();
    let violations = await axeViolations(page);
    assert.deepEqual(violations, [], `japan in ${lang}:\n${describeViolations(violations)}`);
    await tool.field('clear-cancel').click();
    await tool.field('desk-smart-account').check();
    violations = await axeViolations(page);
    assert.deepEqual(violations, [], `smart account in ${lang}:\n${describeViolations(violations)}`);
    await suite.page.context().close();
    suite.page = null;
  }
});

test('a warning that appears on leaving a field does not move the button being pressed', async () => {
  const { page, tool } = await open('#/checklist?desk=japan&product=hardware', 'en');
  await tool.field('phone').fill('+81 03-1234-5678');
  const clear = tool.field('clear');
  const before = await clear.boundingBox();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  assert.deepEqual(await clear.boundingBox(), before, 'the press left the field; nothing moved under the pointer');
  assert.equal(await tool.field('phone-warning').count(), 0);
  await page.mouse.up();
  await tool.field('clear-cancel').waitFor();
  await tool.field('phone-warning').waitFor();
  // With the keyboard nothing is pressed: leaving the field shows the warning at once.
  await tool.field('clear-cancel').click();
  await tool.field('serial').fill('X1');
  await tool.field('serial').press('Tab');
  await tool.field('serial-warning').waitFor();
});

test('a text too long for a mail link offers copy instead, and says where to send it', async () => {
  const { tool } = await open('#/checklist?desk=japan&product=hardware&sev=3', 'en');
  await tool.field('mailto').waitFor();
  assert.ok((await tool.field('mailto').getAttribute('href')).startsWith('mailto:japan-tac@cisco.com?'));
  await tool.field('description').fill('show tech output line\n'.repeat(120));
  await tool.field('mail-too-long').waitFor();
  assert.equal(await tool.field('mailto').count(), 0, 'no link a mail client would cut');
  assert.equal(await tool.field('mail-too-long').locator('a[href="mailto:japan-tac@cisco.com"]').count(), 1);
  assert.equal(await tool.field('copy').count(), 1);
});

test('a 10 MB paste keeps what the field holds, says so, and the tool stays quick', async () => {
  const { page, tool } = await open('#/checklist?desk=japan&product=hardware&sev=3', 'en');
  const paste = 'show tech output line\n'.repeat(500_000);
  await tool.field('description').fill(paste);
  await tool.field('description-full').getByText('This field holds up to 10000 characters; anything after that is not kept.').waitFor();
  const kept = await tool.field('description').inputValue();
  assert.equal(kept.length, 10_000);
  assert.ok(paste.startsWith(kept), 'what fits is kept as pasted');
  // The text to send carries what was kept, and the mail link gives way to copying.
  await tool.field('mail-too-long').waitFor();
  // A one-line field holds its own bound, and the tool still answers: severity, description,
  // contract and the company name's pair are ready.
  await tool.field('contract').fill('9'.repeat(100));
  assert.equal((await tool.field('contract').inputValue()).length, 40);
  await tool.field('contract-full').waitFor();
  await tool.field('company_ja').fill('クランブルー株式会社');
  await tool.field('progress').getByText(/^5 of 16 required items ready/).waitFor();
  // Saved and restored within the same bounds.
  await page.reload();
  await tool.field('description').waitFor();
  assert.equal((await tool.field('description').inputValue()).length, 10_000);
});

test('two checklists on one page, and two tabs, keep what each typed; a clear wins over what came before it', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  await page.evaluate(async () => {
    for (const id of ['first', 'second']) {
      const element = document.createElement('div');
      element.id = id;
      element.dataset.supportWidget = 'checklist';
      element.dataset.lang = 'en';
      document.querySelector('main').append(element);
      await window.SupportWidgets.mount(element);
    }
  });
  const first = new ChecklistTool(new Widget(page, page.locator('#first')));
  const second = new ChecklistTool(new Widget(page, page.locator('#second')));
  // Each types its own field: neither erases the other's, and each shows both.
  await first.field('contract').fill('11112222');
  await second.field('phone').fill('03-1111-2222');
  await page.waitForFunction(() => ['first', 'second'].every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root.querySelector('[data-testid="sw-cl-contract"]').value === '11112222'
      && root.querySelector('[data-testid="sw-cl-phone"]').value === '03-1111-2222';
  }));

  // A second tab of the same browser: it starts with both, and what it types reaches the first tab.
  const other = await page.context().newPage();
  const tab = new StandalonePage(other);
  await tab.open(suite.harness.origin, '#/checklist?lang=en');
  const inTab = new ChecklistTool(tab);
  assert.equal(await inTab.field('contract').inputValue(), '11112222');
  await inTab.field('subject').fill('Router down');
  await page.waitForFunction(() => document.getElementById('first').shadowRoot
    .querySelector('[data-testid="sw-cl-subject"]').value === 'Router down');
  assert.equal(await first.field('contract').inputValue(), '11112222', "the tab's typing kept the page's");

  // "Clear all" in the tab clears both widgets; what is typed afterwards stays.
  await inTab.field('clear').click();
  await inTab.field('clear-yes').click();
  await page.waitForFunction(() => document.getElementById('second').shadowRoot
    .querySelector('[data-testid="sw-cl-contract"]').value === '');
  await second.field('serial').fill('FOC1234X0YZ');
  await other.waitForFunction(() => document.querySelector('[data-support-widget]')?.shadowRoot
    ?.querySelector('[data-testid="sw-cl-serial"]')?.value === 'FOC1234X0YZ');
  assert.equal(await inTab.field('contract').inputValue(), '', 'the clear was not undone by the keystroke');
  assert.equal(await first.field('phone').inputValue(), '');
  await other.close();
});
