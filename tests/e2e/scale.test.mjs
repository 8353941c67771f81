// At scale, whatever a page does: the number of live wasm instances stays within widget.js's limit
// (MAX_INSTANCES, plus one per module it uses), crashed and dropped instances are let go so the
// browser can collect them (Chromium refuses a 125th live instance in a process), and every listener
// a mount adds goes with its unmount. Each test prints its figures. The DOM node and listener counts
// after a forced garbage collection come from the Chrome DevTools Protocol: other engines run the
// same tests without those two figures (their instance counts still hold to the limit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, MAX_INSTANCES, RETIRE_AFTER_MOUNTS, TOOL_SLUGS, openPage, useSuite } from './harness.mjs';

const suite = useSuite();
const MODULES = TOOL_SLUGS.length + 1; // the tool modules and the full one

/** A page with nothing on it but the loader, and a way to read its figures after a full GC. */
async function emptyPage() {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 900 } });
  const cdp = ENGINE === 'chromium' ? await page.context().newCDPSession(page) : null;
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  await page.waitForFunction(() => window.SupportWidgets !== undefined);
  const figures = async () => {
    let counters = { nodes: null, listeners: null };
    if (cdp) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      counters = { nodes, listeners: jsEventListeners };
    }
    const stats = await page.evaluate(() => window.SupportWidgets.stats());
    return { ...counters, ...stats };
  };
  return { page, figures };
}

const print = (what, figures) => console.log(`${ENGINE}, ${what}: ${figures.widgets} widgets, ${figures.instances} live instances`
  + ` (${figures.idleInstances} idle, ${figures.instancesCreated} created), ${(figures.wasmMemoryBytes / 1024).toFixed(0)} KB wasm`
  + (figures.nodes === null ? '' : `, ${figures.nodes} DOM nodes, ${figures.listeners} listeners`));

/** DOM nodes and listeners back near where they were (where the engine reports them). */
function backNearStart(before, after) {
  if (before.nodes === null) return;
  assert.ok(after.nodes <= before.nodes * 1.2 + 200, `DOM nodes ${before.nodes} → ${after.nodes}`);
  assert.ok(after.listeners <= before.listeners + 20, `listeners ${before.listeners} → ${after.listeners}`);
}

/** Adds a widget element with this id, tool and language, and mounts it. */
function mountOne(page, id, tool, lang = 'ja') {
  return page.evaluate(async ([id, tool, lang]) => {
    const element = document.createElement('div');
    element.id = id;
    element.dataset.supportWidget = tool;
    element.dataset.lang = lang;
    document.querySelector('main').append(element);
    await window.SupportWidgets.mount(element);
  }, [id, tool, lang]);
}

/** Mounts one more widget and waits for its first control: the page can still take widgets. */
async function stillMounts(page, tool = 'eos') {
  await mountOne(page, 'after', tool);
  await page.locator('#after').locator('input, select, button').first().waitFor();
}

test('500 widgets of mixed tools on one page all mount, sharing a bounded number of instances', async () => {
  const { page, figures } = await emptyPage();
  const failed = await page.evaluate(async (tools) => {
    const main = document.querySelector('main');
    const mounts = [];
    for (let i = 0; i < 500; i += 1) {
      const element = document.createElement('div');
      element.dataset.supportWidget = tools[i % tools.length];
      element.dataset.lang = i % 2 ? 'en' : 'ja';
      main.append(element);
      mounts.push(window.SupportWidgets.mount(element).then(() => null, (error) => String(error)));
    }
    return (await Promise.all(mounts)).filter((error) => error !== null);
  }, TOOL_SLUGS);
  assert.deepEqual(failed, [], 'every widget mounted');
  const shown = await page.evaluate(() => [...document.querySelectorAll('[data-support-widget]')]
    .filter((element) => element.shadowRoot?.querySelector('.sw-root')).length);
  assert.equal(shown, 500, 'every widget is on screen');
  const after = await figures();
  print('500 widgets', after);
  assert.equal(after.widgets, 500);
  assert.ok(after.instances <= MAX_INSTANCES + MODULES, `${after.instances} live instances`);
});

test('1,000 crash and reload cycles: the dead instances are let go, and the page still takes widgets', async () => {
  const { page, figures } = await emptyPage();
  await mountOne(page, 'cycled', 'eos');
  const before = await figures();
  const cycles = await page.evaluate(async () => {
    const element = document.querySelector('#cycled');
    let done = 0;
    for (let cycle = 0; cycle < 1000; cycle += 1) {
      window.SupportWidgets.simulatePanic(element);
      if (!element.shadowRoot.querySelector('[data-support-widget-action="reload"]')) break;
      await window.SupportWidgets.reload(element);
      if (!element.shadowRoot.querySelector('.sw-root')) break;
      done += 1;
    }
    return done;
  });
  // Each crash logged its panic: expected here, and nothing else.
  assert.deepEqual(page.consoleErrors.filter((text) => !text.includes('Support widget crashed')), []);
  page.consoleErrors = [];
  assert.equal(cycles, 1000, 'every cycle crashed and came back');
  const after = await figures();
  print('before the cycles', before);
  print('after 1,000 crash and reload cycles', after);
  assert.ok(after.instancesCreated >= 1000, 'each reload had a fresh instance');
  assert.equal(after.instances, before.instances, 'no dead instance is kept');
  assert.equal(after.wasmMemoryBytes, before.wasmMemoryBytes);
  backNearStart(before, after);
  await stillMounts(page);
});

