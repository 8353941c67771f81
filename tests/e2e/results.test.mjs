// Results leave the widget: a supportwidget:result event on the host element whenever a tool's
// result changes (detail: the tool's typed result, ISO dates with offsets), SupportWidgets.result(),
// prefill() and setLang() for every tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { ChecklistTool, DeliveryTool, DomainTool, EosTool, SeverityTool, Widget } from './widget-page.mjs';

const suite = useSuite();

/** A clean host page with one widget of `tool` added, every result event it dispatches recorded. */
async function host(tool, lang = 'en') {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  await page.evaluate(([tool, lang]) => {
    const element = document.createElement('div');
    element.id = 'tool';
    element.dataset.supportWidget = tool;
    element.dataset.lang = lang;
    window.__results = [];
    element.addEventListener('supportwidget:result', (event) => window.__results.push(event.detail));
    document.querySelector('main').append(element);
  }, [tool, lang]);
  const widget = new Widget(page, page.locator('#tool'));
  await widget.title.waitFor();
  return { page, widget };
}

/** Waits until the latest result event satisfies `check`, and returns it. */
async function latest(page, check) {
  // The predicate travels as source text and runs in the page against the latest result.
  const handle = await page.waitForFunction((source) => {
    const last = window.__results.at(-1);
    return last && new Function('r', `return (${source})(r)`)(last) ? last : null; // eslint-disable-line no-new-func
  }, check.toString());
  return handle.jsonValue();
}

test('severity: answers give a result event; prefill and setLang keep working', async () => {
  const { page, widget } = await host('severity');
  const tool = new SeverityTool(widget);
  await tool.answer('production', true);
  await tool.answer('info', false);
  await tool.answer('down', true);
  const result = await latest(page, (r) => r.severity === 'S1');
  assert.equal(result.suggested, 'S1');
  assert.equal(result.phoneRequired, true);
  assert.equal(result.desk, 'global', 'in English, Global TAC until a desk is picked');
  assert.deepEqual(await page.evaluate(() => window.SupportWidgets.result(document.querySelector('#tool'))), result);

  await page.evaluate(() => window.SupportWidgets.prefill(document.querySelector('#tool'), { sev: '3', desk: 'global' }));
  const prefilled = await latest(page, (r) => r.severity === 'S3');
  assert.equal(prefilled.desk, 'global');
  await page.evaluate(() => window.SupportWidgets.setLang(document.querySelector('#tool'), 'ja'));
  await widget.title.getByText('シビラティの選択').waitFor();
  assert.equal(await tool.field('desk-choice-global').isChecked(), true, 'setLang keeps the state');
  const refused = await page.evaluate(() => {
    try {
      window.SupportWidgets.setLang(document.querySelector('#tool'), 'fr');
      return null;
    } catch (error) {
      return error.message;
    }
  });
  assert.match(refused, /not ja or en/);
});

test('checklist: readiness and missing items by id, never a typed value', async () => {
  const { page, widget } = await host('checklist');
  await page.evaluate(() => window.SupportWidgets.prefill(document.querySelector('#tool'), { desk: 'global', product: 'cssm-on-prem' }));
  const inquiry = await latest(page, (r) => r.route === 'cssm-on-prem');
  assert.equal(inquiry.request, 'inquiry');
  assert.equal(inquiry.email, 'japan-tac@cisco.com');
  const tool = new ChecklistTool(widget);
  await tool.field('name').fill('Hanako Secret');
  const filled = await latest(page, (r) => !r.missing.includes('name'));
  assert.ok(!JSON.stringify(filled).includes('Secret'), 'no typed value in a result');
});

test('delivery: the arrival with its offset', async () => {
  const { page } = await host('delivery');
  await page.evaluate(() => window.SupportWidgets.prefill(document.querySelector('#tool'), { level: '24x7x4h', at: '2026-05-03T02:00', sev: '3' }));
  const result = await latest(page, (r) => r.arrival !== null);
  assert.deepEqual(result.arrival, { kind: 'by', at: '2026-05-07T13:00:00+09:00' });
  assert.equal(result.arrangedAt, '2026-05-03T02:00:00+09:00');
  assert.equal(result.returnByIsEstimate, true);
});

test('domain: the verdict and the table rows, domains only', async () => {
  const { page, widget } = await host('domain');
  const tool = new DomainTool(widget);
  await tool.field('email').fill('hanako.secret@sales.cisco.com');
  await tool.field('account').fill('japan.cisco.com');
  const result = await latest(page, (r) => r.verdict === 'not-by-prefix');
  assert.deepEqual(result.rows, [3, 4]);
  assert.equal(result.emailDomain, 'sales.cisco.com');
  assert.ok(!JSON.stringify(result).includes('hanako'), 'never the local part');
});

test('eos: the periods', async () => {
  const { page, widget } = await host('eos');
  await new EosTool(widget).field('eos').fill('2024-05-01');
  const result = await latest(page, (r) => r.periods.length === 3);
  assert.deepEqual(result.periods.map((p) => [p.category, p.until]), [['hardware', '2029-04-30'], ['os', '2027-04-30'], ['application', '2026-04-30']]);
  assert.deepEqual(result.priceRises, ['2025-05-01', '2027-05-01']);
});

test('a bad prefill is refused with a clear message and the widget keeps working', async () => {
  const { page, widget } = await host('delivery');
  const message = await page.evaluate(() => {
    try {
      window.SupportWidgets.prefill(document.querySelector('#tool'), 'not an object');
      return null;
    } catch (error) {
      return error.message;
    }
  });
  assert.match(message, /SupportWidgets\.prefill/);
  await new DeliveryTool(widget).fill({ level: '8x5xNBD', date: '2026-11-20', time: '10:00' });
  await latest(page, (r) => r.arrival?.at === '2026-11-24');
});
