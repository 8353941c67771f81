// @ts-check
// Screenshots for the README, from the release build in dist/ (run `bash scripts/build` first):
// every tool in Japanese and English at 390 px (a phone's first screen) and at 1280 × 800, in a
// typical state, at a fixed time (Sunday 02:00 in Japan); and a help page at 320 and 1280 px.
// `node scripts/screenshots.mjs` writes docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const SUNDAY_2AM_JST = new Date('2026-11-28T17:00:00Z');
const TOOLS = [
  ['severity', '#/severity?sev=1'],
  ['checklist', '#/checklist?desk=japan&product=hardware&sev=2'],
  ['delivery', '#/delivery?level=8x5xNBD&at=2026-11-27T16:45'],
  ['domain', '#/domain?email_domain=sales.cisco.com&account=japan.cisco.com'],
  ['eos', '#/eos?eos=2024-03-31'],
];

const server = await startServer();
const browser = await launchChromium();
const out = new URL('../docs/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });

/**
 * One screenshot of `path` at `width` × `height`, once `ready` is on screen.
 * @param {number} width
 * @param {number} height
 * @param {string} file
 * @param {string} path
 * @param {{ locale?: string, lang?: string | null, ready: string }} how
 */
async function shoot(width, height, file, path, { locale = 'ja-JP', lang = null, ready }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale });
  const page = await context.newPage();
  await page.clock.setFixedTime(SUNDAY_2AM_JST);
  await page.goto(`${server.origin}${path}`);
  await page.locator(ready).first().waitFor();
  if (lang) await page.locator(`[data-testid=lang-${lang}]`).first().click();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: new URL(file, out).pathname, fullPage: false });
  await context.close();
  console.log(`docs/screenshots/${file}: ${path} at ${width} px`);
}

try {
  for (const [tool, hash] of TOOLS) {
    for (const lang of ['ja', 'en']) {
      const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
      const ready = `[data-testid=tool-panel-${tool}]`;
      await shoot(390, 844, `${tool}-${lang}-390.png`, `/${hash}`, { locale, lang, ready });
      await shoot(1280, 800, `${tool}-${lang}-1280.png`, `/${hash}`, { locale, lang, ready });
    }
  }
  const helpReady = '[data-support-widget] >> [data-testid=widget-title]';
  await shoot(320, 1800, 'help-320.png', '/help/ja/delivery.html', { ready: helpReady });
  await shoot(1280, 1600, 'help-1280.png', '/help/en/severity.html', { locale: 'en-US', ready: helpReady });
} finally {
  await browser.close();
  await server.close();
}
