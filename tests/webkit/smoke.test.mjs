// @ts-check
// WebKit (the engine of every iPhone browser): a smoke suite of what most often differs between
// engines, in WebKitGTK's MiniBrowser over WebDriver classic (./webdriver.mjs). The whole
// end-to-end suite runs in Chromium and Firefox; here, each way of embedding, typing to an answer,
// the adopted stylesheets, the strict host policies, the crash box, the files and the copy the
// widget hands the browser, and the dark scheme.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { TOOL_SLUGS, recordWhatIsHanded } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { startWebKit } from './webdriver.mjs';

const SHOTS = 'target/webkit';
/** @type {{ origin: string, close(): Promise<void> }} */
let server;
/** @type {import('./webdriver.mjs').WebKitSession} */
let webkit;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startServer(0);
  webkit = await startWebKit();
});
after(async () => {
  await webkit?.close();
  await server?.close();
});

// --- In the page (these functions run in WebKit: only what they take as arguments crosses) -------

/** The element with test id `testid` inside the shadow root of the widget `host` selects. */
function inWidget(/** @type {string} */ host, /** @type {string} */ testid) {
  const root = document.querySelector(host)?.shadowRoot;
  return root?.querySelector(`[data-testid="${testid}"]`) ?? null;
}

/** The text of that element, or '' while it is not there. */
function textInWidget(/** @type {string} */ host, /** @type {string} */ testid) {
  const root = document.querySelector(host)?.shadowRoot;
  return root?.querySelector(`[data-testid="${testid}"]`)?.textContent ?? '';
}

/** Every CSP violation the page reports from now on, kept under a symbol. */
function recordViolations() {
  const violations = /** @type {string[]} */ ([]);
  Object.defineProperty(window, Symbol.for('webkit.violations'), { value: violations, configurable: true });
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  return true;
}

/** What the page reported and handed the browser since: violations, files (name and text), copied texts. */
async function recorded() {
  const handed = /** @type {any} */ (window)[Symbol.for('e2e.handed')];
  const files = await Promise.all(handed.files.map(async (/** @type {{ name: string, blob: Blob }} */ file) => ({ name: file.name, text: await file.blob.text() })));
  return { violations: /** @type {any} */ (window)[Symbol.for('webkit.violations')], files, copied: handed.copied };
}

/**
 * Starts recording in the open page: CSP violations, and what the widget hands the browser (the
 * harness's recorder, as in Firefox: no driver reports downloads or the clipboard).
 */
async function recordPage() {
  await webkit.run(recordViolations);
  await webkit.run(recordWhatIsHanded);
}

/** Opens `path` on the test server and starts recording. */
async function open(/** @type {string} */ path) {
  await webkit.goto(`${server.origin}${path}`);
  await recordPage();
}

/** Waits for the widget `host` selects to show its title; returns the title. */
function titleOf(/** @type {string} */ host) {
  return webkit.waitFor(`the widget ${host}`, textInWidget, [host, 'widget-title']);
}

/** The element with test id `testid` in the widget `host`, as a WebDriver reference. */
function element(/** @type {string} */ host, /** @type {string} */ testid) {
  return webkit.waitFor(`${testid} in ${host}`, inWidget, [host, testid]);
}

/**
 * Types `text`, key by key, over what the field with test id `testid` in the widget `host` holds
 * (selected first, as a visitor would: WebDriver's clear sends no input event, so the tool would
 * keep the old value).
 */
async function typeInto(/** @type {string} */ host, /** @type {string} */ testid, /** @type {string} */ text) {
  const field = await element(host, testid);
  await webkit.run((/** @type {HTMLInputElement} */ input) => { input.focus(); input.select(); return true; }, field);
  await webkit.type(field, text);
}

// --- The tests -------------------------------------------------------------------------------

test('WebKit: every tool mounts by data attribute, as <support-widget> and in the iframe page', async () => {
  await open('/test-pages/empty.html');
  await webkit.run((/** @type {string[]} */ slugs) => {
    const main = /** @type {HTMLElement} */ (document.querySelector('main'));
    for (const slug of slugs) {
      const div = document.createElement('div');
      div.id = `attr-${slug}`;
      div.dataset.supportWidget = slug;
      div.dataset.lang = 'en';
      const custom = document.createElement('support-widget');
      custom.id = `custom-${slug}`;
      custom.setAttribute('tool', slug);
      custom.setAttribute('lang', 'ja');
      main.append(div, custom);
    }
    const frame = document.createElement('iframe');
    frame.id = 'frame';
    frame.title = 'Support tool';
    frame.src = '/embed.html#/delivery?lang=en';
    main.append(frame);
    return true;
  }, TOOL_SLUGS);
  for (const slug of TOOL_SLUGS) {
    assert.notEqual(await titleOf(`#attr-${slug}`), '', slug);
    assert.match(await titleOf(`#custom-${slug}`), /[\u3040-\u30ff\u4e00-\u9fff]/, `${slug} in Japanese`);
  }
  const framed = await webkit.waitFor('the tool in the iframe', () => {
    const frame = /** @type {HTMLIFrameElement | null} */ (document.querySelector('#frame'));
    const root = frame?.contentDocument?.querySelector('#frame > div')?.shadowRoot;
    return root?.querySelector('[data-testid="widget-title"]')?.textContent ?? '';
  });
  assert.equal(framed, 'Replacement-part delivery window');
  assert.deepEqual((await webkit.run(recorded)).violations, []);
});

