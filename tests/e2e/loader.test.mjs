// widget.js and the Rust side agree: the loader resolves the starting language exactly as
// Lang::resolve does (the same cases, tests/lang-cases.json, run in Rust too), and a widget whose
// data-lang names no language of ours follows the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useSuite } from './harness.mjs';
import { addWidget } from './widget-page.mjs';

const suite = useSuite();
const { cases } = JSON.parse(await readFile(new URL('../lang-cases.json', import.meta.url), 'utf8'));

test('widget.js resolves the language as Rust does, case by case', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  const results = await page.evaluate(async (cases) => {
    const { resolveLang } = await import('/widget.js');
    return cases.map((c) => resolveLang(c.explicit, c.page, c.saved ?? null, c.browser ?? []));
  }, cases);
  assert.ok(cases.length >= 10);
  assert.deepEqual(results, cases.map((c) => c.lang));
});

test('a data-lang that names no language of ours follows the page, as Rust resolves it', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`); // <html lang="en">
  const widget = await addWidget(page, { id: 'french', 'data-support-widget': 'eos', 'data-lang': 'fr' });
  await widget.title.waitFor();
  assert.equal(await widget.lang(), 'en');
});
