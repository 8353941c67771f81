// Hardening: hostile host pages, damaged or refused saved state, markup and `javascript:`
// in every input, and no request beyond the widget's own files. Each test drives the widgets as a
// visitor or a host script would, and checks what must hold: the widget works or says clearly why
// not, the host's own scripts keep working, nothing typed is ever run or sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOOL_SLUGS, downloaded, openPage, useSuite } from './harness.mjs';
import { addWidget, ChecklistTool, DeliveryTool, DomainTool, StandalonePage, Widget } from './widget-page.mjs';

const suite = useSuite();
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS_URL = 'javascript:window.__pwned=2';

/** Opens the clean two-widget page (delivery in English, domain in Japanese) after `hostile` ran. */
async function openHostile(hostile, arg) {
  const page = suite.page = await openPage(suite.harness);
  page.warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') page.warnings.push(message.text()); });
  // The host's own script, which must keep working whatever the widget does.
  await page.addInitScript(() => { window.hostCounter = { count: 0, add() { this.count += 1; return this.count; } }; });
  if (hostile) await page.addInitScript(hostile, arg);
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  return page;
}

/** Both widgets of clean.html answer: the delivery widget computes, the domain widget judges. */
async function assertWidgetsWork(page) {
  const delivery = new DeliveryTool(new Widget(page, page.locator('#w1')));
  await delivery.fill({ level: '8x5xNBD', date: '2026-05-01', time: '10:00' });
  await delivery.arrival.waitFor();
  assert.match(await delivery.arrival.textContent(), /2026/);
  const domain = new DomainTool(new Widget(page, page.locator('#w2')));
  await domain.field('email').fill('hanako@clan.blue');
  await domain.field('account').fill('clan.blue');
  await domain.verdict.waitFor();
  assert.equal(await page.evaluate(() => window.hostCounter.add()), 1, "the host's own script still works");
}

test('a host that froze Object.prototype (and Array and Function): the widgets work', async () => {
  const page = await openHostile(() => {
    Object.freeze(Object.prototype);
    Object.freeze(Array.prototype);
    Object.freeze(Function.prototype);
  });
  await assertWidgetsWork(page);
  assert.ok(await page.evaluate(() => Object.isFrozen(Object.prototype)), 'the host keeps its frozen prototype');
});

test('a host whose Object.prototype was polluted: options, configuration and prefill are read as written', async () => {
  const page = await openHostile(() => {
    const fake = { helpDesk: { name: 'Cisco TAC (official)', phone: '0120-000-000', replacesCisco: 'true' }, theme: 'dark' };
    for (const [key, value] of Object.entries({ config: fake, helpDesk: fake.helpDesk, tool: 'eos', lang: 'ja', companyHolidays: '2026-05-01', params: { level: '24x7x2h' }, theme: 'dark', name: 'Cisco TAC (official)' })) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    }
  });
  const delivery = new Widget(page, page.locator('#w1'));
  await delivery.title.getByText('Replacement-part delivery window').waitFor();
  assert.equal(await delivery.lang(), 'en', 'the element said English');
  assert.equal(await page.getByText('Cisco TAC (official)').count(), 0, 'no fake desk from the prototype');
  assert.equal(await page.locator('#w1').locator('.sw-root--dark, .sw-theme-dark').count(), 0, 'no theme from the prototype');
  await assertWidgetsWork(page);
  // A mount() call and a prefill with nothing of their own take nothing from the prototype either.
  await addWidget(page, { id: 'w3', 'data-support-widget': 'severity', 'data-lang': 'en' });
  const severity = new Widget(page, page.locator('#w3'));
  await severity.title.getByText('Choosing a severity').waitFor();
  await page.evaluate(() => window.SupportWidgets.prefill(document.querySelector('#w1'), {}));
  await delivery.title.getByText('Replacement-part delivery window').waitFor();
  assert.equal(await page.locator('#w1').getByTestId('sw-dl-level-24x7x2h').isChecked(), false, 'no level from the prototype');
  await page.evaluate(() => { for (const key of ['config', 'helpDesk', 'tool', 'lang', 'companyHolidays', 'params', 'theme', 'name']) delete Object.prototype[key]; });
});

