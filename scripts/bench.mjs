// @ts-check
// The benchmark (never a test: it reports figures and fails on none). One table: each figure, its
// budget, the floor beside it (a bare yew 0.23 counter, `../shared/floor/`, built by
// scripts/bench with the same release settings and measured in the same run), the ratio to the
// floor, and whether the budget is met.
//
//   node scripts/bench.mjs [runs]     (scripts/bench builds both first)
import { execFileSync } from 'node:child_process';
import { TOOL_SLUGS as TOOLS, launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { brotli, moduleSize, pageSizes } from './sizes.mjs';

const runs = Math.max(1, Number(process.argv[2] ?? 9));
const FLOOR_DIST = 'target/floor/dist';
const CPU_SLOWDOWN = 4;

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** @typedef {{ figure: string, value: number, format: (value: number) => string, budget: number | null, floor: number | null }} Row */
/** The table's rows: each figure, ours, its format, its budget and the floor's figure (or null). */
/** @type {Row[]} */
const rows = [];
/**
 * @param {string} figure
 * @param {number} value
 * @param {(value: number) => string} format
 * @param {number | null} [budget]
 * @param {number | null} [floor]
 */
const row = (figure, value, format, budget = null, floor = null) => rows.push({ figure, value, format, budget, floor });

// --- Sizes: what a visitor downloads (brotli 11, the CSS being inside the wasm; scripts/sizes.mjs) ----
const sizes = await pageSizes();
const floorSize = await moduleSize('floor', FLOOR_DIST);
// Budgets: 100 KB a one-tool page (end of sale 85 KB), 180 KB the standalone page.
for (const tool of TOOLS) {
  const budget = (tool === 'eos' ? 85 : 100) * 1024;
  row(`page with one tool: ${tool}`, sizes[`tool:${tool}`], kb, budget, floorSize);
  row(`  in English`, sizes[`tool:${tool}:en`], kb, budget, floorSize);
}
row('switch of language: the other texts (ja / en)', sizes['texts:ja'], kb);
row('  en', sizes['texts:en'], kb);
row('standalone page (all five)', sizes.standalone, kb, 180 * 1024, floorSize);
row('  in English', sizes['standalone:en'], kb, 180 * 1024, floorSize);
// More than one tool on the page at load: widget.js loads the module with all five once for all of them.
row('page with 2–5 different tools at load', sizes.standalone, kb, null, floorSize);
const twoModules = (await moduleSize('support_widgets_delivery_ja')) + (await moduleSize('support_widgets_checklist_ja'));
row('  (delivery + checklist as two modules)', twoModules + (await brotli('dist/widget.js')), kb, null, floorSize);

// --- Time and memory in headless Chromium, CPU slowed 4x ------------------------------------------
const server = await startServer(0, { mounts: [['/floor/', FLOOR_DIST]] });
const browser = await launchChromium();

async function slowPage() {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

// From navigation start to the first control usable: for a widget, its `supportwidget:mounted`
// event with a button in its shadow root; for the floor, its button in the document.
/**
 * @param {string} url
 * @param {boolean} widget
 * @returns {Promise<number>}
 */
async function timeToControl(url, widget) {
  const { context, page } = await slowPage();
  await page.addInitScript((widget) => {
    const marks = /** @type {{ __benchInteractive?: number }} */ (/** @type {unknown} */ (window));
    // The moment a button is in `root`, now or as soon as one is added.
    const whenButtonIn = (/** @type {ParentNode} */ root) => {
      const record = () => { marks.__benchInteractive ??= performance.now(); };
      if (root.querySelector('button')) return record();
      new MutationObserver((_, observer) => { if (root.querySelector('button')) { record(); observer.disconnect(); } })
        .observe(root, { childList: true, subtree: true });
    };
    if (widget) {
      document.addEventListener('supportwidget:mounted', (event) => {
        const root = /** @type {Element} */ (event.target).shadowRoot;
        if (root) whenButtonIn(root);
      }, true);
    } else whenButtonIn(document);
  }, widget);
  await page.goto(url);
  const mark = () => /** @type {{ __benchInteractive?: number }} */ (/** @type {unknown} */ (window)).__benchInteractive;
  await page.waitForFunction(mark);
  const value = /** @type {number} */ (await page.evaluate(mark));
  await context.close();
  return value;
}

/**
 * The median time to the first control of each page, their loads taken in turn (the floor, then
 * ours, then the floor again…), so that a slower or quicker spell of the machine falls on all of
 * them alike rather than on whichever was measured then.
 * @param {Array<[string, boolean]>} pages each page's URL and whether it holds a widget
 * @returns {Promise<number[]>}
 */
async function medianTimes(pages) {
  /** @type {number[][]} */
  const samples = pages.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, [url, widget]] of pages.entries()) samples[index].push(await timeToControl(url, widget));
  }
  return samples.map(median);
}

