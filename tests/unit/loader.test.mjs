// @ts-check
// widget.js's pure parts, in Node: the language it starts in (the same cases as Rust's
// Lang::choose, tests/lang-cases.json), what it shares with every other layer (contract/embedding.json:
// the modules, the events, the crash box's action, the partner attributes, the observed attributes),
// and an API that refuses what it cannot use with the documented messages.
import './fake-dom.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const { linkLang, resolveLang, SupportWidgets, wasmIntegrity } = await import('../../web/widget.js');
const { cases } = JSON.parse(await readFile(new URL('../lang-cases.json', import.meta.url), 'utf8'));
const contract = JSON.parse(await readFile(new URL('../../contract/embedding.json', import.meta.url), 'utf8'));
const { tools } = contract;
const source = await readFile(new URL('../../web/widget.js', import.meta.url), 'utf8');

test('the starting language, case by case, as Rust chooses it', () => {
  assert.ok(cases.length >= 10, `the shared cases are there (${cases.length})`);
  for (const c of cases) {
    assert.equal(resolveLang(c.explicit, c.page, c.saved ?? null, c.browser ?? []), c.lang, JSON.stringify(c));
  }
});

test("the standalone page's lang= in its link, case by case, as Rust's Route::parse reads it", async () => {
  const { cases: links } = JSON.parse(await readFile(new URL('../link-lang-cases.json', import.meta.url), 'utf8'));
  assert.ok(links.length >= 10, `the shared cases are there (${links.length})`);
  for (const { hash, lang } of links) assert.equal(linkLang(hash), lang, hash);
});

test('widget.js knows the modules of exactly the tools in contract/embedding.json', async () => {
  const list = source.match(/const TOOL_MODULES = (\[[^\]]*\]);/);
  assert.ok(list, 'widget.js lists its tool modules');
  assert.deepEqual(JSON.parse(list[1].replaceAll("'", '"')), tools.map((/** @type {{ slug: string }} */ t) => t.slug));
});

test('the API: frozen, versioned, and refusing what it cannot use', async () => {
  assert.ok(Object.isFrozen(SupportWidgets));
  assert.match(SupportWidgets.version, /^\d+\.\d+\.\d+$/);
  assert.equal(window.SupportWidgets, SupportWidgets, 'the page had no SupportWidgets of its own');
  await assert.rejects(SupportWidgets.mount(/** @type {any} */ ('#widget')), /the first argument must be an element/);
  const element = new Element();
  assert.throws(() => SupportWidgets.setLang(element, 'en'), /SupportWidgets.setLang: no widget is mounted in this element/);
  assert.throws(() => SupportWidgets.prefill(element, {}), /SupportWidgets.prefill: no widget is mounted in this element/);
  assert.equal(SupportWidgets.result(element), undefined);
  assert.equal(SupportWidgets.simulatePanic(element), false);
  assert.deepEqual(SupportWidgets.stats(), { widgets: 0, instances: 0, idleInstances: 0, instancesCreated: 0, modules: [], wasmMemoryBytes: 0 });
});

test('widget.js names the events, the reload action and the attributes as contract/embedding.json does', () => {
  for (const [name, value] of [
    ['RESULT_EVENT', contract.events.result],
    ['MOUNTED_EVENT', contract.events.mounted],
    ['CRASH_EVENT', contract.events.crash],
    ['RELOAD_ACTION', contract.reloadAction],
    ['READY_EVENT', contract.pageEvents.ready],
    ['BASE_META', contract.baseMeta],
  ]) {
    assert.ok(source.includes(`const ${name} = '${value}';`), `widget.js says const ${name} = '${value}';`);
  }
  // The partner attributes and where each goes: `'data-theme': ['theme'],` is `theme`.
  const block = source.match(/const CONFIG_ATTRIBUTES = \{([^}]*)\};/);
  assert.ok(block, 'widget.js lists the partner attributes');
  const attributes = Object.fromEntries([...block[1].matchAll(/'([a-z-]+)': \[([^\]]*)\]/g)]
    .map(([, attribute, path]) => [attribute, path.replaceAll("'", '').split(', ').join('.')]));
  assert.deepEqual(attributes, contract.configAttributes);
  // What mounts a widget again: the custom element's observed attributes, and the data-* ones.
  const element = /** @type {{ observedAttributes: string[] }} */ (/** @type {unknown} */ (customElements.get('support-widget')));
  assert.deepEqual(element.observedAttributes, [...contract.observedAttributes['support-widget'], ...Object.keys(contract.configAttributes)]);
  const filter = source.match(/attributeFilter: \[([^\]]*)\]/);
  assert.ok(filter, 'widget.js observes data-* attributes');
  assert.deepEqual(
    filter[1].split(', ').map((item) => item.replaceAll("'", '')),
    [...contract.observedAttributes['data-support-widget'], '...Object.keys(CONFIG_ATTRIBUTES)'],
  );
});

test('the wasm hashes a release writes into widget.js are read back; the placeholder names none', () => {
  assert.deepEqual([...wasmIntegrity('support-widgets:wasm-integrity')], []);
  const table = 'support_widgets_eos_bg.wasm=sha384-abc+/=;support_widgets_bg.wasm=sha384-xyz==;widget.js=sha384-no;junk';
  assert.deepEqual(Object.fromEntries(wasmIntegrity(table)), {
    'support_widgets_eos_bg.wasm': 'sha384-abc+/=',
    'support_widgets_bg.wasm': 'sha384-xyz==',
  });
  assert.equal(source.split("wasmIntegrity('support-widgets:wasm-integrity')").length, 2, 'the placeholder scripts/release.mjs replaces, once');
});