test('WebKit: typing gives the answer, in a shadow root styled by adopted stylesheets', async () => {
  await open('/test-pages/clean.html');
  await titleOf('#w1');
  await webkit.click(await element('#w1', 'sw-dl-level-8x5xnbd'));
  await typeInto('#w1', 'sw-dl-date', '2026-11-20');
  await typeInto('#w1', 'sw-dl-time', '10:00');
  const arrival = await webkit.waitFor('the delivery answer', (/** @type {string} */ day) => {
    const text = document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="delivery-arrival"]')?.textContent ?? '';
    return text.includes(day) && text;
  }, ['Tue 24 Nov 2026']);
  assert.match(arrival, /Tue 24 Nov 2026/);

  await typeInto('#w2', 'sw-sa-email', 'taro@example.co.jp');
  await typeInto('#w2', 'sw-sa-account', 'example.co.jp');
  const row = await webkit.waitFor('the domain verdict', () =>
    document.querySelector('#w2')?.shadowRoot?.querySelector('[data-testid="sw-sa-verdict"]')?.getAttribute('data-row'));
  assert.equal(row, '1');

  const styles = await webkit.run(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('#w1')?.shadowRoot);
    const card = /** @type {Element} */ (root.querySelector('.sw-root'));
    const button = /** @type {Element} */ (root.querySelector('.sw-button, button'));
    return {
      adopted: root.adoptedStyleSheets.length,
      background: getComputedStyle(card).backgroundColor,
      buttonMinHeight: parseFloat(getComputedStyle(button).minHeight) || button.getBoundingClientRect().height,
      hostText: getComputedStyle(/** @type {Element} */ (document.querySelector('#host-text'))).color,
    };
  });
  assert.ok(styles.adopted >= 1, 'the styles are adopted stylesheets');
  assert.equal(styles.background, 'rgb(255, 255, 255)');
  assert.ok(styles.buttonMinHeight >= 44, `touch targets 44 px (${styles.buttonMinHeight})`);
  assert.equal(styles.hostText, 'rgb(0, 0, 128)', 'the host page keeps its own styles');
  await webkit.screenshot(`${SHOTS}/clean.png`);
  assert.deepEqual((await webkit.run(recorded)).violations, []);
});

for (const [page, what] of [
  ['/test-pages/strict-csp.html', 'the strict CSP'],
  ['/test-pages/nonce.html', "a nonce with 'strict-dynamic' under default-src 'none'"],
  ['/test-pages/trusted-types.html', 'Trusted Types with no policy allowed'],
]) {
  test(`WebKit: under ${what}, the widgets mount, answer, switch language and come back after a crash`, async () => {
    await open(page);
    await titleOf('#w1');
    await titleOf('#w2');
    await webkit.click(await element('#w1', 'sw-dl-level-8x5xnbd'));
    await typeInto('#w1', 'sw-dl-date', '2026-11-20');
    await typeInto('#w1', 'sw-dl-time', '10:00');
    await webkit.waitFor('the delivery answer', (/** @type {string} */ day) =>
      document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="delivery-arrival"]')?.textContent?.includes(day),
    ['Tue 24 Nov 2026']);
    await webkit.run(() => { window.SupportWidgets.setLang(/** @type {Element} */ (document.querySelector('#w1')), 'ja'); return true; });
    await webkit.waitFor('the Japanese title', () =>
      document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="widget-title"]')?.textContent === '交換パーツ到着時刻の計算');
    await webkit.run(() => { window.SupportWidgets.simulatePanic(/** @type {Element} */ (document.querySelector('#w1'))); return true; });
    await webkit.click(await webkit.waitFor('the crash box button', () =>
      document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="crash"] button') ?? null));
    await webkit.waitFor('the widget back', () =>
      !document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="crash"]')
      && !!document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="widget-title"]'));
    assert.notEqual(await titleOf('#w2'), '', 'the other widget kept working');
    assert.deepEqual((await webkit.run(recorded)).violations, []);
    // The policy is in force, not only sent: what it forbids is refused (and reported).
    const refused = await webkit.run((/** @type {boolean} */ trustedTypes) => {
      try {
        if (trustedTypes) document.createElement('div').innerHTML = '<b>markup</b>';
        else new Function('return 1')();
        return false;
      } catch {
        return true;
      }
    }, page.includes('trusted-types'));
    assert.equal(refused, true, `${what} is enforced`);
  });
}

