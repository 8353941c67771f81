// The answer first, measured as a visitor in trouble meets it: a router down at 02:00 on a Sunday,
// on a 390×844 phone and at 1280×800, in Japanese and English. The number to call must be a tel:
// link inside the first screen, without scrolling, and big enough to tap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOOL_SLUGS, openPage, useSuite } from './harness.mjs';
import { SeverityTool, StandalonePage } from './widget-page.mjs';

const suite = useSuite();
// Sunday 29 November 2026, 02:00 in Japan.
const SUNDAY_2AM_JST = new Date('2026-11-28T17:00:00Z');
const DESK_NUMBER = { ja: 'tel:+81120608802', en: 'tel:006633800926' };

async function open(viewport, hash, lang) {
  const page = suite.page = await openPage(suite.harness, { viewport });
  await page.clock.setFixedTime(SUNDAY_2AM_JST);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, hash);
  await app.langButton(lang).click();
  await app.root.locator(`[lang=${lang}]`).first().waitFor();
  return { page, app, tool: new SeverityTool(app) };
}

/** The first tel: link of the card: its target, and its box in the viewport (the page unscrolled). */
async function firstCall(tool) {
  const call = tool.field('call').first();
  await call.waitFor();
  const box = await call.boundingBox();
  return { href: await call.getAttribute('href'), box };
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  for (const lang of ['ja', 'en']) {
    test(`${viewport.width}px, ${lang}: S1 from the link puts the desk's number on the first screen`, async () => {
      const { page, tool } = await open(viewport, '#/severity?sev=1', lang);
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      const { href, box } = await firstCall(tool);
      assert.equal(href, DESK_NUMBER[lang]);
      assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `inside the first screen: ${JSON.stringify(box)}`);
      assert.ok(box.height >= 44 && box.width >= 44, `big enough to tap: ${JSON.stringify(box)}`);
      assert.match(await tool.field('next-step-title').textContent(), lang === 'ja' ? /^S1: 今すぐ/ : /^S1: call /);
      // Where the phone is required, the card offers no other way in.
      assert.equal(await tool.field('mail').count(), 0);
      assert.equal(await tool.field('scm').count(), 0);
      assert.match(await tool.field('now').textContent(), lang === 'ja' ? /ただいま受付中です/ : /Answering now/);
      assert.match(await tool.field('s1-reachable').textContent(), lang === 'ja' ? /24 時間対応/ : /around the clock/);
      if (viewport.width === 390) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height < 2500, `the page is ${height} px tall`);
      }
    });

    test(`${viewport.width}px, ${lang}: answering the questions to S1 puts the number on the first screen`, async () => {
      const { page, tool } = await open(viewport, '#/severity', lang);
      await tool.answer('production', true);
      await tool.answer('info', false);
      await tool.answer('down', true);
      await tool.field('next-step-title').getByText(/S1/).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      const { href, box } = await firstCall(tool);
      assert.equal(href, DESK_NUMBER[lang]);
      assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `inside the first screen: ${JSON.stringify(box)}`);
      assert.ok(box.height >= 44, `big enough to tap: ${JSON.stringify(box)}`);
    });
  }
}

test('S3 at Japan TAC: SCM, e-mail and phone, each a link that acts, and when the desk opens', async () => {
  const { tool } = await open({ width: 390, height: 844 }, '#/severity?sev=3&desk=japan', 'ja');
  await tool.field('scm').waitFor();
  assert.equal(await tool.field('mail').getAttribute('href'), 'mailto:japan-tac@cisco.com');
  assert.equal(await tool.field('call').getAttribute('href'), 'tel:+81120608802');
  // Sunday 02:00: closed until Monday 09:00 (30 November 2026).
  assert.match(await tool.field('now').textContent(), /次の対応開始: 2026年11月30日\(月\) 0?9:00/);
});

/**
 * The tool's panel at first sight: where its first control starts (below the panel's own "About"),
 * how tall the page is, and what share of the visible characters are citations.
 */
function firstSight(tool) {
  const root = document.querySelector('[data-support-widget]').shadowRoot;
  const panel = root.querySelector(`[data-testid=tool-panel-${tool}]`);
  const visible = (element) => element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  let characters = 0;
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && visible(node.parentElement)) characters += node.data.trim().length;
  }
  const citations = [...panel.querySelectorAll('.sw-cite, .sw-source')].filter(visible)
    .reduce((sum, element) => sum + element.textContent.trim().length, 0);
  const controls = [...panel.querySelectorAll('input, select, textarea, button')]
    .filter((control) => visible(control) || visible(control.parentElement))
    .map((control) => (visible(control) ? control : control.parentElement).getBoundingClientRect().top + window.scrollY);
  return { firstControl: Math.min(...controls), height: document.documentElement.scrollHeight, share: citations / characters };
}

for (const lang of ['ja', 'en']) {
  test(`at 390 px (${lang}): every tool's first control is near the top, citations stay under 5 %, the checklist under 3.5 screens`, async () => {
    const problems = [];
    for (const tool of TOOL_SLUGS) {
      const { page, app } = await open({ width: 390, height: 844 }, `#/${tool}`, lang);
      await app.toolPanel(tool).waitFor();
      const sight = await page.evaluate(firstSight, tool);
      if (!(sight.firstControl < 340)) problems.push(`${tool}: first control at ${sight.firstControl} px`);
      if (!(sight.share < 0.05)) problems.push(`${tool}: citations ${(100 * sight.share).toFixed(1)} % of the visible text`);
      if (tool === 'checklist' && !(sight.height < 3.5 * 844)) problems.push(`checklist: ${sight.height} px, ${(sight.height / 844).toFixed(2)} screens`);
      await page.context().close();
      suite.page = null;
    }
    assert.deepEqual(problems, []);
  });
}
