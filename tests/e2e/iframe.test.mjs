// The third way in, for hosts that allow no script in their pages: an iframe of embed.html. It tells
// its parent its height ({ type: 'supportwidget:height', height }, nothing else) and posts results
// only to the origin the host names; it runs under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { DeliveryTool, Widget } from './widget-page.mjs';

const suite = useSuite();

/**
 * The clean host page with an iframe of embed.html at `hash`, every message it gets recorded;
 * `saved` is what this browser's checklist holds before the frame loads (same origin).
 */
async function frameHost(hash, { saved } = {}) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  if (saved) await page.evaluate((saved) => localStorage.setItem('support-widgets:checklist', saved), saved);
  await page.evaluate((hash) => {
    window.__messages = [];
    window.addEventListener('message', (event) => {
      if (event.origin === location.origin) window.__messages.push(event.data);
    });
    const frame = document.createElement('iframe');
    frame.id = 'frame';
    frame.title = 'Support tool';
    frame.style.width = '100%';
    frame.src = `/embed.html${hash}`;
    document.querySelector('main').append(frame);
  }, hash);
  const frame = page.frameLocator('#frame');
  const widget = new Widget(page, frame.locator('#frame > div'));
  await widget.title.waitFor();
  return { page, frame, widget };
}

const heights = (page) => page.evaluate(() => window.__messages.filter((m) => m.type === 'supportwidget:height'));
const results = (page) => page.evaluate(() => window.__messages.filter((m) => m.type === 'supportwidget:result'));

test('the iframe page mounts the tool from its URL and reports its height, and nothing else', async () => {
  const { page, widget } = await frameHost('#/delivery?lang=en&level=8x5xNBD&at=2026-11-20T10:00');
  const tool = new DeliveryTool(widget);
  await tool.arrival.getByText('on Tue 24 Nov 2026 (no set hour; visits 09:00–17:00)').waitFor();
  await page.waitForFunction(() => window.__messages.some((m) => m.type === 'supportwidget:height' && m.height > 400));
  for (const message of await heights(page)) {
    assert.deepEqual(Object.keys(message).sort(), ['height', 'type']);
    assert.equal(typeof message.height, 'number');
  }
  // The frame grows as the answer changes; a new height follows.
  const before = (await heights(page)).at(-1).height;
  await tool.field('level-24x7x4h').check();
  await page.waitForFunction((before) => window.__messages.filter((m) => m.type === 'supportwidget:height').at(-1).height !== before, before);
  assert.deepEqual(await results(page), [], 'no results without a named parent origin');
});

test('results go to the parent origin the host names, never anywhere else', async () => {
  const origin = suite.harness.origin;
  const { page, widget } = await frameHost(`#/eos?lang=en&parent=${encodeURIComponent(origin)}`);
  const eos = widget.root.getByTestId('sw-eos-eos');
  await eos.fill('2024-05-01');
  await page.waitForFunction(() => window.__messages.some((m) => m.type === 'supportwidget:result' && m.result.periods.length === 3));
  const result = (await results(page)).at(-1);
  assert.equal(await widget.root.page().frameLocator('#frame').getByTestId('frame-not-posted').isVisible(), false, 'nothing to say');
  assert.equal(result.tool, 'eos');
  assert.equal(result.result.endOfSale, '2024-05-01');

  // Another origin named: the browser delivers nothing here.
  const other = await frameHost('#/eos?lang=en&parent=https%3A%2F%2Fother.example&eos=2024-05-01');
  await other.widget.root.getByTestId('eos-periods').waitFor();
  await other.page.waitForFunction(() => window.__messages.some((m) => m.type === 'supportwidget:height'));
  assert.deepEqual(await results(other.page), []);
  // And the frame says why, in its language, for the partner setting it up.
  assert.equal(await other.frame.getByTestId('frame-not-posted').textContent(),
    "This frame's parent setting does not match the page it is in, so results are not sent to that page.");
  assert.equal(await other.frame.getByTestId('frame-not-posted').isVisible(), true);
});

test('the iframe page is served under the strict CSP with Trusted Types, and a new hash starts the tool afresh', async () => {
  const { page, widget } = await frameHost('#/severity?lang=ja&sev=2');
  const response = await page.request.get(`${suite.harness.origin}/embed.html`);
  assert.match(response.headers()['content-security-policy'], /style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'/);
  assert.equal(await widget.root.getByTestId('sw-sv-sev-2').isChecked(), true);
  await page.evaluate(() => { document.querySelector('#frame').src = '/embed.html#/domain?lang=en'; });
  await widget.title.getByText('Smart Account domain check').waitFor();
});

test('a malformed hash names the unknown tool in the frame instead of stopping it', async () => {
  const { frame } = await frameHost('#/%E0%A4%A?lang=en');
  const error = frame.getByTestId('kind-error');
  await error.waitFor();
  assert.match(await error.textContent(), /%E0%A4%A/);
});

test('a framing page learns nothing of the saved checklist until the visitor acts in the frame', async () => {
  const origin = suite.harness.origin;
  // The visitor's own earlier visit left a contract number in this browser.
  const saved = 'support-widgets checklist v1\ndesk\tjapan\nproduct\thardware\nvalue\tcontract\t4242\n';
  const framed = await frameHost(`#/checklist?lang=en&desk=japan&product=hardware&parent=${encodeURIComponent(origin)}`, { saved });
  await framed.page.waitForFunction(() => window.__messages.some((m) => m.type === 'supportwidget:result'));
  const contract = framed.widget.root.getByTestId('sw-cl-contract');
  assert.equal(await contract.inputValue(), '', 'nothing saved is shown before the visitor acts');
  for (const { result } of await results(framed.page)) {
    assert.ok(result.missing.includes('contract'), 'no result tells the framing page what was saved');
  }
  assert.equal(await framed.page.evaluate(() => localStorage.getItem('support-widgets:checklist')), saved, 'and nothing overwrote it');
  // The visitor acts in the frame: what they saved comes back, and only now reaches the results.
  await framed.widget.root.getByTestId('sw-cl-subject').fill('Router down');
  await framed.page.waitForFunction(() => {
    const last = window.__messages.filter((m) => m.type === 'supportwidget:result').at(-1);
    return last && !last.result.missing.includes('contract');
  });
  assert.equal(await contract.inputValue(), '4242');
  assert.match(await framed.page.evaluate(() => localStorage.getItem('support-widgets:checklist')), /contract\t4242[\s\S]*Router down|Router down[\s\S]*contract\t4242/);
});
