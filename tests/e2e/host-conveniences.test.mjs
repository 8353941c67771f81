// What partners' pages ask of an embedded widget beyond mounting it: to know when the API is there
// (supportwidgets:ready), events a framework template can bind (no colon), the language of the
// section the widget sits in and of the page as it changes, their own content shown until the
// widget mounts (and beside a load failure), widgets far down the page loaded only when near
// (loading="lazy"), and widget.js moved or bundled away from its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { Widget } from './widget-page.mjs';

const suite = useSuite();

/** An empty host page (`<html lang="en">`, widget.js in its head), the browser speaking Japanese. */
async function emptyPage({ before } = {}) {
  const page = suite.page = await openPage(suite.harness);
  if (before) await page.addInitScript(before);
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  return page;
}

/** Adds `html` to the page's <main>, as a CMS would after load. */
function add(page, html) {
  return page.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    document.querySelector('main').append(template.content);
  }, html);
}

test('supportwidgets:ready tells the page the API is there, with the API as its detail', async () => {
  const page = await emptyPage({
    before: () => {
      window.__ready = [];
      document.addEventListener('supportwidgets:ready', (event) => {
        window.__ready.push({ same: event.detail === window.SupportWidgets, mount: typeof event.detail?.mount });
      });
    },
  });
  await page.waitForFunction(() => window.__ready.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__ready), [{ same: true, mount: 'function' }]);
});

test('each widget event comes again without the colon, for templates that cannot bind one', async () => {
  const page = await emptyPage();
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ['supportwidget:mounted', 'supportwidgetmounted', 'supportwidget:result', 'supportwidgetresult']) {
      document.addEventListener(name, (event) => window.__events.push([name, JSON.stringify(event.detail ?? null)]));
    }
  });
  await add(page, '<div id="w" data-support-widget="eos" data-lang="en"></div>');
  const widget = new Widget(page, page.locator('#w'));
  await widget.title.waitFor();
  await widget.root.getByTestId('sw-eos-eos').fill('2024-05-01');
  await page.waitForFunction(() => window.__events.some(([name, detail]) => name === 'supportwidgetresult' && detail.includes('2024-05-01')));
  const events = await page.evaluate(() => window.__events);
  const named = (name) => events.filter(([n]) => n === name).map(([, detail]) => detail);
  assert.equal(named('supportwidgetmounted').length, 1);
  assert.deepEqual(named('supportwidgetmounted'), named('supportwidget:mounted'));
  assert.deepEqual(named('supportwidgetresult'), named('supportwidget:result'), 'the same results, in the same order');
});

test('a widget speaks the language of the section it sits in, and follows the page when the page changes', async () => {
  const page = await emptyPage();
  await add(page, `
    <section lang="ja"><div id="in-ja" data-support-widget="eos"></div></section>
    <div id="page" data-support-widget="eos"></div>
    <div id="fixed" data-support-widget="eos" data-lang="en"></div>`);
  const inJa = new Widget(page, page.locator('#in-ja'));
  const pageLang = new Widget(page, page.locator('#page'));
  const fixed = new Widget(page, page.locator('#fixed'));
  for (const widget of [inJa, pageLang, fixed]) await widget.title.waitFor();
  assert.equal(await inJa.lang(), 'ja', 'the section says Japanese');
  assert.equal(await pageLang.lang(), 'en', '<html lang="en">');
  await pageLang.root.getByTestId('sw-eos-eos').fill('2024-05-01');

  await page.evaluate(() => document.documentElement.setAttribute('lang', 'ja'));
  await pageLang.card.and(page.locator('[lang="ja"]')).waitFor();
  assert.equal(await pageLang.root.getByTestId('sw-eos-eos').inputValue(), '2024-05-01', 'what was typed stays');
  assert.equal(await fixed.lang(), 'en', 'a language the partner fixed stays');
  assert.equal(await inJa.lang(), 'ja');

  await page.evaluate(() => document.querySelector('section').setAttribute('lang', 'en'));
  await inJa.card.and(page.locator('[lang="en"]')).waitFor();
});

