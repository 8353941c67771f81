import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
const server = await startServer();
const browser = await launchChromium();
const only = process.argv[2];
const shots = [
  ['sv-sev1-ja-390', 390, 844, '#/severity?sev=1', 'ja'],
  ['sv-sev1-en-390', 390, 844, '#/severity?sev=1', 'en'],
  ['sv-sev1-ja-1280', 1280, 800, '#/severity?sev=1', 'ja'],
  ['sv-q-ja-390', 390, 844, '#/severity?production=yes&info=no&down=yes', 'ja'],
  ['sv-none-en-390', 390, 844, '#/severity', 'en'],
];
try {
  for (const [name, width, height, hash, lang] of shots) {
    if (only && !name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-28T17:00:00Z'));
    await page.goto(`${server.origin}/${hash}`);
    await page.locator('[data-testid=widget-title]').first().waitFor();
    await page.getByTestId(`lang-${lang}`).first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/${name}.png` });
    await page.screenshot({ path: `/tmp/shots/${name}-full.png`, fullPage: true });
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    const tel = await page.evaluate(() => { const a = [...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean).flatMap(r => [...r.querySelectorAll('a[href^="tel:"]')]); const b = a[0]?.getBoundingClientRect(); return b ? `${a[0].getAttribute('href')} top=${Math.round(b.top)} h=${Math.round(b.height)}` : 'none'; });
    console.log(name, 'height', h, 'first tel', tel);
    await context.close();
  }
} finally { await browser.close(); await server.close(); }
