// The release a partner pins (scripts/release.mjs): dist/release/<version>/ with integrity.json,
// precompressed copies, package.json and the Custom Elements Manifest, and a page that loads it with
// <script integrity>: the widget mounts, its wasm is checked against its hash, and a file from
// elsewhere is refused with the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openPage, useSuite } from './harness.mjs';
import { Widget } from './widget-page.mjs';

const suite = useSuite();
const contract = JSON.parse(await readFile('contract/embedding.json', 'utf8'));
const version = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)[1];
const folder = join('dist/release', version);
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const json = async (name) => JSON.parse(await readFile(join(folder, name), 'utf8'));

test('the release folder: every file hashed in integrity.json, with a .br and a .gz of the same bytes', async () => {
  const names = await readdir(folder);
  const files = names.filter((name) => !/\.(br|gz)$/.test(name));
  for (const needed of ['widget.js', 'widget.d.ts', 'support_widgets.js', 'support_widgets_bg.wasm', 'embed.html', 'frame.js',
    'package.json', 'custom-elements.json', 'CHANGELOG.md', 'integrity.json',
    'support_widgets_texts_ja.json', 'support_widgets_texts_en.json',
    ...[...contract.tools.map((tool) => tool.slug), 'app'].flatMap((slug) => ['ja', 'en'].flatMap((lang) => [`support_widgets_${slug}_${lang}.js`, `support_widgets_${slug}_${lang}_bg.wasm`]))]) {
    assert.ok(files.includes(needed), `${needed} is in the release`);
  }
  const { files: hashes, algorithm } = await json('integrity.json');
  assert.equal(algorithm, 'sha384');
  assert.deepEqual(Object.keys(hashes).sort(), files.filter((name) => name !== 'integrity.json').sort());
  for (const name of files) {
    const bytes = await readFile(join(folder, name));
    if (name !== 'integrity.json') assert.equal(hashes[name], sha384(bytes), name);
    assert.deepEqual(brotliDecompressSync(await readFile(join(folder, `${name}.br`))), bytes, `${name}.br`);
    assert.deepEqual(gunzipSync(await readFile(join(folder, `${name}.gz`))), bytes, `${name}.gz`);
  }
  // The loader of the release names each wasm module's hash, and the plain build's names none.
  const loader = await readFile(join(folder, 'widget.js'), 'utf8');
  for (const name of files.filter((file) => file.endsWith('.wasm'))) assert.ok(loader.includes(`${name}=${hashes[name]}`), name);
  assert.match(await readFile('dist/widget.js', 'utf8'), /["']support-widgets:wasm-integrity["']/);
});

test('package.json and custom-elements.json describe the element as contract/embedding.json does', async () => {
  const pkg = await json('package.json');
  assert.equal(pkg.version, version);
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'default'], 'types first');
  assert.deepEqual(pkg.exports['.'], { types: './widget.d.ts', default: './widget.js' });
  assert.deepEqual(pkg.sideEffects, ['./widget.js']);
  assert.equal(pkg.customElements, 'custom-elements.json');
  const present = await readdir(folder);
  for (const file of pkg.files) assert.ok(present.includes(file), `package.json lists ${file}, which is there`);

  const manifest = await json('custom-elements.json');
  assert.equal(manifest.schemaVersion, '2.1.0');
  const [module] = manifest.modules;
  assert.deepEqual([module.kind, module.path], ['javascript-module', 'widget.js']);
  const [element] = module.declarations;
  assert.deepEqual([element.kind, element.tagName, element.customElement], ['class', 'support-widget', true]);
  assert.ok(module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === 'support-widget' && e.declaration.name === element.name));
  assert.deepEqual(element.attributes.map((a) => a.name),
    [...contract.observedAttributes['support-widget'], ...Object.keys(contract.configAttributes), 'loading']);
  const events = Object.values(contract.events).flatMap((name) => [name, name.replace(':', '')]);
  assert.deepEqual(element.events.map((e) => e.name), events);
  assert.deepEqual(element.cssProperties.map((p) => p.name), Object.keys(contract.cssProperties));
  const css = await readFile('style/widget.css', 'utf8');
  for (const property of Object.keys(contract.cssProperties)) assert.ok(css.includes(`var(${property}`), `${property} themes the widget`);
  for (const item of [...element.attributes, ...element.events, ...element.cssProperties]) {
    assert.ok(item.description?.length > 10, `${item.name} is described`);
  }
});

/**
 * A page that pins the release: its widget.js by <script integrity crossorigin>, one widget. With
 * `eosWasm`, the server sends those bytes for the end-of-sale module's wasm.
 */
async function pinnedPage({ eosWasm } = {}) {
  const page = suite.page = await openPage(suite.harness);
  const { files } = await json('integrity.json');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinned host page</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script type="module" src="/release/${version}/widget.js" integrity="${files['widget.js']}" crossorigin="anonymous"></script>
    </head><body><main><div id="pinned" data-support-widget="eos" data-lang="en"></div></main></body></html>`;
  await page.route(`${suite.harness.origin}/pinned.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  if (eosWasm) {
    await page.route(`**/release/${version}/support_widgets_eos_en_bg.wasm`, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: eosWasm }));
  }
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${suite.harness.origin}/pinned.html`);
  return { page, fetched, widget: new Widget(page, page.locator('#pinned')) };
}

test('a page pinned to the release mounts its widget from the release folder, the wasm checked by its hash', async () => {
  const { fetched, widget } = await pinnedPage();
  await widget.title.waitFor();
  const files = fetched.filter((path) => /support_widgets|widget\.js/.test(path));
  assert.ok(files.length >= 3, files.join(' '));
  assert.ok(files.every((path) => path.startsWith(`/release/${version}/`)), files.join(' '));
});

test("a wasm file that is not the release's is refused: the widget says its files do not belong together", async () => {
  const { page, widget } = await pinnedPage({ eosWasm: await readFile('dist/support_widgets_bg.wasm') });
  const box = widget.root.locator('[data-failure]');
  await box.waitFor();
  assert.equal(await box.getAttribute('data-failure'), 'version');
  assert.match(await box.textContent(), /different releases[\s\S]*integrity/);
  // The refused file is what this test asked for.
  page.consoleErrors = page.consoleErrors.filter((text) => !/integrity|could not load|support_widgets_eos_en_bg\.wasm/i.test(text));
});
