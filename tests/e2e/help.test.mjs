// The help pages: an index and a page per chapter the tools serve, in Japanese and English, each
// embedding its tool exactly as a partner would. Every page: no console error, axe-clean, the tool
// mounted, every link inside the help resolving, readable at 320 px without sideways scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOOLS, axeViolations, describeViolations, openPage, useSuite } from './harness.mjs';
import { Widget } from './widget-page.mjs';

const suite = useSuite();
const CHAPTERS = Object.fromEntries(TOOLS.map((tool) => [tool.chapter, tool.slug]));

for (const lang of ['ja', 'en']) {
  test(`the ${lang} help pages: tools mounted, links resolving, axe-clean, no console error`, async () => {
    const descriptions = new Set();
    for (const name of ['index', ...Object.keys(CHAPTERS)]) {
      const page = suite.page = await openPage(suite.harness, { viewport: { width: 1280, height: 1000 } });
      await page.goto(`${suite.harness.origin}/help/${lang}/${name}.html`);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await page.locator('h1').waitFor();
      if (name !== 'index') {
        const widget = new Widget(page, page.locator(`[data-support-widget=${CHAPTERS[name]}]`));
        await widget.title.waitFor();
        assert.equal(await widget.lang(), lang, `${name}: the tool speaks the page's language`);
        assert.equal(await page.locator(`.chapters a[aria-current=page][href="${name}.html"]`).count(), 1);
        assert.ok((await page.locator('.cite').count()) >= 2, `${name} cites the guide`);
      }
      const head = await page.evaluate(() => ({
        description: document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
        canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '',
        alternates: Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')]
          .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
      }));
      assert.ok(head.description.length >= 40, `${lang}/${name} describes itself: ${head.description}`);
      assert.ok(!descriptions.has(head.description), `${lang}/${name}'s description is its own`);
      descriptions.add(head.description);
      const base = head.canonical.slice(0, -`${lang}/${name}.html`.length);
      assert.match(head.canonical, new RegExp(`^https?://[^/]+/(.+/)?${lang}/${name}\\.html$`), 'an absolute canonical URL');
      assert.deepEqual(head.alternates, { ja: `${base}ja/${name}.html`, en: `${base}en/${name}.html`, 'x-default': base },
        `${lang}/${name}: the same page in each language, and the chooser by default`);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.href).filter((h) => h.startsWith(location.origin)));
      for (const href of new Set(hrefs)) {
        const response = await page.request.get(href.split('#')[0]);
        assert.equal(response.status(), 200, `${name}: ${href}`);
      }
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${lang}/${name}:\n${describeViolations(violations)}`);
      await page.context().close();
      suite.page = null;
    }
  });
}

test('a help page reads at 320 px without sideways scrolling, and its tool still fits', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 320, height: 800 } });
  await page.goto(`${suite.harness.origin}/help/ja/delivery.html`);
  const widget = new Widget(page, page.locator('[data-support-widget=delivery]'));
  await widget.title.waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `page width ${width}`);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(violations));
});

test('the language link leads to the same chapter in the other language', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/help/en/smart-account.html`);
  await page.getByTestId('help-other-lang').click();
  await page.waitForURL(/\/help\/ja\/smart-account\.html$/);
  await new Widget(page, page.locator('[data-support-widget=domain]')).title.getByText('スマートアカウントのドメイン確認').waitFor();
});
