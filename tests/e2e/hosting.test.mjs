// Where the widget's files live: under a sub-path of the host site (/intranet/tools/), or on another
// origin that allows it (CORS). The loader finds its glue and wasm next to itself either way.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { startServer } from './server.mjs';
import { DeliveryTool, Widget } from './widget-page.mjs';

const suite = useSuite();
let other = null;
after(async () => { await other?.close(); });

test('from a sub-path: every file comes from /intranet/tools/', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${suite.harness.origin}/test-pages/sub-path.html`);
  const delivery = new Widget(page, page.locator('#w1'));
  await new Widget(page, page.locator('#w2')).title.waitFor();
  await delivery.title.waitFor();
  await new DeliveryTool(delivery).fill({ level: '8x5xNBD', date: '2026-11-20', time: '10:00' });
  await new DeliveryTool(delivery).arrival.waitFor();
  const widgetFiles = loaded.filter((path) => /widget\.js|support_widgets/.test(path));
  assert.ok(widgetFiles.length >= 3, widgetFiles.join(' '));
  assert.ok(widgetFiles.every((path) => path.startsWith('/intranet/tools/')), widgetFiles.join(' '));
});

test('from another origin that sends CORS headers', async () => {
  other = await startServer(0, { cors: true });
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  await page.goto(`${suite.harness.origin}/test-pages/cross-origin.html?from=${encodeURIComponent(other.origin)}`);
  const widget = new Widget(page, page.locator('#w1'));
  await widget.title.getByText('Support after end of sale').waitFor();
  await widget.root.getByTestId('sw-eos-eos').fill('2024-05-01');
  await widget.root.getByTestId('eos-periods').waitFor();
  // Requests left for the other origin, and only for the widget's own files.
  const foreign = page.foreignRequests.splice(0);
  assert.ok(foreign.length >= 3);
  assert.ok(foreign.every((url) => url.startsWith(`${other.origin}/`) && /widget\.js|support_widgets/.test(url)), foreign.join('\n'));
});

test('the release ships the host types beside widget.js, as the sources have them', async () => {
  const response = await fetch(`${suite.harness.origin}/widget.d.ts`);
  assert.equal(response.status, 200);
  const shipped = await response.text();
  const { readFile } = await import('node:fs/promises');
  assert.equal(shipped, await readFile(new URL('../../web/widget-api.d.ts', import.meta.url), 'utf8'));
  assert.match(shipped, /interface SupportWidgetsApi/);
});
