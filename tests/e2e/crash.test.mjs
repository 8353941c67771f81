// A panic in one widget: that widget shows an apology with a reload button; the others carry on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, startHarness } from './harness.mjs';
import { Widget } from './widget-page.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness.close(); });

test('a crashed widget apologises and reloads; the other widget keeps working', async () => {
  const page = await openPage(harness);
  await page.goto(`${harness.origin}/test-pages/clean.html`);
  const delivery = new Widget(page, page.locator('#w1'));
  const domain = new Widget(page, page.locator('#w2'));
  await delivery.title.waitFor();
  await domain.title.waitFor();

  await page.evaluate(() => window.SupportWidgets.simulatePanic(document.querySelector('#w1')));
  await delivery.crashBox().waitFor();
  assert.equal(await delivery.crashBox().getAttribute('role'), 'alert');
  assert.match(await delivery.crashBox().textContent(), /Sorry, this tool ran into an error/);
  assert.equal(await delivery.title.count(), 0, 'the dead widget is gone');

  await domain.langButton('en').click();
  await domain.title.getByText('Smart Account domain check').waitFor();

  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(violations));

  await delivery.reloadButton().focus();
  await page.keyboard.press('Enter');
  await delivery.title.getByText('Replacement-part delivery window').waitFor();
  assert.equal(await delivery.crashBox().count(), 0);
  await delivery.langButton('ja').click();
  await delivery.title.getByText('交換パーツ到着時刻の計算').waitFor();

  const unexpected = page.consoleErrors.filter((text) => !/simulated panic/.test(text));
  assert.deepEqual(unexpected, [], 'the only console error is the reported panic');
  assert.ok(page.consoleErrors.some((text) => /Support widget crashed: [\s\S]*simulated panic/.test(text)));
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});
