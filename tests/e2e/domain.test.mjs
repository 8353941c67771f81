// The Smart Account domain validator, as a visitor uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, useSuite } from './harness.mjs';
import { DomainTool, StandalonePage } from './widget-page.mjs';

const suite = useSuite();

async function open(hash, lang) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 1800 } });
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, hash);
  if (lang) await app.chooseLang(lang);
  return { page, app, tool: new DomainTool(app) };
}

test('a shared link reproduces the verdict from domains alone', async () => {
  const { tool } = await open('#/domain?email_domain=sales.cisco.com&account=japan.cisco.com', 'en');
  // No prefix reaches it (row 3), and "Use a Different Domain" is its route (row 4): both shown.
  assert.equal(await tool.row(), '3 4');
  assert.match(await tool.field('explanation').textContent(), /row 3.*Use a Different Domain.*row 4/);
  await tool.field('application').waitFor();
  assert.match(await tool.field('email-from-link').textContent(), /@sales\.cisco\.com/);
  assert.deepEqual(await tool.field('alternatives').locator('code').allTextContents(), ['sales.cisco.com', 'japan.sales.cisco.com']);
  assert.match(await tool.field('contact').textContent(), /japan-tac@cisco\.com.*0120-608-802/);
});

test('keyboard only: address, prefix mode, prefix; the URL keeps domains only', async () => {
  const { page, tool } = await open('#/domain', 'ja');
  await tool.field('email').focus();
  await page.keyboard.type('Hanako.Mameshiba＠Ｃｌａｎ．Ｂｌｕｅ');
  await page.keyboard.press('Tab'); // the first mode radio
  await page.keyboard.press('ArrowRight'); // to "prefix"
  assert.equal(await tool.field('mode-prefix').isChecked(), true);
  await page.keyboard.press('Tab');
  await page.keyboard.type('jp');
  assert.equal(await tool.row(), '2');
  assert.match(await tool.field('verdict-title').textContent(), /承認が必要/);
  assert.equal(await tool.field('approval').locator('li').count(), 5);
  assert.match(await tool.field('steps').textContent(), /全角文字を半角に変換しました/);
  const hash = decodeURIComponent(new URL(page.url()).hash);
  assert.equal(hash, '#/domain?email_domain=clan.blue&prefix=jp');
  assert.ok(!page.url().toLowerCase().includes('hanako'), 'the local part never reaches the URL');
});

test('the four rows, label boundaries and internationalised names', async () => {
  const { tool } = await open('#/domain', 'en');
  const cases = [
    ['a@cisco.com', 'cisco.com', '1'],
    ['a@cisco.com', 'abc.cisco.com', '2'],
    ['a@sales.cisco.com', 'cisco.com', '3 4'],
    ['a@cisco.com', 'abccisco.com', '3 4'],
    ['a@日本語.jp', 'XN--WGV71A119E.JP.', '1'],
  ];
  for (const [email, account, row] of cases) {
    await tool.field('email').fill(email);
    await tool.field('account').fill(account);
    await tool.verdict.and(tool.page.locator(`[data-row="${row}"]`)).waitFor();
  }
  assert.match(await tool.field('both-forms').textContent(), /日本語\.jp ↔ xn--wgv71a119e\.jp/);
  await tool.field('email').fill('a@gmail.com');
  await tool.field('account').fill('gmail.com');
  await tool.field('free-mail').waitFor();
});

test('readiness: the password is checked but never shown, stored or sent', async () => {
  const { page, tool } = await open('#/domain', 'en');
  const requestsBefore = [];
  // The browser's own fetch of the page's icon may come at any time after load; it carries nothing.
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.svg')) requestsBefore.push(request.url());
  });
  const secret = 'Correct-Horse-7-battery';
  await tool.field('password').fill(secret);
  await tool.field('password-report').getByText('The password meets the rule.').waitFor();
  const second = 'Zq7#kp';
  await tool.field('password').fill(second);
  await tool.field('password-report').getByText(/Length: 6 characters/).waitFor();
  const leaks = await page.evaluate(([first, latest]) => {
    const host = document.querySelector('[data-support-widget]');
    const markup = host.shadowRoot.innerHTML + document.documentElement.outerHTML;
    return {
      markup: markup.includes(first) || markup.includes(latest),
      // Only the language choice may be kept; never anything typed.
      storage: [...Object.entries(localStorage), ...Object.entries(sessionStorage)]
        .filter(([key, value]) => key !== 'support-widgets:lang' || value.includes(first) || value.includes(latest)).length,
      url: location.href.includes(encodeURIComponent(latest)) || location.href.includes(latest),
    };
  }, [secret, second]);
  assert.deepEqual(leaks, { markup: false, storage: 0, url: false });
  assert.deepEqual(requestsBefore, [], 'typing sends nothing anywhere');

  await tool.field('phone').fill('０３－６４３４－１２３４');
  assert.match(await tool.field('phone-advice').textContent(), /3-6434-1234 \(\+81 3-6434-1234\)/);
  await tool.field('address').fill('東京都港区赤坂 9-7-1');
  await tool.field('address').blur();
  await tool.field('address-warning').waitFor();
});

test('typing key by key keeps focus in each field while reports and notes appear', async () => {
  const { page, app, tool } = await open('#/domain?email_domain=cisco.com&account=jp.cisco.com', 'en');
  for (const [field, text] of [['email', 'hanako@cisco.com'], ['password', 'Abcdefgh12!x'], ['phone', '03-6434-1234'], ['company', 'クラン Blue']]) {
    await tool.field(field).focus();
    await page.keyboard.type(text);
    assert.equal(await app.focused(), `sw-sa-${field}`, `focus stays in ${field}`);
    assert.equal(await tool.field(field).inputValue(), text, `every key reached ${field}`);
  }
  await tool.field('password-report').getByText('The password meets the rule.').waitFor();
  await tool.field('phone-advice').waitFor();
});

test('axe-core finds no violations in the domain tool: verdicts, errors, readiness', async () => {
  for (const lang of ['ja', 'en']) {
    const { page, tool } = await open('#/domain?email_domain=cisco.com&prefix=jp', lang);
    await tool.verdict.waitFor();
    let violations = await axeViolations(page);
    assert.deepEqual(violations, [], `prefix verdict in ${lang}:\n${describeViolations(violations)}`);
    await tool.field('email').fill('a@@cisco');
    await tool.field('password').fill('abc');
    await tool.field('phone').fill('+1 555');
    await tool.field('company').fill('株式会社');
    await tool.field('email-error').waitFor();
    violations = await axeViolations(page);
    assert.deepEqual(violations, [], `errors in ${lang}:\n${describeViolations(violations)}`);
    await tool.field('email').fill('a@cisco.com');
    await tool.field('mode-domain').check();
    await tool.field('account').fill('cisco-systems.com');
    await tool.field('application').waitFor();
    violations = await axeViolations(page);
    assert.deepEqual(violations, [], `application verdict in ${lang}:\n${describeViolations(violations)}`);
    await suite.page.context().close();
    suite.page = null;
  }
});
