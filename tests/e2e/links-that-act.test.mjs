// Links that act: every phone number a visitor can read, in every tool and help page, is a tel:
// link, and every e-mail address a mailto: link, whatever is folded away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite } from './harness.mjs';
import { StandalonePage } from './widget-page.mjs';

const suite = useSuite();

/**
 * Every phone number and e-mail address in the text of `root` (a document or a widget's shadow
 * roots) that is not inside the right kind of link. Inputs and the visitor's own text areas are not
 * text nodes, so what the visitor types is not judged.
 */
function unlinked() {
  const PHONE = /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])/g;
  const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g;
  const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
  const found = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, code, [data-typed]')) continue;
      for (const match of node.data.matchAll(PHONE)) {
        if (!parent.closest('a[href^="tel:"]')) found.push(`phone ${match[0]} in <${parent.tagName.toLowerCase()}>: ${node.data.trim().slice(0, 80)}`);
      }
      for (const match of node.data.matchAll(EMAIL)) {
        if (!parent.closest('a[href^="mailto:"]')) found.push(`e-mail ${match[0]} in <${parent.tagName.toLowerCase()}>: ${node.data.trim().slice(0, 80)}`);
      }
    }
  }
  return found;
}

/** Opens every <details> of the page and its widgets, so folded content is judged too. */
function unfoldAll() {
  const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
  for (const root of roots) for (const details of root.querySelectorAll('details')) details.open = true;
}

const TOOL_STATES = [
  '#/severity?sev=2&desk=japan',
  '#/severity?sev=1&desk=global',
  '#/checklist?desk=japan&product=hardware&sev=3',
  '#/checklist?desk=global&product=license-rehost&sev=3',
  '#/checklist?desk=japan&product=small-business&sev=3',
  '#/checklist?desk=smart-account&product=hardware',
  '#/checklist?desk=japan&product=webex&sev=3',
  '#/delivery?level=24x7x4h&at=2026-05-03T02:00&sev=3',
  '#/eos?eos=2024-05-01',
];

for (const lang of ['ja', 'en']) {
  test(`every number and address in the tools is a link that acts (${lang})`, async () => {
    const page = suite.page = await openPage(suite.harness, { viewport: { width: 390, height: 844 } });
    const app = new StandalonePage(page);
    const problems = [];
    for (const hash of TOOL_STATES) {
      await app.open(suite.harness.origin, hash);
      await app.langButton(lang).click();
      await app.root.locator(`[lang=${lang}]`).first().waitFor();
      await page.evaluate(unfoldAll);
      problems.push(...(await page.evaluate(unlinked)).map((p) => `${hash}: ${p}`));
    }
    // The domain tool's verdict with its contact, and the readiness facts.
    await app.open(suite.harness.origin, '#/domain');
    await app.langButton(lang).click();
    await app.root.getByTestId('sw-sa-email').fill('hanako@sales.cisco.com');
    await app.root.getByTestId('sw-sa-account').fill('japan.cisco.com');
    await app.root.getByTestId('sw-sa-contact').waitFor();
    await page.evaluate(unfoldAll);
    problems.push(...(await page.evaluate(unlinked)).map((p) => `#/domain: ${p}`));
    assert.deepEqual(problems, []);
  });
}

test('every number and address on the help pages is a link that acts', async () => {
  const page = suite.page = await openPage(suite.harness);
  const problems = [];
  for (const lang of ['ja', 'en']) {
    for (const chapter of ['index', 'severity', 'service-request', 'delivery', 'smart-account', 'end-of-sale']) {
      await page.goto(`${suite.harness.origin}/help/${lang}/${chapter}.html`);
      if (await page.locator('[data-support-widget]').count()) {
        await page.locator('[data-support-widget] >> [data-testid=widget-title]').first().waitFor();
      }
      await page.evaluate(unfoldAll);
      problems.push(...(await page.evaluate(unlinked)).map((p) => `${lang}/${chapter}: ${p}`));
    }
  }
  assert.deepEqual(problems, []);
});
