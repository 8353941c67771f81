import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
const server = await startServer();
const browser = await launchChromium();
const shots = [
  ['sv-rs-ja-390', 390, 844, '#/severity?family=router-switch&production=yes&info=no&down=no&redundancy=no&function=yes', 'ja', 'sw-sv-suggestion'],
  ['sv-rs-ex-en-390', 390, 844, '#/severity?family=router-switch&example=s1-2', 'en', 'sw-sv-suggestion'],
  ['sv-rs-ex-ja-1280', 1280, 800, '#/severity?family=router-switch&example=s1-2', 'ja', 'sw-sv-suggestion'],
  ['dl-notyet-en-390', 390, 844, '#/delivery?level=8x5x4h&at=2026-11-09T10:00&start=2026-11-10', 'en', 'delivery-arrival'],
  ['dl-be-ja-1280', 1280, 800, '#/delivery?level=24x7x4h&at=2026-11-20T10:00&sev=2&order=2026-11-01&start=2026-11-10', 'ja', 'delivery-arrival'],
];
try {
  for (const [name, width, height, hash, lang, testid] of shots) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.origin}/${hash}`);
    const root = page.locator('[data-testid=widget-title]').first();
    await root.waitFor();
    await page.getByTestId(`lang-${lang}`).first().click();
    const target = page.getByTestId(testid).first();
    await target.waitFor();
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/${name}.png` });
    await page.screenshot({ path: `/tmp/shots/${name}-full.png`, fullPage: true });
    await context.close();
    console.log(name);
  }
} finally { await browser.close(); await server.close(); }
