// @ts-check
// Used by scripts/build-tools: turns a wasm-bindgen glue module (`--target web`) into one that can
// start any number of wasm instances from a single download.
//
// wasm-bindgen's glue keeps its instance in module state (`let wasm`, its caches, its finalizers),
// so one glue module can run one instance. widget.js runs one instance per widget (a panic aborts
// only the instance it happens in), and used to import the glue once per instance under its own URL
// (`…#instance-N`); but whether the browser then downloads the file once or once per instance is
// up to its caches, and a host serving it with `Cache-Control: no-cache` and no validator gets it
// downloaded again for every widget. Here the glue's whole body goes into a function instead:
//
//   export function createInstance() { …the glue… return { default: __wbg_init, mount, … }; }
//
// Each call has its own module state, so widget.js imports the file once and calls this per
// instance. The module exports nothing else: widget.js is the only thing that loads it.
//
//   node scripts/glue-factory.mjs <glue.js>   (rewrites the file in place; running it twice is a no-op)
import { readFileSync, writeFileSync } from 'node:fs';

const MARK = '// scripts/glue-factory.mjs:';
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/glue-factory.mjs <glue.js>');
const source = readFileSync(file, 'utf8');
if (source.includes(MARK)) process.exit(0);

// The shapes wasm-bindgen 0.2 writes: `export function name(`, `export class Name`, and one closing
// `export { a, b as c };`. Anything else (an `import`, a snippet, a new export form) stops the build
// rather than produce a module that half works.
const names = new Map(); // exported name → local name
const body = source.split('\n').map((line) => {
  const declared = /^export (function|class) ([A-Za-z_$][\w$]*)/.exec(line);
  if (declared) {
    names.set(declared[2], declared[2]);
    return line.slice('export '.length);
  }
  const list = /^export \{([^}]*)\};?\s*$/.exec(line);
  if (list) {
    for (const item of list[1].split(',').map((part) => part.trim()).filter(Boolean)) {
      const [local, exported = local] = item.split(/\s+as\s+/);
      names.set(exported, local);
    }
    return '';
  }
  if (/^\s*(export|import)\b/.test(line)) throw new Error(`${file}: a glue line this script does not know: ${line}`);
  return line;
});
for (const expected of ['default', 'mount', 'version']) {
  if (!names.has(expected)) throw new Error(`${file}: the glue exports no ${expected}`);
}
if (names.has('createInstance')) throw new Error(`${file}: the glue already exports createInstance`);

const members = [...names].map(([exported, local]) => (exported === local ? local : `${exported}: ${local}`));
writeFileSync(file, [
  `${MARK} the glue's body runs once per call, so each call has its own wasm instance (see that script).`,
  'export function createInstance() {',
  ...body,
  `return { ${members.join(', ')} };`,
  '}',
  '',
].join('\n'));
