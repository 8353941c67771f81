// @ts-check
// scripts/glue-factory.mjs on a fixture of wasm-bindgen's output: the module it writes starts any
// number of instances, each with its own state; a glue of a shape it does not know stops the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SCRIPT = new URL('../../scripts/glue-factory.mjs', import.meta.url).pathname;
const FIXTURE = new URL('./fixtures/glue.js', import.meta.url).pathname;

/**
 * A copy of `source` (text, or the fixture) in a fresh folder.
 * @param {string} [source]
 */
async function glueFile(source) {
  const file = join(await mkdtemp(join(tmpdir(), 'glue-')), 'support_widgets_eos.js');
  if (source === undefined) await copyFile(FIXTURE, file);
  else await writeFile(file, source);
  return file;
}

test('the glue becomes createInstance(), and each instance has its own module state', async () => {
  const file = await glueFile();
  execFileSync('node', [SCRIPT, file]);
  const factory = await import(pathToFileURL(file).href);
  assert.deepEqual(Object.keys(factory), ['createInstance'], 'the module exports createInstance only');
  const first = factory.createInstance();
  const second = factory.createInstance();
  assert.deepEqual(Object.keys(first).sort(), ['WidgetHandle', 'default', 'initSync', 'mount', 'version']);
  await first.default({ module_or_path: 'a' });
  await second.default({ module_or_path: 'b' });
  assert.equal(first.mount().__wbg_ptr, 1);
  assert.equal(first.mount().__wbg_ptr, 2);
  assert.equal(second.mount().__wbg_ptr, 1, 'the second instance did not share the first one\'s state');
  assert.notEqual(first.WidgetHandle, second.WidgetHandle);
  assert.equal(first.version(), '0.1.0');
});

test('running it twice changes nothing', async () => {
  const file = await glueFile();
  execFileSync('node', [SCRIPT, file]);
  const once = await readFile(file, 'utf8');
  execFileSync('node', [SCRIPT, file]);
  assert.equal(await readFile(file, 'utf8'), once);
});

test('a glue of a shape it does not know stops the build, naming the line', async () => {
  const fixture = await readFile(FIXTURE, 'utf8');
  for (const [change, message] of /** @type {[string, RegExp][]} */ ([
    [`import { helper } from './snippets/helper.js';\n${fixture}`, /a glue line this script does not know: import/],
    [fixture.replace('export function mount(', 'function mount('), /the glue exports no mount/],
    [fixture.replace('export { initSync, __wbg_init as default };', 'export { initSync };'), /the glue exports no default/],
    [`${fixture}\nexport const createInstance = 1;\n`, /a glue line this script does not know: export const/],
  ])) {
    const file = await glueFile(change);
    const run = spawnSync('node', [SCRIPT, file], { encoding: 'utf8' });
    assert.notEqual(run.status, 0, `refused: ${message}`);
    assert.match(run.stderr, message);
    assert.equal(await readFile(file, 'utf8'), change, 'the file is left as it was');
  }
});
