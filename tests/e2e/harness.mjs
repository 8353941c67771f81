// @ts-check
// Shared set-up for the end-to-end tests: one server and one Chromium per test file, a fresh
// context per test, and a page that records console errors and every request it makes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

/** @typedef {Awaited<ReturnType<typeof startHarness>>} Harness */
/**
 * A page that records what every test asserts to be empty.
 * @typedef {import('playwright-core').Page & { consoleErrors: string[], foreignRequests: string[] }} TestPage
 */

/** The tools (slug, cargo feature, help chapter), from the one contract file every layer reads. */
/** @type {{ slug: string, feature: string, chapter: string }[]} */
export const TOOLS = JSON.parse(await readFile(new URL('../../contract/embedding.json', import.meta.url), 'utf8')).tools;
export const TOOL_SLUGS = TOOLS.map((tool) => tool.slug);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function startHarness() {
  const [server, browser] = await Promise.all([startServer(), launchChromium()]);
  return {
    server,
    browser,
    origin: server.origin,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers the usual hooks for a test file: one harness for the file, and after each test the
 * checks every test owes (no console errors, no request to another origin) and a closed context.
 * Tests set `suite.page` to the page they open; a test that expects errors clears them itself.
 */
export function useSuite() {
  /** @type {{ harness: Harness, page: TestPage | null }} */
  const suite = { harness: /** @type {Harness} */ (/** @type {unknown} */ (null)), page: null };
  before(async () => { suite.harness = await startHarness(); });
  after(async () => { await suite.harness?.close(); });
  afterEach(async () => {
    if (!suite.page) return;
    const { page } = suite;
    suite.page = null;
    assert.deepEqual(page.consoleErrors, [], 'no console errors');
    assert.deepEqual(page.foreignRequests, [], 'no request leaves for another origin');
    await page.context().close();
  });
  return suite;
}

/**
 * A fresh page in its own context. `page.consoleErrors` and `page.foreignRequests` collect what
 * tests assert to be empty: console errors, uncaught exceptions, and requests to any origin but
 * the test server's. The browser speaks Japanese unless told otherwise (`locale`), as most
 * visitors' do: the standalone page follows the browser's languages when nothing else decides.
 * @param {Harness} harness
 * @param {{ viewport?: { width: number, height: number }, locale?: string }} [how]
 * @returns {Promise<TestPage>}
 */
export async function openPage(harness, { viewport = { width: 1100, height: 900 }, locale = 'ja-JP' } = {}) {
  const context = await harness.browser.newContext({ viewport, deviceScaleFactor: 1, locale });
  const page = /** @type {TestPage} */ (await context.newPage());
  page.consoleErrors = [];
  page.foreignRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => page.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${harness.origin}/`) && !url.startsWith('data:')) page.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    // The browser fetches the favicon on its own schedule (Chromium again on a hash change) and
    // cancels that fetch when the test navigates on: a cancelled favicon is not the page failing.
    const cancelled = /ABORTED/.test(request.failure()?.errorText ?? '');
    if (cancelled && new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
    page.consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) page.consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return page;
}

const require = createRequire(import.meta.url);
/** @type {string | undefined} */
let axeSource;

/** @typedef {{ id: string, help: string, nodes: string[] }} Violation */

/**
 * Runs axe-core in the page (it looks inside open shadow roots) and returns its violations.
 * @param {import('playwright-core').Page} page
 * @param {string[]} [include] selectors to check instead of the whole document
 * @returns {Promise<Violation[]>}
 */
export async function axeViolations(page, include) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  // axe-core's own page API, untyped here: what it returns is reduced to `Violation`s.
  const violations = await page.evaluate(async (selectors) => {
    const context = selectors ? { include: selectors.map((/** @type {string} */ s) => [s]) } : document;
    const axe = /** @type {any} */ (window).axe;
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return results.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((/** @type {any} */ n) => n.target.join(' >>> ')),
    }));
  }, include ?? null);
  return violations;
}

/**
 * Formats axe violations for an assertion message.
 * @param {Violation[]} violations
 */
export function describeViolations(violations) {
  return violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}
