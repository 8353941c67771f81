// Partner configuration: a help desk beside Cisco's contacts (or instead of them, if the partner says
// so), a colour scheme (dark by the system or forced), compact mode, theming through documented
// custom properties, and invalid settings named in the widget and the console, with the defaults used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, useSuite } from './harness.mjs';
import { ChecklistTool, Widget } from './widget-page.mjs';

const suite = useSuite();

/** The clean host page with one widget whose attributes are `attributes`. */
async function host(attributes, { colorScheme = 'light', css = '' } = {}) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2200 }, colorScheme });
  page.warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') page.warnings.push(message.text()); });
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  await page.evaluate(([attributes, css]) => {
    if (css) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    const element = document.createElement('div');
    element.id = 'partner';
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.querySelector('main').prepend(element);
  }, [attributes, css]);
  const widget = new Widget(page, page.locator('#partner'));
  await widget.title.waitFor();
  return { page, widget };
}

const rootStyle = (widget, property) => widget.card.first().evaluate((root, property) => getComputedStyle(root).getPropertyValue(property), property);

test('a partner help desk shows beside Cisco contacts; dark and compact by attribute; axe-clean', async () => {
  const { page, widget } = await host({
    'data-support-widget': 'severity',
    'data-lang': 'en',
    'data-help-desk-name': 'Clan Blue IT desk',
    'data-help-desk-phone': '+81 3-1234-5678',
    'data-help-desk-email': 'help@clan.blue',
    'data-help-desk-hours': 'Weekdays 08:30–18:00',
    'data-theme': 'dark',
    'data-compact': '',
  });
  await widget.root.getByTestId('sw-sv-sev-1').check();
  const desk = widget.root.getByTestId('partner-desk');
  await desk.waitFor();
  assert.match(await desk.textContent(), /Clan Blue IT desk.*\+81 3-1234-5678.*help@clan\.blue.*Weekdays 08:30–18:00/s);
  assert.equal(await desk.locator('a[href^="tel:"]').getAttribute('href'), 'tel:+813-1234-5678');
  assert.match(await widget.root.getByTestId('sw-sv-desk-japan').textContent(), /0120-608-802/, "Cisco's contacts stay");
  assert.equal(await rootStyle(widget, 'background-color'), 'rgb(22, 27, 34)', 'dark');
  assert.equal(await rootStyle(widget, 'font-size'), '14px', 'compact');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(violations));
});

test('with replacesCisco in data-config the partner desk stands instead of Cisco contacts', async () => {
  const config = { helpDesk: { name: 'Partner NOC', phone: '0120-000-000', replacesCisco: true } };
  const { widget } = await host({ 'data-support-widget': 'checklist', 'data-lang': 'en', 'data-config': JSON.stringify(config) });
  const tool = new ChecklistTool(widget);
  await tool.get('partner-desk').getByText(/Partner NOC/).waitFor();
  assert.equal(await tool.field('channels').count(), 0);
  assert.equal(await tool.field('mailto').count(), 0);
  assert.match(await tool.get('partner-desk').textContent(), /Cisco's own contact details are not shown/);
});

test('with replacesCisco, the severity card sends the visitor to the partner desk, not to Cisco', async () => {
  const config = { helpDesk: { name: 'Partner NOC', phone: '0120-000-000', replacesCisco: true } };
  const { widget } = await host({ 'data-support-widget': 'severity', 'data-lang': 'en', 'data-config': JSON.stringify(config) });
  await widget.root.getByTestId('sw-sv-sev-1').check();
  await widget.root.getByTestId('sw-sv-next-step-title').getByText('S1: call Partner NOC now').waitFor();
  assert.equal(await widget.root.getByTestId('sw-sv-call').count(), 0, "no Cisco number in the card");
  assert.equal(await widget.root.getByTestId('sw-sv-next-step').locator('a[href="tel:0120-000-000"]').count(), 1);
});

test('invalid settings are named in the widget and the console, and the defaults are used', async () => {
  const { page, widget } = await host({
    'data-support-widget': 'eos',
    'data-lang': 'ja',
    'data-config': '{ not json',
    'data-help-desk-name': 'Desk',
    'data-help-desk-email': '<script>alert(1)</script>',
    'data-theme': 'purple',
  });
  const problems = widget.root.getByTestId('config-problems');
  await problems.waitFor();
  const text = await problems.textContent();
  for (const setting of ['data-config', 'data-help-desk-email', 'data-theme']) assert.match(text, new RegExp(setting));
  assert.match(text, /既定の設定/);
  assert.equal(await widget.root.locator('script').count(), 0, 'never markup from a setting');
  assert.equal(await rootStyle(widget, 'background-color'), 'rgb(255, 255, 255)', 'the default (light) scheme');
  assert.ok(page.warnings.some((w) => /data-config/.test(w)) && page.warnings.some((w) => /data-help-desk-email/.test(w)), page.warnings.join('\n'));
  await widget.root.getByTestId('sw-eos-eos').fill('2024-05-01');
  await widget.root.getByTestId('eos-periods').waitFor();
});

test('the system dark scheme is followed unless the partner says light; custom properties theme it', async () => {
  const dark = await host({ 'data-support-widget': 'domain', 'data-lang': 'en' }, { colorScheme: 'dark' });
  assert.equal(await rootStyle(dark.widget, 'background-color'), 'rgb(22, 27, 34)');
  let violations = await axeViolations(dark.page);
  assert.deepEqual(violations, [], describeViolations(violations));
  await dark.page.context().close();

  const light = await host(
    { 'data-support-widget': 'checklist', 'data-lang': 'en', 'data-theme': 'light' },
    { colorScheme: 'dark', css: '#partner { --support-widget-accent: rgb(0, 90, 0); --support-widget-radius: 0px; }' },
  );
  assert.equal(await rootStyle(light.widget, 'background-color'), 'rgb(255, 255, 255)');
  assert.equal(await rootStyle(light.widget, 'border-radius'), '0px');
  const button = light.widget.root.locator('.sw-button:not(.sw-button--secondary)').first();
  assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 90, 0)');
  violations = await axeViolations(light.page);
  assert.deepEqual(violations, [], describeViolations(violations));
});