// The first render of the one-tool page (the answer-first layout folds the details): the nodes in
// the widget's shadow root, and the style and layout time from navigation to its first control
// (Chromium's Performance metrics, CPU slowed as above), median of `runs` loads.
/**
 * @param {string} url
 * @returns {Promise<{ nodes: number, layoutMs: number }>}
 */
async function firstRender(url) {
  const { context, page, cdp } = await slowPage();
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-support-widget]')?.shadowRoot?.querySelector('button'));
  const nodes = await page.evaluate(() => /** @type {ShadowRoot} */ (document.querySelector('[data-support-widget]')?.shadowRoot).querySelectorAll('*').length);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (/** @type {string} */ name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  await context.close();
  return { nodes, layoutMs: (seconds('LayoutDuration') + seconds('RecalcStyleDuration')) * 1000 };
}
{
  const renders = [];
  for (let run = 0; run < runs; run += 1) renders.push(await firstRender(`${server.origin}/test-pages/one-tool.html`));
  row('first render, one-tool page (delivery): DOM nodes', median(renders.map((r) => r.nodes)), (n) => `${n}`);
  row('  style and layout until the first control', median(renders.map((r) => r.layoutMs)), ms);
}

const [floorTime, oneToolTime, standaloneTime] = await medianTimes([
  [`${server.origin}/floor/`, false],
  [`${server.origin}/test-pages/one-tool.html`, true],
  [`${server.origin}/`, true],
]);
row('first control usable, one-tool page', oneToolTime, ms, floorTime * 1.5, floorTime);
row('first control usable, standalone page', standaloneTime, ms, null, floorTime);

// Each keystroke: the time from the input event to the end of the work it causes (yew renders in
// microtasks; a MessageChannel message arrives after they all ran), for every character typed.
/**
 * @param {string} tool
 * @param {string} testid
 * @param {string} text
 * @returns {Promise<number[]>}
 */
