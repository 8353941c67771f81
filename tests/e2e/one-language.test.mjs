// One language per download: a widget downloads its module (its tool's, or all five on the
// standalone page and a page with several tools) in its starting language, which carries that
// language's texts only; a switch of language downloads the other language's texts (once per
// page), keeps what the visitor entered, and works offline once they are there; a switch whose
// download fails leaves the widget usable in its language and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useSuite } from './harness.mjs';
import { DeliveryTool, Widget, addWidget } from './widget-page.mjs';

const suite = useSuite();
const dist = (name) => readFile(new URL(`../../dist/${name}`, import.meta.url));

/** The empty host page (`<html lang="en">`, the browser speaking Japanese), and what it fetches. */
async function emptyPage() {
  const page = suite.page = await openPage(suite.harness);
  const fetched = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/support_widgets/.test(path)) fetched.push(path.slice(1));
  });
  await page.goto(`${suite.harness.origin}/test-pages/empty.html`);
  return { page, fetched };
}

/** A delivery widget in `lang`, mounted, with its page object. */
async function deliveryWidget(page, id, lang) {
  const widget = await addWidget(page, { id, 'data-support-widget': 'delivery', 'data-lang': lang });
  await widget.title.waitFor();
  return { widget, tool: new DeliveryTool(widget) };
}

/** Waits until the widget shows `lang`. */
async function shownIn(widget, lang) {
  const id = await widget.root.getAttribute('id');
  await widget.page.waitForFunction(
    ([id, lang]) => document.getElementById(id)?.shadowRoot?.querySelector('.sw-root')?.lang === lang,
    [id, lang],
  );
}

test("each one-tool module carries its own language's texts and not the other's", async () => {
  const [ja, en] = [await dist('support_widgets_delivery_ja_bg.wasm'), await dist('support_widgets_delivery_en_bg.wasm')];
  // A heading, from the catalogue, and a field's label, from the cited content.
  for (const [japanese, english] of [['計算の手順', 'How this was worked out'], ['登録サイト以外の住所', 'other than the registered site']]) {
    assert.ok(ja.includes(japanese) && !ja.includes(english), `the Japanese module has 「${japanese}」 only`);
    assert.ok(en.includes(english) && !en.includes(japanese), `the English module has "${english}" only`);
  }
  const table = JSON.parse(await dist('support_widgets_texts_en.json'));
  assert.equal(table.lang, 'en');
  assert.equal(table.keys.length, table.texts.length);
  assert.ok(table.texts.includes('Estimated arrival'));
});

test('a switch while typing downloads the other texts once, keeps what was typed, and shows what the other module shows', async () => {
  const { page, fetched } = await emptyPage();
  const { widget, tool } = await deliveryWidget(page, 'w', 'ja');
  assert.deepEqual(fetched.sort(), ['support_widgets_delivery_ja.js', 'support_widgets_delivery_ja_bg.wasm'],
    'the Japanese module only, and no table');

  await tool.fill({ level: '24x7x4h', time: '02:30' });
  await tool.field('date').fill('2026-12');
  await widget.langButton('en').click();
  // The visitor goes on typing while the texts download.
  await tool.field('date').focus();
  await page.keyboard.press('End');
  await page.keyboard.type('-28');
  await shownIn(widget, 'en');
  assert.equal(await tool.field('date').inputValue(), '2026-12-28');
  assert.equal(await tool.field('time').inputValue(), '02:30');
  assert.equal(await tool.field('level-24x7x4h').isChecked(), true);
  assert.equal(await widget.root.getByTestId('lang-status').textContent(), '');
  assert.deepEqual(fetched.filter((file) => file.endsWith('.json')), ['support_widgets_texts_en.json']);

  // Exactly what a widget of the English module shows for the same entries.
  const { widget: english, tool: englishTool } = await deliveryWidget(page, 'e', 'en');
  await englishTool.fill({ level: '24x7x4h', date: '2026-12-28', time: '02:30' });
  const text = (w) => w.card.evaluate((root) => root.innerText);
  assert.equal(await text(widget), await text(english));
});

test('switching back and forth needs no network once the texts are there, and other widgets reuse them', async () => {
  const { page, fetched } = await emptyPage();
  const { widget, tool } = await deliveryWidget(page, 'w', 'ja');
  await tool.fill({ date: '2026-12-28' });
  await widget.langButton('en').click();
  await shownIn(widget, 'en');

  await page.context().setOffline(true);
  await widget.langButton('ja').click();
  await shownIn(widget, 'ja');
  await widget.langButton('en').click();
  await shownIn(widget, 'en');
  // A second Japanese widget, in an instance of its own, takes the page's copy of the table.
  const { widget: second } = await deliveryWidget(page, 'w2', 'ja');
  await second.langButton('en').click();
  await shownIn(second, 'en');
  await page.context().setOffline(false);
  assert.equal(await tool.field('date').inputValue(), '2026-12-28');
  assert.deepEqual(fetched.filter((file) => file.endsWith('.json')), ['support_widgets_texts_en.json'], 'downloaded once');
  assert.equal(await page.evaluate(() => window.SupportWidgets.stats().instances), 2);
});

