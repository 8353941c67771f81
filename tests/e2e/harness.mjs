// @ts-check
// Shared set-up for the end-to-end tests: one server and one browser per test file, a fresh
// context per test, and a page that records console errors and every request it makes. The browser
// is Chromium, or Firefox ESR with E2E_BROWSER=firefox (scripts/test runs the suite in both).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, afterEach, before } from 'node:test';
import { chromium, firefox } from 'playwright-core';
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

const loaderSource = await readFile(new URL('../../web/widget.js', import.meta.url), 'utf8');
/** @param {string} name A numeric constant of widget.js, as the loader declares it. */
function loaderConstant(name) {
  const found = loaderSource.match(new RegExp(`^const ${name} = (\\d+);`, 'm'));
  if (!found) throw new Error(`web/widget.js declares no const ${name}`);
  return Number(found[1]);
}
/** The loader's instance policy (ARCHITECTURE.md, "Instances"): the tests hold it to these. */
export const MAX_INSTANCES = loaderConstant('MAX_INSTANCES');
export const RETIRE_AFTER_MOUNTS = loaderConstant('RETIRE_AFTER_MOUNTS');

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

/** The engine this run tests in: `chromium` (the default) or `firefox`. */
export const ENGINE = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';
/** Why a test that needs Chromium's DevTools protocol (CPU throttling, heap and DOM counters) skips elsewhere. */
export const NEEDS_CDP = ENGINE === 'chromium' ? false : 'needs the Chrome DevTools Protocol (heap and DOM counters)';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi (playwright-core's stock-Firefox channel: no
 * browser download). Playwright's own preferences are not applied to it, so these quiet its
 * first-run and background traffic, which would otherwise count as requests to other origins.
 */
function launchFirefox(prefs = {}) {
  return firefox.launch({
    channel: 'moz-firefox',
    executablePath: FIREFOX,
    firefoxUserPrefs: {
      ...prefs,
      'app.normandy.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
}

export function launchBrowser() {
  return ENGINE === 'firefox' ? launchFirefox() : launchChromium();
}

export async function startHarness() {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  /** @type {Promise<import('playwright-core').Browser> | null} */
  let dark = null;
  return {
    server,
    browser,
    origin: server.origin,
    /**
     * The browser for a page in this colour scheme. Chromium sets it per context; Firefox over BiDi
     * cannot, so a dark page there comes from a second Firefox whose content prefers dark.
     * @param {'light' | 'dark'} scheme
     */
    browserFor(scheme) {
      if (scheme === 'light' || ENGINE === 'chromium') return Promise.resolve(browser);
      dark ??= launchFirefox({ 'layout.css.prefers-color-scheme.content-override': 0 });
      return dark;
    },
    async close() {
      await browser.close();
      if (dark) await (await dark).close();
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
 * The colour scheme is light unless told otherwise (`colorScheme`).
 * @param {Harness} harness
 * @param {{ viewport?: { width: number, height: number }, locale?: string, colorScheme?: 'light' | 'dark' }} [how]
 * @returns {Promise<TestPage>}
 */
export async function openPage(harness, { viewport = { width: 1100, height: 900 }, locale = 'ja-JP', colorScheme = 'light' } = {}) {
  const browser = await harness.browserFor(colorScheme);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale, ...(ENGINE === 'chromium' ? { colorScheme } : {}) });
  const page = /** @type {TestPage} */ (await context.newPage());
  if (ENGINE !== 'chromium') await page.addInitScript(recordWhatIsHanded);
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

// What the widget hands the browser, for the engines whose driver cannot report it: Firefox over
// BiDi delivers no download events, and lets no page read the clipboard. Files made for download
// (an object URL clicked with `download`) and text written to the clipboard are kept here instead,
// under a symbol (no new global name). The file is not saved: that is the browser's part.
export function recordWhatIsHanded() {
  /** @type {{ files: { name: string, blob: Blob }[], copied: string[] }} */
  const handed = { files: [], copied: [] };
  Object.defineProperty(window, Symbol.for('e2e.handed'), { value: handed });
  /** @type {Map<string, Blob>} */
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickOrKeep() {
    const blob = this.hasAttribute('download') ? blobs.get(this.href) : undefined;
    if (blob) handed.files.push({ name: this.download, blob });
    else click.call(this);
  };
  // Only secure contexts have a clipboard (not the blank page a new tab starts with).
  if (typeof Clipboard === 'undefined') return;
  const writeText = Clipboard.prototype.writeText;
  Clipboard.prototype.writeText = function keepAndWrite(/** @type {string} */ text) {
    handed.copied.push(String(text));
    return writeText.call(this, text);
  };
}

/**
 * The file that `click` makes the page hand the browser to save: its name and its text.
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} click
 * @returns {Promise<{ name: string, text: string }>}
 */
export async function downloaded(page, click) {
  if (ENGINE === 'chromium') {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  const handed = (/** @type {number} */ index) => /** @type {any} */ (window)[Symbol.for('e2e.handed')].files[index];
  const before = await page.evaluate(() => /** @type {any} */ (window)[Symbol.for('e2e.handed')].files.length);
  await click();
  await page.waitForFunction(handed, before);
  return page.evaluate(async (index) => {
    const file = /** @type {any} */ (window)[Symbol.for('e2e.handed')].files[index];
    return { name: file.name, text: await file.blob.text() };
  }, before);
}

/**
 * Lets the page read the clipboard where the engine allows it (Chromium, by permission).
 * @param {import('playwright-core').Page} page
 */
export async function allowClipboard(page) {
  if (ENGINE === 'chromium') await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * The text the last copy put on the clipboard (Chromium reads it back; elsewhere, what the page
 * handed the browser to write).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string>}
 */
export function copiedText(page) {
  if (ENGINE === 'chromium') return page.evaluate(() => navigator.clipboard.readText());
  return page.evaluate(() => /** @type {any} */ (window)[Symbol.for('e2e.handed')].copied.at(-1) ?? '');
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
