// The standalone page, as a visitor uses it: Japanese by default, English by the switch, navigation
// by keyboard and by the URL hash (deep links, back and forward).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, describeViolations, openPage, useSuite } from './harness.mjs';
import { StandalonePage } from './widget-page.mjs';

const TOOLS = ['severity', 'checklist', 'delivery', 'domain', 'eos'];

/**
 * Opens `hash` in a new tab of the same browser profile (its storage included), as a visitor
 * opening a link does: the widget mounts afresh. Returns that tab's page object.
 */
async function openInNewTab(page, hash) {
  const tab = await page.context().newPage();
  const app = new StandalonePage(tab);
  await app.open(suite.harness.origin, hash);
  return app;
}
const suite = useSuite();

test('opens in Japanese on the overview of the five tools', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin);
  assert.equal(await app.title.textContent(), 'サポートガイド ツール');
  assert.equal(await app.lang(), 'ja');
  await app.overview().waitFor();
  assert.equal(await app.root.locator('[data-testid^=card-]').count(), TOOLS.length);
  assert.equal(await app.navLink('overview').getAttribute('aria-current'), 'page');
  assert.equal(await app.langButton('ja').getAttribute('aria-pressed'), 'true');
  // What the build leaves in the page is what a browser uses: no build-tool markup.
  assert.equal(await page.locator('link[data-trunk]').count(), 0);
});

test('keyboard only: tab to a tool, open it, and come back with the browser history', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin);
  let focused = null;
  for (let presses = 0; presses < 20 && focused !== 'nav-delivery'; presses += 1) {
    await page.keyboard.press('Tab');
    focused = await app.focused();
  }
  assert.equal(focused, 'nav-delivery', 'the delivery link is reachable with Tab');
  await page.keyboard.press('Enter');
  await app.toolPanel('delivery').waitFor();
  assert.match(new URL(page.url()).hash, /^#\/delivery(\?|$)/, 'the tool mirrors its state in the URL');
  assert.equal(await app.navLink('delivery').getAttribute('aria-current'), 'page');
  assert.equal(await app.focused(), 'page-heading', 'focus moves to the new page heading');

  // The browser's back and forward (history.back(): Playwright's goBack waits for a navigation that a
  // hash change does not report over Firefox's BiDi).
  await page.evaluate(() => history.back());
  await app.overview().waitFor();
  // The document's own address (Playwright's page.url() misses a hash traversal over BiDi).
  assert.equal(await page.evaluate(() => location.hash), '');
  await page.evaluate(() => history.forward());
  await app.toolPanel('delivery').waitFor();
});

test('every tool has a deep link', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  for (const slug of TOOLS) {
    const tab = await openInNewTab(page, `#/${slug}?lang=en&x=1`);
    await tab.toolPanel(slug).waitFor();
    assert.equal(await tab.navLink(slug).getAttribute('aria-current'), 'page', slug);
    assert.equal(await tab.lang(), 'en', `${slug}: lang=en in the link opens it in English`);
    assert.match(await tab.toolPanel(slug).textContent(), /Source/, `${slug} cites the guide`);
    await tab.page.close();
  }
});

test('the language switch turns the page into English and back', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/domain');
  await app.langButton('en').focus();
  await page.keyboard.press('Space');
  await app.root.getByText('Support guide tools').waitFor();
  assert.equal(await app.lang(), 'en');
  assert.equal(await app.langButton('en').getAttribute('aria-pressed'), 'true');
  assert.equal(await app.navLink('domain').textContent(), 'Smart Account domain check');
  assert.match(await app.toolPanel('domain').textContent(), /Source: Cisco Smart Account creation guide/);
  await app.langButton('ja').click();
  await app.root.getByText('サポートガイド ツール').waitFor();
});

test('an unknown address says so and links back to the overview', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/no-such-tool');
  await app.notFound().waitFor();
  await app.notFound().getByRole('link').click();
  await app.overview().waitFor();
});

test('axe-core finds no violations on any page, in either language', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  for (const hash of ['', ...TOOLS.map((slug) => `#/${slug}`), '#/nope']) {
    for (const lang of ['ja', 'en']) {
      await app.open(suite.harness.origin, hash);
      await app.langButton(lang).click();
      await page.waitForFunction((l) => document.querySelector('[data-support-widget]')
        .shadowRoot.querySelector('.sw-root').lang === l, lang);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${hash || '(overview)'} in ${lang}:\n${describeViolations(violations)}`);
    }
  }
});

test('the language: the visitor\'s choice persists across a reload, lang= in the link wins, an English browser gets English', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery');
  assert.equal(await app.langButton('ja').getAttribute('aria-pressed'), 'true', 'a Japanese browser: Japanese');
  await app.langButton('en').click();
  await app.root.locator('[lang=en]').first().waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('support-widgets:lang')), 'en', 'one documented key');
  assert.match(new URL(page.url()).hash, /[?&]lang=en$/, 'the link carries the language');
  // A reload once the page has finished loading (so no request of its own is cut short).
  await page.waitForLoadState('networkidle');
  await page.reload();
  await app.title.waitFor();
  assert.equal(await app.langButton('en').getAttribute('aria-pressed'), 'true', 'the choice survives a reload');
  const again = await openInNewTab(page, '#/delivery');
  assert.equal(await again.langButton('en').getAttribute('aria-pressed'), 'true', 'the choice is kept for the next visit');
  const linked = await openInNewTab(page, '#/eos?lang=ja');
  assert.equal(await linked.langButton('ja').getAttribute('aria-pressed'), 'true', 'lang= in the link wins over the saved choice');
  await suite.page.context().close();

  const english = suite.page = await openPage(suite.harness, { locale: 'en-US' });
  const englishApp = new StandalonePage(english);
  await englishApp.open(suite.harness.origin, '#/severity');
  assert.equal(await englishApp.langButton('en').getAttribute('aria-pressed'), 'true', 'an English browser: English');
  const japaneseLink = await openInNewTab(english, '#/delivery?lang=ja');
  assert.equal(await japaneseLink.langButton('ja').getAttribute('aria-pressed'), 'true');
});