test('1,000 attribute changes in one task: one instance serves them, and the last one wins', async () => {
  const { page, figures } = await emptyPage();
  await mountOne(page, 'toggled', 'delivery', 'ja');
  const before = await figures();
  await page.evaluate(() => {
    const element = document.querySelector('#toggled');
    for (let change = 0; change < 1000; change += 1) {
      element.dataset.lang = change % 2 ? 'ja' : 'en';
      element.dataset.companyHolidays = `2026-12-${String(1 + (change % 28)).padStart(2, '0')}`;
    }
  });
  // The last change (number 999, odd) asked for Japanese.
  await page.waitForFunction(() => document.querySelector('#toggled').shadowRoot.querySelector('.sw-root')?.lang === 'ja'
    && window.SupportWidgets.stats().widgets === 1);
  await page.waitForFunction(() => window.SupportWidgets.stats().idleInstances === 0);
  const after = await figures();
  print('before the changes', before);
  print('after 1,000 attribute changes in one task', after);
  assert.equal(after.instances, before.instances, 'no instance added');
  assert.equal(after.instancesCreated, before.instancesCreated);
  backNearStart(before, after);
  await stillMounts(page);
});

test('1,000 mounts each unmounted in the same task: nothing is left behind', async () => {
  const { page, figures } = await emptyPage();
  await stillMounts(page, 'severity');
  const before = await figures();
  await page.evaluate(() => {
    const main = document.querySelector('main');
    window.__pending = [];
    for (let pair = 0; pair < 1000; pair += 1) {
      const element = document.createElement('div');
      element.dataset.supportWidget = 'severity';
      main.append(element);
      window.__pending.push(window.SupportWidgets.mount(element).catch(() => {}));
      window.SupportWidgets.unmount(element);
      element.remove();
    }
  });
  await page.evaluate(() => Promise.all(window.__pending).then(() => { window.__pending = null; }));
  const after = await figures();
  print('before the pairs', before);
  print('after 1,000 mount and unmount pairs in one task', after);
  assert.equal(after.widgets, 1, 'only the widget that stayed');
  assert.ok(after.instances <= before.instances + 1, `${before.instances} → ${after.instances} live instances`);
  backNearStart(before, after);
});

// Yew leaves each rendered app's root element and its listeners in the instance (see
// RETIRE_AFTER_MOUNTS in widget.js): an instance is retired after that many, so what one page keeps
// stays bounded however many widgets come and go.
test('500 widgets rendered and removed one after another: what they leave behind stays bounded', async () => {
  const { page, figures } = await emptyPage();
  await mountOne(page, 'first', 'eos');
  await page.evaluate(() => { window.SupportWidgets.unmount(document.querySelector('#first')); document.querySelector('#first').remove(); });
  const before = await figures();
  await page.evaluate(async () => {
    const main = document.querySelector('main');
    for (let round = 0; round < 500; round += 1) {
      const element = document.createElement('div');
      element.dataset.supportWidget = 'eos';
      // The first widget's language, so all of them use one module (one per tool and language).
      element.dataset.lang = 'ja';
      main.append(element);
      await window.SupportWidgets.mount(element);
      window.SupportWidgets.unmount(element);
      element.remove();
    }
  });
  const after = await figures();
  print('after one rendered widget', before);
  print('after 500 more, one after another', after);
  assert.equal(after.widgets, 0);
  assert.equal(after.instances, 1, 'one live instance');
  assert.ok(after.instancesCreated >= before.instancesCreated + Math.floor(500 / RETIRE_AFTER_MOUNTS),
    `instances retired and made afresh: ${before.instancesCreated} → ${after.instancesCreated} created`);
  assert.ok(after.wasmMemoryBytes <= before.wasmMemoryBytes * 2, `wasm ${before.wasmMemoryBytes} → ${after.wasmMemoryBytes}`);
  if (before.nodes !== null) {
    // Each rendered widget leaves about 8 listeners and a node or two until its instance retires.
    assert.ok(after.listeners <= before.listeners + RETIRE_AFTER_MOUNTS * 10, `listeners ${before.listeners} → ${after.listeners}`);
    assert.ok(after.nodes <= before.nodes + RETIRE_AFTER_MOUNTS * 4 + 100, `DOM nodes ${before.nodes} → ${after.nodes}`);
  }
  await stillMounts(page);
});