test('WebKit: the crash box is an alert that says sorry and offers a reload', async () => {
  await open('/test-pages/clean.html');
  await titleOf('#w1');
  await webkit.run(() => { window.SupportWidgets.simulatePanic(/** @type {Element} */ (document.querySelector('#w1'))); return true; });
  const box = await webkit.waitFor('the crash box', () => {
    const crash = document.querySelector('#w1')?.shadowRoot?.querySelector('[data-testid="crash"]');
    return crash && { role: crash.getAttribute('role'), text: crash.textContent, title: !!crash.parentNode?.querySelector('[data-testid="widget-title"]') };
  });
  assert.equal(box.role, 'alert');
  assert.match(box.text ?? '', /Sorry, this tool ran into an error/);
  assert.equal(box.title, false, 'the dead widget is gone');
  assert.notEqual(await titleOf('#w2'), '', 'the other widget carries on');
});

test('WebKit: the delivery answer as an .ics file, and the checklist text copied', async () => {
  await open('/#/delivery?level=8x5xNBD&at=2026-11-20T08:00&lang=en');
  const app = '[data-support-widget=app]';
  await titleOf(app);
  await webkit.click(await element(app, 'delivery-ics'));
  const { files } = await webkit.waitFor('the .ics file', async () => {
    const record = /** @type {any} */ (window)[Symbol.for('e2e.handed')];
    return record.files.length > 0 && { files: await Promise.all(record.files.map(async (/** @type {any} */ f) => ({ name: f.name, text: await f.blob.text() }))) };
  });
  assert.equal(files[0].name, 'support-delivery.ics');
  assert.ok(files[0].text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), files[0].text);
  assert.match(files[0].text, /DTSTART:20261124T000000Z\r\nDTEND:20261124T080000Z/);

  // A new document (the path differs): the recorders are put in once per page.
  await webkit.goto(`${server.origin}/index.html#/checklist?lang=en`);
  await recordPage();
  await titleOf(app);
  await typeInto(app, 'sw-cl-contract', '91234567');
  await webkit.click(await element(app, 'sw-cl-copy'));
  const status = await webkit.waitFor('the copy status', textInWidget, [app, 'sw-cl-copy-status']);
  const { copied } = await webkit.run(recorded);
  assert.equal(copied.length, 1);
  assert.match(copied[0], /91234567/);
  assert.match(status, /^Copied/, 'the browser took the text');
});

test('WebKit: the pinned release folder loads, its wasm fetched with its integrity', async () => {
  const version = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)?.[1];
  await open(`/release/${version}/embed.html#/eos?lang=en`);
  const title = await webkit.waitFor('the tool in the release folder', () =>
    document.querySelector('#frame > div')?.shadowRoot?.querySelector('[data-testid="widget-title"]')?.textContent);
  assert.equal(title, 'Support after end of sale');
});

test('WebKit: the system dark scheme gives the dark widget, and the host can ask for light', async () => {
  const dark = await startWebKit({ dark: true });
  try {
    await dark.goto(`${server.origin}/test-pages/clean.html`);
    assert.equal(await dark.run(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the browser prefers dark');
    await dark.waitFor('the widget', textInWidget, ['#w2', 'widget-title']);
    const background = () => getComputedStyle(/** @type {Element} */ (document.querySelector('#w2')?.shadowRoot?.querySelector('.sw-root'))).backgroundColor;
    assert.equal(await dark.run(background), 'rgb(22, 27, 34)');
    await dark.run(() => {
      const light = document.createElement('div');
      light.id = 'light';
      light.dataset.supportWidget = 'eos';
      light.dataset.theme = 'light';
      document.querySelector('main')?.prepend(light);
      return true;
    });
    await dark.waitFor('the light widget', (/** @type {string} */ white) => {
      const root = document.querySelector('#light')?.shadowRoot?.querySelector('.sw-root');
      return root && getComputedStyle(root).backgroundColor === white;
    }, ['rgb(255, 255, 255)']);
    await dark.screenshot(`${SHOTS}/dark.png`);
  } finally {
    await dark.close();
  }
});
