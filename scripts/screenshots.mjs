// Screenshots for the README: a help page at 320 px and at 1280 px, from the release build in dist/
// (run `bash scripts/build` first). `node scripts/screenshots.mjs` writes docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const server = await startServer();
const browser = await launchChromium();
await mkdir(new URL('../docs/screenshots/', import.meta.url), { recursive: true });
try {
  for (const [width, height, file, path] of [
    [320, 1800, 'help-320.png', '/help/ja/delivery.html'],
    [1280, 1600, 'help-1280.png', '/help/en/severity.html'],
  ]) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.locator('[data-support-widget] >> [data-testid=widget-title]').waitFor();
    await page.screenshot({ path: new URL(`../docs/screenshots/${file}`, import.meta.url).pathname, fullPage: false });
    await context.close();
    console.log(`docs/screenshots/${file}: ${path} at ${width} px`);
  }
} finally {
  await browser.close();
  await server.close();
}