async function keystrokes(tool, testid, text) {
  const { context, page } = await slowPage();
  await page.goto(`${server.origin}/test-pages/empty.html`);
  await page.evaluate(async (tool) => {
    const element = document.createElement('div');
    element.dataset.supportWidget = tool;
    element.dataset.lang = 'en';
    document.querySelector('main')?.append(element);
    await window.SupportWidgets.mount(element);
  }, tool);
  const times = await page.evaluate(async ({ testid, text }) => {
    // A visitor reads before typing: the browser has been idle (when each tool rehearses its
    // update path, hooks::use_tool) before the first keystroke.
    for (let turn = 0; turn < 2; turn += 1) await new Promise((done) => requestIdleCallback(() => done(undefined)));
    const root = /** @type {ShadowRoot} */ (document.querySelector('[data-support-widget]')?.shadowRoot);
    const field = /** @type {HTMLInputElement} */ (root.querySelector(`[data-testid="${testid}"]`));
    field.focus();
    field.value = '';
    const settled = () => new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(undefined);
      channel.port2.postMessage(null);
    });
    const result = [];
    for (const character of text) {
      const start = performance.now();
      field.value += character;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
      await settled();
      result.push(performance.now() - start);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
    return result;
  }, { testid, text });
  await context.close();
  return times;
}
for (const [tool, testid, text] of [['delivery', 'sw-dl-date', '2026-12-28'], ['checklist', 'sw-cl-contract', '91234567']]) {
  // The first keystroke after load does more than the others: it replaces the filled-in value
  // (the delivery answer gives way to "incomplete"; the checklist's first ready item opens the text
  // to send), and whatever the rehearsal left uncompiled is compiled then. It is reported apart,
  // as the median over `runs` loads (one load's figure varies by 2x and more on these machines).
  /** @type {number[]} */
  const firsts = [];
  /** @type {number[]} */
  const others = [];
  for (let load = 0; load < runs; load += 1) {
    const [first, ...rest] = await keystrokes(tool, testid, text);
    firsts.push(first);
    others.push(...rest);
  }
  row(`keystroke, ${tool}: the first after load (median of ${runs})`, median(firsts), ms, 16);
  row(`keystroke, ${tool}: the others (median)`, median(others), ms, 16);
  row(`keystroke, ${tool}: the others (slowest)`, Math.max(...others), ms, 16);
}

// Memory per mounted widget: JS heap after a forced GC, over a blank page; wasm linear memory.
/**
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 */
async function heapAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
{
  const { context, page, cdp } = await slowPage();
  await cdp.send('HeapProfiler.enable');
  await page.goto('about:blank');
  const blank = await heapAfterGc(page, cdp);
  await page.goto(`${server.origin}/floor/`);
  await page.waitForSelector('button');
  const floorHeap = (await heapAfterGc(page, cdp)) - blank;
  await page.goto(`${server.origin}/test-pages/one-tool.html`);
  await page.waitForFunction(() => window.SupportWidgets?.stats().widgets === 1
    && document.querySelector('[data-support-widget]')?.shadowRoot?.querySelector('button'));
  const ours = (await heapAfterGc(page, cdp)) - blank;
  const { wasmMemoryBytes } = await page.evaluate(() => window.SupportWidgets.stats());
  row('JS heap, page with one widget', ours, kb, null, floorHeap);
  row('wasm memory per widget', wasmMemoryBytes, kb);
  await context.close();
}
await browser.close();
await server.close();

// --- The rules, natively (µs per delivery calculation) --------------------------------------------
const rules = execFileSync('cargo', ['run', '--release', '--quiet', '--example', 'rules'], { encoding: 'utf8' });
const us = (/** @type {number} */ value) => `${value.toFixed(2)} µs`;
for (const [label, pattern, budget] of /** @type {[string, RegExp, number][]} */ ([
  ['delivery rule, per case', /no company holidays\s+([\d.]+)/, 2],
  ['  with 2,000 company holidays', /2,000 company holidays\s+([\d.]+)/, 16000],
  ['  closed every day 2026–2069', /closed every day 2026–2069\s+([\d.]+)/, 16000],
])) {
  const value = Number(rules.match(pattern)?.[1]);
  row(label, value, us, budget);
}

// --- The table ------------------------------------------------------------------------------------
const widths = [40, 12, 12, 12, 8, 6];
const line = (/** @type {(string | number)[]} */ cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' ');
console.log(`\nBenchmark: sizes brotli 11; times headless Chromium, CPU ${CPU_SLOWDOWN}x slower, median of ${runs} cold loads`);
console.log(line(['figure', 'ours', 'budget', 'floor', 'ratio', 'met']));
for (const { figure, value, format, budget, floor } of rows) {
  const ratio = floor ? `${(value / floor).toFixed(2)}x` : '';
  const met = budget === null ? '' : value <= budget ? 'yes' : 'NO';
  console.log(line([figure, Number.isFinite(value) ? format(value) : 'n/a', budget === null ? '' : format(budget), floor === null ? '' : format(floor), ratio, met]));
}
