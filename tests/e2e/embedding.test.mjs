// Embedding: one script, one element per widget, on pages the widgets do not control.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, describeViolations, openPage, useSuite } from './harness.mjs';
import { addWidget, Widget } from './widget-page.mjs';
import { countDifferentPixels, decodePng } from './png.mjs';

const suite = useSuite();

async function openHost(name) {
  // Tall enough that each widget fits on screen whole, for the screenshots.
  const page = await openPage(suite.harness, { viewport: { width: 1100, height: 2400 } });
  suite.page = page;
  await page.goto(`${suite.harness.origin}/test-pages/${name}.html`);
  const delivery = new Widget(page, page.locator('#w1'));
  const domain = new Widget(page, page.locator('#w2'));
  await delivery.title.waitFor();
  await domain.title.waitFor();
  return { delivery, domain };
}

// The widget's box, inset by its 10px corner radius: the rounded corners rightly show whatever the
// host page paints behind the widget, and that is not the widget's to control.
async function screenshots({ delivery, domain }) {
  const shots = [];
  for (const widget of [delivery, domain]) {
    await widget.card.scrollIntoViewIfNeeded();
    const box = await widget.card.boundingBox();
    const inset = 10;
    shots.push(await widget.page.screenshot({
      animations: 'disabled',
      clip: { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset },
    }));
  }
  return shots;
}

test('two widgets on a hostile page look exactly as on a clean page, and work', async () => {
  const clean = await screenshots(await openHost('clean'));
  await suite.page.context().close();

  const widgets = await openHost('hostile');
  const { page } = suite;
  const hostile = await screenshots(widgets);
  for (const [index, name] of ['delivery', 'domain'].entries()) {
    const { width, height } = decodePng(clean[index]);
    assert.ok(width > 600 && height > 150, `${name}: a real screenshot was taken`);
    // Same size, and the same pixels but for a few anti-aliased glyph edges: the widget sits at another
    // x offset on each page. A leaked colour, font or size changes thousands of pixels or the size.
    const different = countDifferentPixels(clean[index], hostile[index]);
    assert.notEqual(different, null, `${name}: same size under hostile CSS`);
    assert.ok(different <= width * height * 0.0005, `${name}: ${different} pixels differ under hostile CSS`);
  }

  const style = await widgets.delivery.title.evaluate((title) => {
    const s = getComputedStyle(title);
    return { fontSize: s.fontSize, color: s.color, textTransform: s.textTransform, direction: s.direction };
  });
  assert.deepEqual(style, { fontSize: '22px', color: 'rgb(29, 39, 51)', textTransform: 'none', direction: 'ltr' });

  // Still usable: the language switch works by keyboard in one widget without touching the other.
  await widgets.delivery.langButton('ja').focus();
  await page.keyboard.press('Enter');
  await widgets.delivery.title.getByText('交換パーツ到着時刻の計算').waitFor();
  assert.equal(await widgets.domain.lang(), 'ja');
  await widgets.domain.langButton('en').click();
  await widgets.domain.title.getByText('Smart Account domain check').waitFor();
  assert.equal(await widgets.delivery.lang(), 'ja', 'widgets keep their own language');
});

test('a widget added after load is mounted; a removed one is destroyed; attribute changes apply', async () => {
  const { delivery } = await openHost('hostile');
  const { page } = suite;
  const added = await addWidget(page, { id: 'w3', 'data-support-widget': 'checklist', 'data-lang': 'en' });
  await added.title.getByText('Service request checklist').waitFor();

  const host = await page.$('#w3');
  await page.evaluate(() => document.querySelector('#w3').remove());
  await page.waitForFunction((element) => element.shadowRoot.childElementCount === 0, host);

  await page.evaluate(() => { document.querySelector('#w1').dataset.lang = 'ja'; });
  await delivery.title.getByText('交換パーツ到着時刻の計算').waitFor();
  await page.evaluate(() => { document.querySelector('#w1').dataset.supportWidget = 'severity'; });
  await delivery.toolPanel('severity').waitFor();
});

