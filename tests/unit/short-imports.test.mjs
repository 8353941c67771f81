// @ts-check
// scripts/short-imports.mjs on a module written here byte by byte: its function imports get short
// names, the engine still reads it, the glue is renamed to match, and a glue that lacks a name stops
// the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameImports, renameInGlue, shortName } from '../../scripts/short-imports.mjs';

/** @param {string} text */
const name = (text) => [text.length, ...new TextEncoder().encode(text)];

/** A module importing two functions and a memory from `./x_bg.js`, then a custom section. */
function moduleBytes() {
  const imports = [
    3,
    ...name('./x_bg.js'), ...name('__wbg_foo_0123456789abcdef'), 0, 0,
    ...name('./x_bg.js'), ...name('__wbg_bar_fedcba9876543210'), 0, 0,
    ...name('./x_bg.js'), ...name('memory'), 2, 1, 1, 2, // memory, limits 1..2
  ];
  const custom = [...name('note'), 7, 7];
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 4, 1, 0x60, 0, 0, // one type: () -> ()
    2, imports.length, ...imports,
    0, custom.length, ...custom,
  ]);
}

test('function imports get short names; the memory import and the other sections stay', () => {
  const { wasm, renamed } = renameImports(moduleBytes());
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: './x_bg.js', name: 'a', kind: 'function' },
    { module: './x_bg.js', name: 'b', kind: 'function' },
    { module: './x_bg.js', name: 'memory', kind: 'memory' },
  ]);
  assert.deepEqual([...renamed], [['__wbg_foo_0123456789abcdef', 'a'], ['__wbg_bar_fedcba9876543210', 'b']]);
  assert.deepEqual(WebAssembly.Module.customSections(module, 'note').map((s) => [...new Uint8Array(s)]), [[7, 7]]);
});

test('the glue is renamed word by word, and a name it lacks stops the build', () => {
  const renamed = new Map([['__wbg_foo_1', 'a'], ['__wbg_bar_2', 'b']]);
  const glue = '{ __wbg_foo_1: function() {}, __wbg_bar_2: function() {}, __wbg_foo_12: 1 }';
  assert.equal(renameInGlue(glue, renamed), '{ a: function() {}, b: function() {}, __wbg_foo_12: 1 }');
  assert.throws(() => renameInGlue('{ __wbg_foo_1: 1 }', renamed), /does not name the import __wbg_bar_2/);
});

test('short names are distinct identifiers', () => {
  const names = Array.from({ length: 600 }, (_, n) => shortName(n));
  assert.equal(new Set(names).size, names.length);
  for (const n of names) assert.match(n, /^[A-Za-z]{1,2}$/);
});
