import { launchChromium } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';
const server = await startServer();
const browser = await launchChromium();
try {
  for (const lang of ['ja', 'en']) {
    for (const tool of ['severity', 'checklist', 'delivery', 'domain', 'eos']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/#/${tool}`);
      await page.locator('[data-testid=widget-title]').first().waitFor();
      await page.locator(`[data-testid=tool-panel-${tool}]`).waitFor();
      const m = await page.evaluate((tool) => {
        const root = document.querySelector('[data-support-widget]').shadowRoot;
        const panel = root.querySelector(`[data-testid=tool-panel-${tool}]`);
        const visible = (el) => el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
        const text = (el) => { let n = 0; const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); for (let t = w.nextNode(); t; t = w.nextNode()) { if (t.parentElement && visible(t.parentElement) && getComputedStyle(t.parentElement).visibility !== 'hidden') n += t.data.trim().length; } return n; };
        const all = text(panel);
        const cites = [...panel.querySelectorAll('.sw-cite, .sw-source')].filter(visible).reduce((n, e) => n + e.textContent.trim().length, 0);
        const controls = [...panel.querySelectorAll('input:not([type=hidden]), select, textarea, button, summary')].filter(visible);
        const first = controls.map((c) => c.getBoundingClientRect().top + scrollY).sort((a, b) => a - b)[0];
        return { all, cites, pct: (100 * cites / all).toFixed(1), firstControl: Math.round(first), height: document.documentElement.scrollHeight };
      }, tool);
      console.log(lang, tool, JSON.stringify(m));
      await context.close();
    }
  }
} finally { await browser.close(); await server.close(); }