test('the widgets leave the host page alone: one global, no document styles, host styles unchanged', async () => {
  await openHost('clean');
  const { page } = suite;
  const report = await page.evaluate(() => {
    const before = new Set(window.__globalsBefore);
    const text = getComputedStyle(document.querySelector('#host-text'));
    return {
      // Playwright's own helpers (`__pw…`, over Firefox's BiDi) are the driver's, not ours.
      newGlobals: Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== '__globalsBefore' && !name.startsWith('__pw')),
      documentStyleSheets: document.styleSheets.length,
      hostText: { color: text.color, fontSize: text.fontSize, fontFamily: text.fontFamily },
      api: Object.keys(window.SupportWidgets).sort(),
    };
  });
  assert.deepEqual(report.newGlobals, ['SupportWidgets']);
  assert.equal(report.documentStyleSheets, 1, "only the host page's own stylesheet");
  assert.deepEqual(report.hostText, { color: 'rgb(0, 0, 128)', fontSize: '18px', fontFamily: 'serif' });
  assert.deepEqual(report.api, ['mount', 'prefill', 'reload', 'result', 'setLang', 'simulatePanic', 'stats', 'unmount', 'version']);
});

test('SupportWidgets.mount and unmount work on any element', async () => {
  await openHost('clean');
  const { page } = suite;
  await page.evaluate(async () => {
    const element = document.createElement('section');
    element.id = 'manual';
    document.body.append(element);
    await window.SupportWidgets.mount(element, { tool: 'severity', lang: 'en' });
  });
  const manual = new Widget(page, page.locator('#manual'));
  assert.equal(await manual.title.textContent(), 'Choosing a severity');
  await page.evaluate(() => window.SupportWidgets.unmount(document.querySelector('#manual')));
  assert.equal(await page.evaluate(() => document.querySelector('#manual').shadowRoot.childElementCount), 0);
  const rejected = await page.evaluate(() => window.SupportWidgets.mount('not an element').then(() => 'resolved', (e) => e.message));
  assert.match(rejected, /must be an element/);
});

test('axe-core finds no violations inside the widgets, or on the demo page', async () => {
  await openHost('clean');
  const { page } = suite;
  let violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(violations));
  await page.goto(`${suite.harness.origin}/demo/embed.html`);
  await page.locator('[data-support-widget=severity]').getByTestId('widget-title').waitFor();
  await page.locator('#add').click();
  await page.locator('#added [data-support-widget]').getByTestId('widget-title').waitFor();
  violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(violations));
});

test('widgets added and removed again and again reuse their wasm instances', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  await new Widget(page, page.locator('#w2')).title.waitFor();
  for (let cycle = 0; cycle < 8; cycle += 1) {
    const cycled = await addWidget(page, { id: 'cycled', 'data-support-widget': 'checklist', 'data-lang': cycle % 2 ? 'en' : 'ja' });
    await cycled.title.getByText(cycle % 2 ? 'Service request checklist' : 'SR オープン時の必要情報チェックリスト').waitFor();
    const host = await page.$('#cycled');
    await page.evaluate(() => document.querySelector('#cycled').remove());
    await page.waitForFunction((element) => element.shadowRoot.childElementCount === 0, host);
  }
  // Two widgets at load, then one more at a time: three instances, not ten.
  const stats = await page.evaluate(() => window.SupportWidgets.stats());
  const { wasmMemoryBytes, ...counts } = stats;
  assert.deepEqual(counts, {
    widgets: 2,
    instances: 3,
    idleInstances: 1,
    instancesCreated: 3,
    // Two different tools at load: the full module serves them and the widgets added later.
    modules: ['support_widgets'],
  });
  assert.ok(wasmMemoryBytes > 0, "stats() reports the instances' wasm memory");
});

