// Prints what a visitor downloads (raw, gzip, brotli) and how long the page takes to become
// interactive, as the median of several cold loads in headless Chromium. A benchmark, not a test:
// it reports figures and never fails on them.
import { readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const runs = Math.max(1, Number(process.argv[2] ?? 9));

const files = [
  ['wasm', 'dist/support_widgets_bg.wasm'],
  ['JS glue (wasm-bindgen)', 'dist/support_widgets.js'],
  ['JS loader (widget.js)', 'dist/widget.js'],
  ['CSS (inside the wasm)', 'style/widget.css'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('Transfer sizes');
console.log('file'.padEnd(26), 'raw'.padStart(10), 'gzip -9'.padStart(10), 'brotli 11'.padStart(10));
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const [name, path] of files) {
  const data = await readFile(path);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(name.padEnd(26), kb(data.length).padStart(10), kb(gzip).padStart(10), kb(brotli).padStart(10));
  if (!path.endsWith('.css')) {
    total.raw += data.length;
    total.gzip += gzip;
    total.brotli += brotli;
  }
}
console.log('downloaded in all'.padEnd(26), kb(total.raw).padStart(10), kb(total.gzip).padStart(10), kb(total.brotli).padStart(10));

// Time to interactive: from navigation start until the widget has mounted and its first control can
// take focus (the `supportwidget:mounted` event, then a check that a button is in the shadow root).
async function measure(browser, url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('supportwidget:mounted', (event) => {
      const ready = () => event.target.shadowRoot?.querySelector('button');
      const record = () => { window.__benchInteractive ??= performance.now(); };
      if (ready()) record();
      else new MutationObserver((_, observer) => { if (ready()) { record(); observer.disconnect(); } })
        .observe(event.target.shadowRoot, { childList: true, subtree: true });
    }, true);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__benchInteractive !== undefined);
  const figures = await page.evaluate(() => ({
    interactive: window.__benchInteractive,
    domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  }));
  await context.close();
  return figures;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startServer();
const browser = await launchChromium();
console.log(`\nTime to interactive, headless Chromium on 127.0.0.1, cold context, median of ${runs} runs`);
for (const [name, path] of [['standalone page', '/'], ['host page, two widgets', '/test-pages/clean.html']]) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await measure(browser, server.origin + path));
  const tti = median(samples.map((s) => s.interactive));
  const dcl = median(samples.map((s) => s.domContentLoaded));
  console.log(`${name.padEnd(26)} interactive ${tti.toFixed(0).padStart(5)} ms   (DOMContentLoaded ${dcl.toFixed(0)} ms)`);
}
await browser.close();
await server.close();