test('a host that wrapped fetch before the script loaded: the widgets work, the wrapper stays', async () => {
  const page = await openHostile(() => {
    const original = window.fetch;
    window.hostFetches = 0;
    window.hostFetch = function hostFetch(...args) { window.hostFetches += 1; return original.apply(this, args); };
    window.fetch = window.hostFetch;
  });
  await assertWidgetsWork(page);
  assert.ok(await page.evaluate(() => window.fetch === window.hostFetch && window.hostFetches >= 1));
});

test('a host that broke fetch: each widget says in its language that a script replaced what it needs', async () => {
  const page = await openHostile(() => { window.fetch = () => Promise.reject(new TypeError('fetch is disabled on this page')); });
  const english = page.locator('#w1').getByRole('alert');
  await english.waitFor();
  assert.equal(await english.getAttribute('data-failure'), 'built-in');
  assert.deepEqual(await english.locator('p').allTextContents(),
    ["Another script on this page has replaced a browser feature this tool needs, so it cannot load. Please tell the site's administrator.", 'Details: fetch']);
  assert.deepEqual(await page.locator('#w2').getByRole('alert').locator('p').allTextContents(),
    ['このページの別のスクリプトが、このツールに必要なブラウザーの機能を置き換えているため、読み込めません。サイトの管理者にお知らせください。', '詳細: fetch']);
  assert.ok(page.warnings.some((text) => /could not load \(built-in: fetch\)/.test(text)), 'the console names the cause');
  assert.equal(await page.evaluate(() => window.hostCounter.add()), 1);
});

test('a host that replaced URL before the script ran: each widget says a script replaced what it needs, the host keeps its URL', async () => {
  const page = await openHostile(() => {
    window.HostURL = function HostURL() { throw new TypeError('URL is disabled on this page'); };
    window.URL = window.HostURL;
  });
  const english = page.locator('#w1').getByRole('alert');
  await english.waitFor();
  assert.equal(await english.getAttribute('data-failure'), 'built-in');
  assert.equal(await english.locator('p').nth(1).textContent(), 'Details: URL');
  assert.equal(await page.locator('#w2').getByRole('alert').locator('p').nth(1).textContent(), '詳細: URL');
  assert.ok(await page.evaluate(() => window.URL === window.HostURL && window.hostCounter.add() === 1));
});

test('a host that broke Object.defineProperty before the script ran: the widgets work, the API is there', async () => {
  const page = await openHostile(() => {
    Object.defineProperty = () => { throw new TypeError('Object.defineProperty is disabled on this page'); };
  });
  await assertWidgetsWork(page);
  assert.equal(await page.evaluate(() => typeof window.SupportWidgets.mount), 'function');
});

test('a host that replaced window.Promise: the widgets work, the replacement stays', async () => {
  const page = await openHostile(() => {
    window.HostPromise = function HostPromise() { throw new Error('the host page replaced Promise'); };
    window.HostPromise.resolve = window.HostPromise.all = window.HostPromise;
    window.Promise = window.HostPromise;
  });
  await assertWidgetsWork(page);
  assert.ok(await page.evaluate(() => window.Promise === window.HostPromise));
});

test('a host that replaced CustomEvent: each widget keeps an instance of its own, and mounts', async () => {
  const page = await openHostile(() => {
    window.CustomEvent = function HostEvent() { throw new Error('the host page replaced CustomEvent'); };
  });
  await assertWidgetsWork(page);
  const { widgets, instances, idleInstances } = await page.evaluate(() => window.SupportWidgets.stats());
  assert.deepEqual({ widgets, instances, idleInstances }, { widgets: 2, instances: 2, idleInstances: 0 }, 'no live instance was handed back');
});

test('a host whose customElements.define throws: the data-support-widget widgets still work', async () => {
  const page = await openHostile(() => {
    customElements.define = () => { throw new Error('custom elements are not allowed here'); };
  });
  await assertWidgetsWork(page);
  assert.ok(page.warnings.some((text) => /support-widget.*could not be registered/.test(text)), page.warnings.join('\n'));
});