test('when the wasm cannot be downloaded, each widget says so in its language, with a button to try again', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.route(/support_widgets\w*_bg\.wasm$/, (route) => route.abort());
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  const english = page.locator('#w1').getByRole('alert');
  const japanese = page.locator('#w2').getByRole('alert');
  await english.waitFor();
  await japanese.waitFor();
  assert.equal(await english.getAttribute('data-failure'), 'network');
  assert.deepEqual(await english.locator('p').allTextContents(),
    ['This tool could not be loaded. Check your connection and try again.', 'Details: support_widgets_bg.wasm']);
  assert.deepEqual(await japanese.locator('p').allTextContents(),
    ['このツールを読み込めませんでした。接続を確認して、もう一度お試しください。', '詳細: support_widgets_bg.wasm']);
  // Loading again can help after a network failure: the one case with a button, in the language.
  assert.equal(await english.getByRole('button').textContent(), 'Try again');
  assert.equal(await japanese.getByRole('button').textContent(), 'もう一度読み込む');
  const height = await english.getByRole('button').evaluate((button) => button.getBoundingClientRect().height);
  assert.ok(height >= 44, `the button is a 44 px target (${height})`);
  // The aborted request is the expected failure here; nothing else may go wrong.
  const unexpected = page.consoleErrors.filter((text) => !/support_widgets\w*_bg\.wasm|net::ERR_FAILED/.test(text));
  assert.deepEqual(unexpected, []);
  page.consoleErrors = [];
});

/** Records the name of every widget module file the page requests, once per request. */
function recordModuleRequests(page) {
  const fetched = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (/^support_widgets/.test(name)) fetched.push(name);
  });
  return fetched;
}

const allMounted = (count) => window.SupportWidgets?.stats().widgets === count
  && [...document.querySelectorAll('[data-support-widget]')].every((e) => e.shadowRoot?.querySelector('button'));

// The test server sends `Cache-Control: no-cache` without a validator, so a file asked for twice is
// downloaded twice: what is counted here is what the loader asks for, whatever the browser's caches do.
test('a page downloads only the modules of the tools it shows, each once', async () => {
  const page = suite.page = await openPage(suite.harness);
  const fetched = recordModuleRequests(page);
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  // Added one after another, and the last two while the first is still loading.
  await addWidget(page, { id: 'd1', 'data-support-widget': 'delivery' });
  await page.waitForFunction(allMounted, 1);
  for (const [id, tool] of [['d2', 'delivery'], ['e1', 'eos'], ['d3', 'delivery'], ['e2', 'eos']]) {
    await addWidget(page, { id, 'data-support-widget': tool });
  }
  await page.waitForFunction(allMounted, 5);
  assert.deepEqual(fetched.sort(), [
    'support_widgets_delivery_en.js',
    'support_widgets_delivery_en_bg.wasm',
    'support_widgets_eos_en.js',
    'support_widgets_eos_en_bg.wasm',
  ]);
  const { modules, instances } = await page.evaluate(() => window.SupportWidgets.stats());
  assert.deepEqual(modules, ['support_widgets_delivery_en', 'support_widgets_eos_en']);
  assert.equal(instances, 5, 'each widget has its own instance');
  // Separate instances: switching one widget's language leaves its twin of the same module as it was.
  const [first, second] = [new Widget(page, page.locator('#d1')), new Widget(page, page.locator('#d2'))];
  assert.equal(await second.lang(), 'en', "the page's language");
  await first.langButton('ja').click();
  await page.waitForFunction(() => document.querySelector('#d1').shadowRoot.querySelector('.sw-root').lang === 'ja');
  assert.equal(await second.lang(), 'en');
});

