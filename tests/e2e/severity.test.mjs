// Severity selection, as a visitor uses it: by keyboard only, from a shared link, and onwards to the
// card and the checklist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowClipboard, axeViolations, copiedText, describeViolations, openPage, useSuite } from './harness.mjs';
import { SeverityTool, StandalonePage } from './widget-page.mjs';

const suite = useSuite();

async function open(hash, lang) {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, hash);
  if (lang) await app.chooseLang(lang);
  return { page, app, tool: new SeverityTool(app) };
}

test('keyboard only: the questions lead to S2 with its reasons, and the URL records the answers', async () => {
  const { page, app, tool } = await open('#/severity', 'en');
  // Tab from the language switch into the first question; Space answers "Yes"; Tab moves to the next.
  await app.langButton('en').focus();
  let focused = null;
  for (let presses = 0; presses < 15 && focused !== 'sw-sv-q-production-yes'; presses += 1) {
    await page.keyboard.press('Tab');
    focused = await app.focused();
  }
  assert.equal(focused, 'sw-sv-q-production-yes');
  await page.keyboard.press('Space');
  for (const answer of ['no', 'no', 'yes']) {
    await page.keyboard.press('Tab');
    // In a radio group, arrows move and select: "No" is one step right of "Yes".
    if (answer === 'no') await page.keyboard.press('ArrowRight');
    else await page.keyboard.press('Space');
  }
  await tool.field('suggestion').getByText('Suggested severity: S2').waitFor();
  assert.equal(await app.focused(), 'sw-sv-q-redundancy-yes', 'focus stays on the answer while the result appears');
  assert.match(await tool.field('suggestion').textContent(), /redundancy stays lost/);
  assert.equal(await tool.field('sev-2').isChecked(), true);
  const hash = new URL(page.url()).hash;
  assert.equal(hash, '#/severity?production=yes&info=no&down=no&redundancy=yes&lang=en', 'no desk picked, none in the link; the language rides along');
});

test('the issue\'s link opens the tool at that point', async () => {
  const { tool } = await open('#/severity?family=sdwan&sev=2&desk=japan', 'ja');
  assert.equal(await tool.field('sev-2').isChecked(), true);
  assert.equal(await tool.field('family').inputValue(), 'sdwan');
  assert.match(await tool.field('family-examples').textContent(), /BFD セッションが一部ダウン/);
  assert.match(await tool.field('card').textContent(), /^シビラティ: S2\n窓口: Japan TAC \(日本語\)/);
  assert.equal(await tool.field('desk-choice-japan').isChecked(), true);
});

test('a family example in the link: Router/Switch s1-2 is S1, by phone at Japan TAC', async () => {
  const { tool } = await open('#/severity?family=router-switch&example=s1-2', 'en');
  await tool.field('suggestion').getByText('Suggested severity: S1').waitFor();
  assert.equal(await tool.field('example-s1-2').isChecked(), true);
  assert.equal(await tool.field('sev-1').isChecked(), true);
  assert.match(await tool.field('suggestion').textContent(), /A specific function stopped working properly/);
  assert.match(await tool.field('phone-japan').textContent(), /by phone/);
  assert.match(await tool.field('card').textContent(), /^Severity: S1\nWhy \(the guide's examples\):\n- Router \/ Switch/);
});

test('the card can be copied and printed, and hands its severity to the checklist', async () => {
  const { page, tool } = await open('#/severity?sev=1&desk=global', 'en');
  await allowClipboard(page);
  await tool.unfold('card');
  // The visitor reads the card for a minute before copying: the card says what time it is "right
  // now", and the render that shows "Copied." reads the clock again, a minute on.
  const card = await tool.field('card').textContent();
  await page.clock.setFixedTime(Date.now() + 61_000);
  await tool.field('copy').click();
  await tool.field('copy-status').getByText('Copied.').waitFor();
  const copied = await copiedText(page);
  assert.equal(copied, card);
  assert.match(copied, /^Severity: S1\nDesk: Global TAC \(English\)/);

  await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
  await tool.field('print').click();
  assert.equal(await page.evaluate(() => document.body.dataset.printed), 'yes');

  await tool.field('checklist').click();
  // The checklist opens with the severity pre-selected (and mirrors its own state in the URL).
  await tool.get('sw-cl-severity-1').waitFor({ state: 'attached' });
  assert.equal(await tool.get('sw-cl-severity-1').isChecked(), true);
  assert.match(new URL(page.url()).hash, /^#\/checklist\?.*sev=1/);
});

test('axe-core finds no violations while walking the questions, in both languages', async () => {
  for (const lang of ['ja', 'en']) {
    const { page, tool } = await open('#/severity?family=wireless&production=yes&info=no&down=yes&desk=global', lang);
    await tool.field('next-step').waitFor();
    for (const part of ['family', 'desks', 'card']) await tool.unfold(part);
    let violations = await axeViolations(page);
    assert.deepEqual(violations, [], `S1 in ${lang}:\n${describeViolations(violations)}`);
    await tool.field('start-over').click();
    violations = await axeViolations(page);
    assert.deepEqual(violations, [], `first question in ${lang}:\n${describeViolations(violations)}`);
    await suite.page.context().close();
    suite.page = null;
  }
});

test("a host's company holidays that cannot be read are said under the answer, in the widget's language", async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  await page.evaluate(async () => {
    for (const [id, lang, holidays] of [['ja', 'ja', '2026-13-45,2026-12-30,いつか'], ['en', 'en', '2026-12-30'], ['bad-en', 'en', '2026-02-30']]) {
      const element = document.createElement('div');
      element.id = id;
      element.dataset.companyHolidays = holidays;
      document.querySelector('main').append(element);
      await window.SupportWidgets.mount(element, { tool: 'severity', lang, params: { sev: '3' } });
    }
  });
  const note = (id) => page.locator(`#${id}`).getByTestId('sw-sv-holidays-unread');
  assert.equal(await note('ja').textContent(), 'このページが指定する会社休日のうち 2 件を読み取れなかったため、受付状況の判断に含めていません。');
  assert.equal(await note('bad-en').textContent(), '1 of the company holidays this page sets could not be read, so whether a desk is answering leaves them out.');
  assert.equal(await note('en').count(), 0, 'every holiday read: nothing to say');
});