test("the partner's own content shows until the widget mounts, and again beside a load failure", async () => {
  const page = await emptyPage();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await add(page, '<div id="w" data-support-widget="delivery" data-lang="en"><a id="fallback" href="/help/en/delivery.html">Delivery times, in the help pages</a></div>');
  const box = page.locator('#w [data-failure]');
  await box.waitFor();
  assert.equal(await box.getAttribute('data-failure'), 'missing');
  assert.equal(await page.locator('#fallback').isVisible(), true, 'the link shows beside the message');
  const [boxBottom, linkTop] = await page.evaluate(() => [
    document.querySelector('#w').shadowRoot.querySelector('[data-failure]').getBoundingClientRect().bottom,
    document.querySelector('#fallback').getBoundingClientRect().top,
  ]);
  assert.ok(linkTop >= boxBottom, 'after the message');
  // The 404 of the blocked wasm is what this test asked for.
  page.consoleErrors = page.consoleErrors.filter((text) => !/404|could not load/.test(text));

  await page.unroute('**/*_bg.wasm');
  await add(page, '<div id="ok" data-support-widget="eos" data-lang="en"><a id="fallback-ok" href="/help/en/end-of-sale.html">End of sale, in the help pages</a></div>');
  await new Widget(page, page.locator('#ok')).title.waitFor();
  assert.equal(await page.locator('#fallback-ok').isVisible(), false, 'a mounted widget replaces it');
});

test('widget.js bundled or moved: <meta name="support-widgets-base"> says where the files are', async () => {
  const page = await emptyPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.evaluate(() => {
    const meta = document.createElement('meta');
    meta.name = 'support-widgets-base';
    meta.content = '/intranet/tools';
    document.head.append(meta);
  });
  await add(page, '<div id="w" data-support-widget="domain" data-lang="en"></div>');
  await new Widget(page, page.locator('#w')).title.waitFor();
  const files = fetched.filter((path) => /support_widgets/.test(path));
  assert.ok(files.length >= 2, files.join(' '));
  assert.ok(files.every((path) => path.startsWith('/intranet/tools/support_widgets_domain')), files.join(' '));
});

test('loading="lazy": a widget far down mounts only when it nears the viewport, its height reserved meanwhile', async () => {
  const page = await emptyPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await add(page, `
    <div id="now" data-support-widget="domain" data-lang="en"></div>
    <div style="height: 3000px"></div>
    <div id="lazy" data-support-widget="eos" data-lang="en" loading="lazy"><p id="own">End of sale, in the help pages</p></div>
    <support-widget id="lazy-element" tool="eos" lang="ja" loading="lazy"></support-widget>
    <p id="below">Below the widgets</p>`);
  await new Widget(page, page.locator('#now')).title.waitFor();
  // The first widget is on screen; the lazy ones, 3,000 px down, are not mounted nor downloaded.
  assert.equal(await page.evaluate(() => document.querySelector('#lazy').shadowRoot), null);
  assert.equal(await page.evaluate(() => window.SupportWidgets.stats().widgets), 1);
  assert.ok(!fetched.some((path) => path.includes('support_widgets_eos')), fetched.join(' '));
  assert.equal(await page.evaluate(() => Math.round(document.querySelector('#lazy').getBoundingClientRect().height)), 480, 'the space is reserved');
  assert.equal(await page.locator('#own').isVisible(), true, "the partner's own content shows meanwhile");

  await page.locator('#lazy').scrollIntoViewIfNeeded();
  const lazy = new Widget(page, page.locator('#lazy'));
  await lazy.title.waitFor();
  await new Widget(page, page.locator('#lazy-element')).title.waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('#lazy').style.minHeight), '', 'the reservation is given back');
  assert.equal(await page.evaluate(() => window.SupportWidgets.stats().widgets), 3);

  // Removed while waiting: never mounted, nothing left behind.
  await add(page, '<div style="height: 3000px"></div><div id="gone" data-support-widget="severity" loading="lazy"></div>');
  await page.evaluate(() => document.querySelector('#gone').remove());
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.evaluate(() => window.SupportWidgets.stats().widgets), 3);
});