test('a module that failed to download is asked for again by the widget\'s button, and then works', async () => {
  const page = suite.page = await openPage(suite.harness);
  const fetched = recordModuleRequests(page);
  const failing = /support_widgets_delivery_en(_bg\.wasm|\.js)(#.*)?$/;
  await page.route(failing, (route) => route.abort());
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  await addWidget(page, { id: 'd1', 'data-support-widget': 'delivery', 'data-lang': 'en' });
  const failed = page.locator('#d1').getByRole('alert');
  await failed.waitFor();
  assert.equal(await failed.getAttribute('data-failure'), 'network');
  page.consoleErrors = [];

  await page.unroute(failing);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(allMounted, 1);
  assert.equal(await new Widget(page, page.locator('#d1')).lang(), 'en');
  assert.deepEqual(fetched.sort(), [
    'support_widgets_delivery_en.js',
    'support_widgets_delivery_en.js',
    'support_widgets_delivery_en_bg.wasm',
    'support_widgets_delivery_en_bg.wasm',
  ]);
});

/**
 * Adds one English delivery widget to the empty page, once `prepare(page)` has set up what goes
 * wrong, and returns its failure box.
 */
async function failedWidget(prepare) {
  const page = suite.page = await openPage(suite.harness);
  await prepare(page);
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  await addWidget(page, { id: 'd1', 'data-support-widget': 'delivery', 'data-lang': 'en' });
  const failed = page.locator('#d1').getByRole('alert');
  await failed.waitFor();
  return { page, failed };
}

test('a wasm file missing from the server: the widget says so, names the file, and offers no button', async () => {
  const { page, failed } = await failedWidget((page) => page.route(/support_widgets_delivery_en_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' })));
  assert.equal(await failed.getAttribute('data-failure'), 'missing');
  assert.deepEqual(await failed.locator('p').allTextContents(),
    ["This tool's files are missing from the server. Please tell the site's administrator.", 'Details: support_widgets_delivery_en_bg.wasm: HTTP 404']);
  assert.equal(await failed.getByRole('button').count(), 0);
  page.consoleErrors = page.consoleErrors.filter((text) => !/404/.test(text));
});

test('a page that serves something else as the wasm (its index page): the file is named as missing', async () => {
  const { page, failed } = await failedWidget((page) => page.route(/support_widgets_delivery_en_bg\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Intranet</title>' })));
  assert.equal(await failed.getAttribute('data-failure'), 'missing');
  assert.equal(await failed.locator('p').nth(1).textContent(), 'Details: support_widgets_delivery_en_bg.wasm: not a wasm file');
  page.consoleErrors = [];
});

test('a wasm from another release than its glue: the widget says the files do not match', async () => {
  // The full module's wasm stands for another release's: its imports are not this glue's.
  const other = await readFile(new URL('../../dist/support_widgets_bg.wasm', import.meta.url));
  const { page, failed } = await failedWidget((page) => page.route(/support_widgets_delivery_en_bg\.wasm$/,
    (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: other })));
  assert.equal(await failed.getAttribute('data-failure'), 'version');
  assert.deepEqual(await failed.locator('p').allTextContents(),
    ["This tool's files come from different releases. Please tell the site's administrator.", 'Details: support_widgets_delivery_en.js ≠ support_widgets_delivery_en_bg.wasm']);
  page.consoleErrors = [];
});

test('a browser with no memory left for another instance: the widget says so and what to do', async () => {
  const { page, failed } = await failedWidget((page) => page.addInitScript(() => {
    // What Chromium throws for the 125th instance in one process.
    WebAssembly.instantiate = () => Promise.reject(new RangeError('WebAssembly.instantiate(): Out of memory: Cannot allocate Wasm memory for new instance'));
  }));
  assert.equal(await failed.getAttribute('data-failure'), 'memory');
  assert.equal(await failed.locator('p').first().textContent(), 'The browser has no memory left for this tool. Close other tabs, then reload the page.');
  assert.equal(await failed.getByRole('button').count(), 0);
  page.consoleErrors = [];
});

test('supportwidget:mounted fires once the widget is on screen, and mount() resolves then', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  const counts = await page.evaluate(async () => {
    const element = document.createElement('div');
    document.querySelector('main').append(element);
    const controls = () => element.shadowRoot?.querySelectorAll('input, select, button, a[href]').length ?? 0;
    let atEvent = -1;
    element.addEventListener('supportwidget:mounted', () => { atEvent = controls(); });
    await window.SupportWidgets.mount(element, { tool: 'delivery', lang: 'en' });
    return { atEvent, afterMount: controls() };
  });
  assert.ok(counts.atEvent > 0, `controls when the event fired: ${counts.atEvent}`);
  assert.ok(counts.afterMount > 0, `controls when mount() resolved: ${counts.afterMount}`);
});
