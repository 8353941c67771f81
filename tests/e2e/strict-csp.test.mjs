// A partner intranet with a strict Content-Security-Policy (default-src 'self'; script-src 'self'
// 'wasm-unsafe-eval'; style-src 'self'): the widgets mount, look exactly as on a friendly page (their
// CSS is a constructable stylesheet, which CSP does not block) and work, with no CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { NONCE_CSP } from './server.mjs';
import { ChecklistTool, DeliveryTool, Widget } from './widget-page.mjs';

const suite = useSuite();

/** Opens a host page, recording every CSP violation it reports. */
async function openHost(path) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2400 } });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${suite.harness.origin}${path}`);
  return { page, response };
}

/** Computed styles of representative elements inside both widgets' shadow roots. */
async function styles(page) {
  const delivery = new Widget(page, page.locator('#w1'));
  const domain = new Widget(page, page.locator('#w2'));
  await delivery.title.waitFor();
  await domain.title.waitFor();
  return page.evaluate(() => {
    const pick = (host, selector) => {
      const element = document.querySelector(host).shadowRoot.querySelector(selector);
      const style = getComputedStyle(element);
      return ['font-family', 'font-size', 'color', 'background-color', 'border-top-width', 'border-top-style', 'padding-top', 'border-radius', 'display']
        .map((name) => `${name}: ${style.getPropertyValue(name)}`)
        .join('; ');
    };
    const out = {};
    for (const host of ['#w1', '#w2']) {
      for (const selector of ['.sw-root', '[data-testid=widget-title]', 'input[type=text]', 'fieldset', 'button', '.sw-lang']) {
        out[`${host} ${selector}`] = pick(host, selector);
      }
    }
    return out;
  });
}

test('under the strict CSP both widgets look exactly as on the friendly page, with no violation', async () => {
  await openHost('/test-pages/clean.html');
  const friendly = await styles(suite.page);
  await suite.page.context().close();

  const { page, response } = await openHost('/test-pages/strict-csp.html');
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  const strict = await styles(page);
  assert.deepEqual(strict, friendly);
  assert.match(strict['#w1 .sw-root'], /border-radius: 10px/, 'the widget CSS applied (not browser defaults)');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);

  // And it works: an answer from a deep-link-free form.
  const delivery = new DeliveryTool(new Widget(page, page.locator('#w1')));
  await delivery.fill({ level: '8x5xNBD', date: '2026-11-20', time: '10:00' });
  await delivery.arrival.getByText('on Tue 24 Nov 2026 (no set hour; visits 09:00–17:00)').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
});

test('the strict-CSP demo page shows all five tools, with no violation', async () => {
  const { page } = await openHost('/demo/strict-csp.html');
  for (const tool of ['severity', 'checklist', 'delivery', 'domain', 'eos']) {
    const widget = new Widget(page, page.locator(`[data-support-widget=${tool}]`));
    await widget.title.waitFor();
    const radius = await widget.card.first().evaluate((root) => getComputedStyle(root).borderRadius);
    assert.equal(radius, '10px', `${tool} is styled`);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
});

test('under Trusted Types (no string-to-HTML sink, no policy) every path of a widget works with no violation', async () => {
  const { page, response } = await openHost('/test-pages/trusted-types.html');
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'; trusted-types 'none'$/);
  const delivery = new Widget(page, page.locator('#w1'));
  const checklist = new Widget(page, page.locator('#w2'));
  await delivery.title.waitFor();
  await checklist.title.waitFor();
  // Typing and the visitor's language switch.
  await new DeliveryTool(delivery).field('date').fill('2026-12-01');
  await delivery.langButton('ja').click();
  await delivery.title.getByText('交換パーツ到着時刻の計算').waitFor();
  // A remount by attribute, the language by the API, and a prefill.
  await page.evaluate(() => document.querySelector('#w2').setAttribute('data-lang', 'en'));
  await checklist.title.getByText('Service request checklist').waitFor();
  await page.evaluate(() => window.SupportWidgets.setLang(document.querySelector('#w2'), 'ja'));
  await checklist.title.getByText('SR オープン時の必要情報チェックリスト').waitFor();
  await page.evaluate(() => window.SupportWidgets.prefill(document.querySelector('#w2'), { desk: 'global' }));
  const items = new ChecklistTool(checklist);
  await items.field('desk-global').waitFor();
  assert.equal(await items.field('desk-global').isChecked(), true);
  // A crash, then the crash box's reload.
  await page.evaluate(() => window.SupportWidgets.simulatePanic(document.querySelector('#w1')));
  await delivery.crashBox().waitFor();
  await delivery.reloadButton().click();
  await delivery.title.waitFor();
  assert.equal(await delivery.crashBox().count(), 0);
  // And an unmount: the element emptied.
  await page.evaluate(() => document.querySelector('#w2').removeAttribute('data-support-widget'));
  await page.waitForFunction(() => document.querySelector('#w2').shadowRoot?.childNodes.length === 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The panic is the one console error this test causes.
  page.consoleErrors = page.consoleErrors.filter((text) => !/simulated panic/.test(text));
});

test('under a nonce and strict-dynamic policy with default-src none, the widgets load, work and reload with no violation', async () => {
  const { page, response } = await openHost('/test-pages/nonce.html');
  assert.equal(response.headers()['content-security-policy'], NONCE_CSP);
  const delivery = new Widget(page, page.locator('#w1'));
  const checklist = new Widget(page, page.locator('#w2'));
  await delivery.title.waitFor();
  await checklist.title.waitFor();
  const tool = new DeliveryTool(delivery);
  await tool.fill({ level: '8x5xNBD', date: '2026-12-01', time: '10:00' });
  await tool.arrival.waitFor();
  await new ChecklistTool(checklist).field('contract').fill('12345678');
  // The visitor's switch downloads the other language's texts (connect-src 'self').
  await delivery.langButton('ja').click();
  await delivery.title.getByText('交換パーツ到着時刻の計算').waitFor();
  await page.evaluate(() => window.SupportWidgets.simulatePanic(document.querySelector('#w1')));
  await delivery.crashBox().waitFor();
  await delivery.reloadButton().click();
  await delivery.title.waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The panic is the one console error this test causes.
  page.consoleErrors = page.consoleErrors.filter((text) => !/simulated panic/.test(text));
});

// What each directive of that policy is for: without it, each widget says in its language that the
// page's security policy stops it, and names what is missing for the site's administrator.
for (const [without, cause, detail] of [
  ["'wasm-unsafe-eval'", 'policy-wasm', () => "script-src 'wasm-unsafe-eval'"],
  ['connect-src', 'policy-connect', (/** @type {string} */ origin) => `connect-src ${origin}`],
]) {
  test(`without ${without} the widgets say the page's security policy stops them, and name it`, async () => {
    const { page, response } = await openHost(`/test-pages/nonce.html?without=${encodeURIComponent(without)}`);
    assert.ok(!response.headers()['content-security-policy'].includes(without));
    const english = page.locator('#w1').getByRole('alert');
    const japanese = page.locator('#w2').getByRole('alert');
    await english.waitFor();
    await japanese.waitFor();
    for (const [alert, text, details] of [
      [english, "This page's security policy (Content-Security-Policy) does not allow this tool to load. Please tell the site's administrator.", 'Details: '],
      [japanese, 'このページのセキュリティ設定 (Content-Security-Policy) が、このツールの読み込みを許可していません。サイトの管理者にお知らせください。', '詳細: '],
    ]) {
      assert.equal(await alert.getAttribute('data-failure'), cause);
      assert.deepEqual(await alert.locator('p').allTextContents(), [text, `${details}${detail(suite.harness.origin)}`]);
      assert.equal(await alert.getByRole('button').count(), 0, 'loading again cannot help: no button');
    }
    // The browser reports what its policy blocked, and the loader names it: nothing else.
    page.consoleErrors = page.consoleErrors.filter((text) => !/Content.Security.Policy|WebAssembly|wasm|Refused|blocked|fetch|net::ERR/i.test(text));
  });
}