test('a switch whose download fails: the widget stays usable in its language, says why, and switches when asked again', async () => {
  const { page } = await emptyPage();
  const table = /support_widgets_texts_en\.json$/;
  await page.route(table, (route) => route.abort());
  const { widget, tool } = await deliveryWidget(page, 'w', 'ja');
  await tool.fill({ date: '2026-12-28' });
  await widget.langButton('en').click();
  const status = widget.root.getByTestId('lang-status');
  await page.waitForFunction(() => /読み込めませんでした/.test(document.getElementById('w').shadowRoot.querySelector('[data-testid=lang-status]').textContent));
  assert.match(await status.textContent(), /英語の表示を読み込めませんでした。接続を確認して、もう一度「English」を選んでください。入力した内容はそのままです。詳細: support_widgets_texts_en\.json/);
  assert.equal(await widget.lang(), 'ja');
  assert.equal(await widget.langButton('ja').getAttribute('aria-pressed'), 'true');
  // Still usable: the visitor edits and the answer follows.
  await tool.fill({ time: '10:00' });
  assert.equal(await tool.field('date').inputValue(), '2026-12-28');
  assert.equal(await tool.field('time').inputValue(), '10:00');

  await page.unroute(table);
  await widget.langButton('en').click();
  await shownIn(widget, 'en');
  assert.equal(await status.textContent(), '');
  assert.equal(await tool.field('time').inputValue(), '10:00');
  // The aborted download, as the browser reports it.
  page.consoleErrors = page.consoleErrors.filter((text) => !/support_widgets_texts_en\.json|Failed to load resource/.test(text));
});

test('a table missing from the server: the widget names the file for the site, and setLang takes the same way', async () => {
  const { page } = await emptyPage();
  await page.route(/support_widgets_texts_ja\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  const { widget } = await deliveryWidget(page, 'w', 'en');
  await page.evaluate(() => window.SupportWidgets.setLang(document.getElementById('w'), 'ja'));
  await page.waitForFunction(() => /administrator/.test(document.getElementById('w').shadowRoot.querySelector('[data-testid=lang-status]').textContent));
  assert.equal(await widget.root.getByTestId('lang-status').textContent(),
    "The Japanese texts could not be loaded. Please tell the site's administrator. What you entered is kept.Details: support_widgets_texts_ja.json: HTTP 404");
  assert.equal(await widget.lang(), 'en');
  page.consoleErrors = page.consoleErrors.filter((text) => !/404/.test(text));
});

test('the standalone page downloads all five tools in its language only; a switch downloads the other texts and keeps the tool and what was typed', async () => {
  const { page, fetched } = await emptyPage();
  await page.goto(`${suite.harness.origin}/#/delivery`);
  const app = new Widget(page, page.locator('[data-support-widget=app]'));
  await app.title.waitFor();
  // The browser speaks Japanese, and the standalone page's own <html lang> is not a host's.
  assert.equal(await app.lang(), 'ja');
  assert.deepEqual(fetched.sort(), ['support_widgets_app_ja.js', 'support_widgets_app_ja_bg.wasm']);
  const tool = new DeliveryTool(app);
  await tool.fill({ level: '24x7x4h', date: '2026-12-28' });
  await app.langButton('en').click();
  await page.waitForFunction(() => document.querySelector('[data-support-widget=app]').shadowRoot.querySelector('.sw-root').lang === 'en');
  assert.deepEqual(fetched.filter((file) => file.endsWith('.json')), ['support_widgets_texts_en.json']);
  assert.equal(await tool.field('date').inputValue(), '2026-12-28');
  assert.equal(await tool.field('level-24x7x4h').isChecked(), true);
  assert.match(new URL(page.url()).hash, /^#\/delivery\?.*lang=en/);
});

test('a standalone link in English (lang=en) opens from the English module, with no table to download', async () => {
  const { page, fetched } = await emptyPage();
  await page.goto(`${suite.harness.origin}/#/severity?lang=en`);
  const app = new Widget(page, page.locator('[data-support-widget=app]'));
  await app.title.getByText('Support guide tools').waitFor();
  assert.deepEqual(fetched.sort(), ['support_widgets_app_en.js', 'support_widgets_app_en_bg.wasm']);
});

test('a page with two tools in one language loads all five once, in that language', async () => {
  const { page, fetched } = await emptyPage();
  await page.goto(`${suite.harness.origin}/test-pages/two-tools-ja.html`);
  const delivery = new Widget(page, page.locator('#w1'));
  const checklist = new Widget(page, page.locator('#w2'));
  await delivery.title.getByText('交換パーツ到着時刻の計算').waitFor();
  await checklist.title.getByText('SR オープン時の必要情報チェックリスト').waitFor();
  assert.deepEqual(fetched.sort(), ['support_widgets_app_ja.js', 'support_widgets_app_ja_bg.wasm']);
  assert.deepEqual((await page.evaluate(() => window.SupportWidgets.stats())).modules, ['support_widgets_app_ja']);
});
