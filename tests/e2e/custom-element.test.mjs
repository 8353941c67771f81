// The second way in: <support-widget tool="…" lang="…">, registered once by widget.js; its attributes
// are observed; a second copy of the script clashes with nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { DeliveryTool, Widget } from './widget-page.mjs';

const suite = useSuite();

async function page() {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  await page.waitForFunction(() => customElements.get('support-widget') !== undefined);
  return page;
}

test('a <support-widget> element mounts its tool, follows its attributes, and keeps its state when moved', async () => {
  const p = await page();
  await p.evaluate(() => {
    const element = document.createElement('support-widget');
    element.id = 'custom';
    element.setAttribute('tool', 'delivery');
    element.setAttribute('lang', 'en');
    element.setAttribute('company-holidays', '2026-11-24');
    document.querySelector('main').append(element);
  });
  const widget = new Widget(p, p.locator('#custom'));
  await widget.title.getByText('Replacement-part delivery window').waitFor();
  const tool = new DeliveryTool(widget);
  await tool.fill({ level: '8x5xNBD', date: '2026-11-20', time: '10:00' });
  // 24 Nov is a company holiday here, so the next business day is the 25th.
  await tool.arrival.getByText('on Wed 25 Nov 2026 (no set hour; visits 09:00–17:00)').waitFor();

  // Moving the element keeps the widget and what was entered.
  await p.evaluate(() => document.body.prepend(document.querySelector('#custom')));
  await tool.arrival.getByText('on Wed 25 Nov 2026 (no set hour; visits 09:00–17:00)').waitFor();
  assert.equal(await tool.field('date').inputValue(), '2026-11-20');

  await p.evaluate(() => document.querySelector('#custom').setAttribute('lang', 'ja'));
  await widget.title.getByText('交換パーツ到着時刻の計算').waitFor();
  await p.evaluate(() => document.querySelector('#custom').setAttribute('tool', 'eos'));
  await widget.toolPanel('eos').waitFor();

  await p.evaluate(() => document.querySelector('#custom').remove());
  await p.waitForFunction(() => window.SupportWidgets.stats().widgets === 2, null, { polling: 'raf' });
});

test('a second copy of the script defines nothing twice and the element still works', async () => {
  const p = await page();
  const errors = [];
  p.on('pageerror', (error) => errors.push(error.message));
  const oneRegistry = await p.evaluate(async () => {
    const second = await import('/widget.js?second-copy');
    const element = document.createElement('support-widget');
    element.id = 'again';
    element.setAttribute('tool', 'eos');
    element.setAttribute('lang', 'en');
    document.querySelector('main').append(element);
    return second.SupportWidgets === window.SupportWidgets;
  });
  assert.ok(oneRegistry, "the second copy hands over the first copy's API: one registry for the page");
  const widget = new Widget(p, p.locator('#again'));
  await widget.title.getByText('Support after end of sale').waitFor();
  assert.deepEqual(errors, []);
  assert.equal(await p.evaluate(() => Object.getOwnPropertyNames(window).filter((k) => k === 'SupportWidgets').length), 1);
});

test('a <support-widget> without a tool says so inside it', async () => {
  const p = await page();
  await p.evaluate(() => {
    const element = document.createElement('support-widget');
    element.id = 'empty';
    element.setAttribute('lang', 'en');
    document.querySelector('main').append(element);
  });
  await p.locator('#empty').getByTestId('kind-error').getByText(/does not say which tool/).waitFor();
});