test('a host that defined window.SupportWidgets first: its object is kept, the widgets mount anyway', async () => {
  const page = await openHostile(() => { window.SupportWidgets = { hostOwned: true, mount: () => 'host' }; });
  await assertWidgetsWork(page);
  assert.deepEqual(await page.evaluate(() => ({ ...window.SupportWidgets, mount: window.SupportWidgets.mount() })), { hostOwned: true, mount: 'host' });
  assert.ok(page.warnings.some((text) => /window\.SupportWidgets is already defined/.test(text)), page.warnings.join('\n'));
  // The API is still there for the host's scripts, as the module's export.
  const version = await page.evaluate(async () => (await import('/widget.js')).SupportWidgets.version);
  assert.equal(version, '0.1.0');
});

test('a host page with <base href> elsewhere: the widgets load from next to widget.js and work', async () => {
  const page = suite.page = await openPage(suite.harness);
  page.on('console', () => {});
  await page.addInitScript(() => { window.hostCounter = { count: 0, add() { this.count += 1; return this.count; } }; });
  // The host names the script by its full URL (its <base> points elsewhere) and the widgets'
  // files must still come from next to widget.js, their links not depend on the base.
  const origin = suite.harness.origin;
  await page.route(`${origin}/test-pages/base-href.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Base elsewhere</title>
      <base href="https://elsewhere.example/some/folder/">
      <link rel="icon" href="${origin}/favicon.svg">
      <script type="module" src="${origin}/widget.js"></script></head>
      <body><main><div id="w1" data-support-widget="delivery" data-lang="en"></div>
      <div id="w2" data-support-widget="domain" data-lang="ja"></div></main></body></html>`,
  }));
  await page.goto(`${origin}/test-pages/base-href.html`);
  await assertWidgetsWork(page);
  // (useSuite checks that no request left for another origin.)
  const links = await page.evaluate(() => [...document.querySelectorAll('[data-support-widget]')]
    .flatMap((e) => [...e.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))));
  assert.ok(links.length > 0);
  for (const href of links) assert.match(href, /^(https?:|mailto:|tel:)/, `${href} does not depend on the base URL`);
});

// --- Saved state (the checklist keeps what the visitor typed in localStorage) ---------------------

const CHECKLIST_KEY = 'support-widgets:checklist';

async function openChecklist(setUp, arg) {
  const page = suite.page = await openPage(suite.harness);
  await page.addInitScript(setUp, arg);
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  const tool = new ChecklistTool(await addWidget(page, { id: 'cl', 'data-support-widget': 'checklist', 'data-lang': 'en' }));
  await tool.progress.waitFor();
  return { page, tool };
}

/** The tool works: typing a contract number shows in the SR text. */
async function assertChecklistWorks(tool) {
  await tool.field('contract').fill('91234567');
  await tool.text.getByText('91234567').waitFor();
}

const storeOnce = ([key, value]) => {
  // Not in the blank page a new tab starts with, whose storage Firefox refuses.
  if (location.protocol !== 'http:') return;
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }
};

for (const [name, value, note] of [
  ['corrupt JSON', '{"desk": "japan", "values": {', /could not be read/],
  ['5 MB of junk', 'x'.repeat(5 * 1024 * 1024 - 100), /could not be read/],
  ['a newer version', 'support-widgets checklist v99\ndesk\tjapan\nvalue\tcontract\t12345678\nfuture\tfield', /newer version/],
  ['wrong types', 'support-widgets checklist v1\ndesk\t42\nproduct\t\\q\nvalue\tcontract\ntick\nvalue\tcontract\t12345678', /damaged and skipped/],
]) {
  test(`saved state with ${name}: the checklist starts, keeps what it can read, says what it dropped`, async () => {
    const { tool } = await openChecklist(storeOnce, [CHECKLIST_KEY, value]);
    assert.match(await tool.get('sw-cl-load-note').textContent(), note);
    if (/12345678/.test(value)) assert.equal(await tool.field('contract').inputValue(), '12345678', 'the readable value is kept');
    await assertChecklistWorks(tool);
  });
}

