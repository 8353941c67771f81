import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
const server = await startServer();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
const page = await context.newPage();
await page.goto(`${server.origin}/#/severity`);
await page.locator('[data-testid=tool-panel-severity]').waitFor();
console.log(await page.evaluate(() => {
  const root = document.querySelector('[data-support-widget]').shadowRoot;
  return [...root.querySelectorAll('.sw-cite, .sw-source')].map(e => { const r = e.getBoundingClientRect(); return `${r.width}x${r.height} ${e.closest('details')?.open} ${e.textContent.slice(0,40)}`; }).join('\n');
}));
await browser.close(); await server.close();