test('storage that throws (private mode, a sandbox): the checklist works and says it keeps nothing', async () => {
  const { tool } = await openChecklist(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await assertChecklistWorks(tool);
  assert.match(await tool.get('sw-cl-not-kept').textContent(), /cannot keep the checklist/);
});

test('storage full on write: what was typed stays on screen, and the visitor is told', async () => {
  const { tool } = await openChecklist(() => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await assertChecklistWorks(tool);
  await tool.get('sw-cl-not-kept').waitFor();
  assert.equal(await tool.field('contract').inputValue(), '91234567');
});

// --- Never HTML from input ------------------------------------------------------------------------

/** Nothing ran, and no element or link came from the payloads, in the page or any shadow root. */
async function assertInert(page) {
  const found = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('[data-support-widget]')].map((e) => e.shadowRoot).filter(Boolean)];
    return {
      pwned: window.__pwned ?? null,
      images: roots.reduce((n, root) => n + root.querySelectorAll('img').length, 0),
      scriptLinks: roots.flatMap((root) => [...root.querySelectorAll('[href], [src], [action]')]
        .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action'))
        .filter((url) => /^\s*javascript:/i.test(url))),
      handlers: roots.flatMap((root) => [...root.querySelectorAll('*')]
        .flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`))),
    };
  });
  assert.deepEqual(found, { pwned: null, images: 0, scriptLinks: [], handlers: [] });
}

/** Types `text` into every text field of the widget under `root`. */
async function typeEverywhere(page, root, text) {
  const fields = root.locator(['input:not([type])', 'input[type=text]', 'input[type=email]', 'input[type=tel]', 'textarea']
    .map((selector) => `${selector}:visible`).join(', '));
  const count = await fields.count();
  for (let i = 0; i < count; i += 1) await fields.nth(i).fill(text);
  return count;
}

test('markup and javascript: typed into every field of every tool is shown as text, never run', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 1400 } });
  const standalone = new StandalonePage(page);
  let typed = 0;
  for (const tool of TOOL_SLUGS) {
    await standalone.open(suite.harness.origin, `#/${tool}`);
    const panel = standalone.toolPanel(tool);
    await panel.waitFor();
    typed += await typeEverywhere(page, panel, IMG);
    await assertInert(page);
    typed += await typeEverywhere(page, panel, JS_URL);
    await assertInert(page);
  }
  assert.ok(typed >= 10, `${typed} fields filled`);
  // The SR text holds the payload as text; the mailto link carries it percent-encoded.
  await standalone.open(suite.harness.origin, '#/checklist');
  const checklist = new ChecklistTool(standalone);
  await checklist.field('contract').fill(IMG);
  await checklist.text.getByText(IMG, { exact: false }).waitFor();
  const mailto = await checklist.field('mailto').getAttribute('href');
  assert.ok(!/[<>"]/.test(mailto), mailto);
  assert.ok(decodeURIComponent(mailto).includes(IMG), 'the payload travels as text in the mail body');
  await assertInert(page);
});

test('markup in the URL state, the partner configuration and prefill is shown as text, never run', async () => {
  const page = suite.page = await openPage(suite.harness);
  const values = encodeURIComponent(IMG);
  const names = ['sev', 'desk', 'product', 'family', 'level', 'at', 'want', 'order', 'start', 'prev_end', 'ship',
    'company_holidays', 'email_domain', 'account', 'prefix', 'eos', 'eosm'];
  const query = names.map((name) => `${name}=${values}`).join('&');
  const standalone = new StandalonePage(page);
  for (const tool of TOOL_SLUGS) {
    await standalone.open(suite.harness.origin, `#/${tool}?${query}&x=${encodeURIComponent(JS_URL)}`);
    await standalone.toolPanel(tool).waitFor();
    await assertInert(page);
  }
  // A partner's help desk with markup and a javascript: address; then prefill with markup.
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  await page.evaluate(async ({ IMG, JS_URL }) => {
    const element = document.createElement('div');
    element.id = 'partner';
    element.dataset.supportWidget = 'checklist';
    element.dataset.lang = 'en';
    element.dataset.config = JSON.stringify({ helpDesk: { name: IMG, phone: JS_URL, email: JS_URL, hours: IMG } });
    window.__results = [];
    element.addEventListener('supportwidget:result', (event) => window.__results.push(JSON.stringify(event.detail)));
    document.querySelector('main').append(element);
    await window.SupportWidgets.mount(element);
    window.SupportWidgets.prefill(element, { sev: IMG, product: JS_URL, desk: 'global', x: IMG });
  }, { IMG, JS_URL });
  const partner = page.locator('#partner');
  await partner.getByText(IMG, { exact: false }).first().waitFor();
  await assertInert(page);
  // A result after mounting and another after the prefill: neither carries markup.
  await page.waitForFunction(() => window.__results.length >= 2);
  for (const detail of await page.evaluate(() => window.__results)) {
    assert.ok(!detail.includes('<img') && !detail.includes('javascript:'), `a result carries no markup: ${detail}`);
  }
});

test('the .ics file carries none of what was typed: markup holds the answer back, then stays out of it', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  const app = new StandalonePage(page);
  const holidays = encodeURIComponent(`2026-11-23,${IMG},${JS_URL}`);
  await app.open(suite.harness.origin, `#/delivery?level=8x5xNBD&at=2026-11-20T10:00&company_holidays=${holidays}`);
  await app.langButton('en').click();
  const tool = new DeliveryTool(app);
  // Unreadable entries are named next to the field, and the answer waits for them to be corrected.
  await tool.error('company-holidays').getByText('<img', { exact: false }).waitFor();
  assert.equal(await tool.get('delivery-incomplete').textContent(), 'Correct the fields that show an error to see the arrival.');
  assert.equal(await tool.get('delivery-ics').count(), 0);
  await assertInert(page);
  await tool.field('company-holidays').fill('2026-11-23');
  await tool.arrival.waitFor();
  const { text: ics } = await downloaded(page, () => tool.get('delivery-ics').click());
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'), ics);
  assert.ok(!/<img|onerror|javascript:/i.test(ics), ics);
});

// --- No data leaves ---------------------------------------------------------------------------------

test('filling every tool requests only the widget\'s own files, and sends nothing', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 1400 } });
  const requests = [];
  page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  await page.addInitScript(() => {
    window.__sent = [];
    const record = (kind) => (...args) => { window.__sent.push(`${kind} ${String(args[0])}`); };
    navigator.sendBeacon = record('beacon');
    const OriginalSocket = window.WebSocket;
    window.WebSocket = function WebSocket(...args) { record('websocket')(...args); return new OriginalSocket(...args); };
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (...args) { record('xhr')(args[1]); return open.apply(this, args); };
  });
  const standalone = new StandalonePage(page);
  for (const tool of TOOL_SLUGS) {
    await standalone.open(suite.harness.origin, `#/${tool}`);
    const panel = standalone.toolPanel(tool);
    await panel.waitFor();
    await typeEverywhere(page, panel, 'hanako@example.co.jp 2026-05-01 91234567');
    const radios = panel.locator('input[type=radio]');
    for (let i = 0; i < Math.min(await radios.count(), 6); i += 1) await radios.nth(i).check();
  }
  // The standalone page in Japanese: all five tools, Japanese texts only.
  const own = new Set(['GET /', 'GET /widget.js', 'GET /support_widgets_app_ja.js', 'GET /support_widgets_app_ja_bg.wasm', 'GET /favicon.svg']);
  const others = [...new Set(requests)].filter((request) => !own.has(request));
  assert.deepEqual(others, [], 'only the widget\'s own files');
  assert.deepEqual(await page.evaluate(() => window.__sent), []);
});

test('a host that defined its own <support-widget>: it is left as it is, said once, and the data attribute still works', async () => {
  const page = await openHostile(() => {
    customElements.define('support-widget', class HostOwn extends HTMLElement {});
  });
  await assertWidgetsWork(page);
  assert.equal(page.warnings.filter((text) => /defines its own <support-widget>/.test(text)).length, 1);
  assert.equal(await page.evaluate(() => customElements.get('support-widget').name), 'HostOwn');
});
