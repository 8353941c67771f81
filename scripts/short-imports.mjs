// @ts-check
// Gives a release module's imports short names, in its wasm and in its glue alike.
//
// wasm-bindgen names each import after the function and a hash (`__wbg_addEventListener_3acb…`), and
// both files carry every name: about 130 of them, 40 bytes each, whose hashes brotli cannot squeeze.
// Renamed to `a`, `b`, … they cost about 2 KB less per page (renaming their module as well gains
// nothing: brotli already folds its repeats). Only the names change: the wasm's import section is rewritten entry by entry,
// and in the glue each name is replaced as a whole word, so a name that is not found there stops the
// build instead of leaving a module that cannot link.
//
//   node scripts/short-imports.mjs <module>_bg.wasm <module>.js
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Reads an unsigned LEB128 at `at`. @param {Uint8Array} bytes @param {number} at */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let pos = at;
  for (;;) {
    const byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return { value, next: pos };
  }
}

/** @param {number} value */
function leb(value) {
  const out = [];
  let rest = value;
  do {
    const byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
    out.push(rest ? byte | 0x80 : byte);
  } while (rest);
  return out;
}

/** The n-th short name: a … z, A … Z, then two letters. @param {number} n */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return n < letters.length ? letters[n] : letters[Math.floor(n / letters.length) - 1] + letters[n % letters.length];
}

/**
 * The wasm with every function import renamed, and the map from old names to new.
 * @param {Uint8Array} wasm
 */
export function renameImports(wasm) {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pos = 8; // magic and version
  while (pos < wasm.length) {
    const id = wasm[pos];
    const size = readLeb(wasm, pos + 1);
    const start = size.next;
    const end = start + size.value;
    if (id !== 2) {
      pos = end;
      continue;
    }
    /** @type {Map<string, string>} */
    const renamed = new Map();
    const body = [];
    const count = readLeb(wasm, start);
    body.push(...leb(count.value));
    let at = count.next;
    for (let i = 0; i < count.value; i++) {
      const moduleLen = readLeb(wasm, at);
      const moduleEnd = moduleLen.next + moduleLen.value;
      const fieldLen = readLeb(wasm, moduleEnd);
      const field = decoder.decode(wasm.subarray(fieldLen.next, fieldLen.next + fieldLen.value));
      const descStart = fieldLen.next + fieldLen.value;
      const descEnd = importDescEnd(wasm, descStart);
      body.push(...wasm.subarray(at, moduleEnd));
      const name = wasm[descStart] === 0 ? (renamed.get(field) ?? shortName(renamed.size)) : field;
      if (wasm[descStart] === 0) renamed.set(field, name);
      const nameBytes = encoder.encode(name);
      body.push(...leb(nameBytes.length), ...nameBytes, ...wasm.subarray(descStart, descEnd));
      at = descEnd;
    }
    if (at !== end) throw new Error('short-imports: the import section did not parse to its end');
    const section = Uint8Array.from([2, ...leb(body.length), ...body]);
    const out = new Uint8Array(pos + section.length + (wasm.length - end));
    out.set(wasm.subarray(0, pos));
    out.set(section, pos);
    out.set(wasm.subarray(end), pos + section.length);
    return { wasm: out, renamed };
  }
  throw new Error('short-imports: the module has no import section');
}

/** Where an import's description ends. @param {Uint8Array} wasm @param {number} at */
function importDescEnd(wasm, at) {
  const kind = wasm[at];
  const limits = (/** @type {number} */ p) => {
    const flags = wasm[p];
    const min = readLeb(wasm, p + 1);
    return flags & 1 ? readLeb(wasm, min.next).next : min.next;
  };
  if (kind === 0) return readLeb(wasm, at + 1).next; // function: its type index
  if (kind === 1) return limits(at + 2); // table: reference type, limits
  if (kind === 2) return limits(at + 1); // memory: limits
  if (kind === 3) return at + 3; // global: value type, mutability
  throw new Error(`short-imports: unknown import kind ${kind}`);
}

/**
 * The glue with each old name replaced, as a whole word, by its new one.
 * @param {string} glue @param {Map<string, string>} renamed
 */
export function renameInGlue(glue, renamed) {
  let out = glue;
  for (const [from, to] of renamed) {
    const word = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    if (!word.test(out)) throw new Error(`short-imports: the glue does not name the import ${from}`);
    out = out.replace(word, to);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [wasmPath, gluePath] = process.argv.slice(2);
  if (!wasmPath || !gluePath) throw new Error('usage: node scripts/short-imports.mjs <module>_bg.wasm <module>.js');
  const { wasm, renamed } = renameImports(new Uint8Array(await readFile(wasmPath)));
  const glue = renameInGlue(await readFile(gluePath, 'utf8'), renamed);
  await writeFile(wasmPath, wasm);
  await writeFile(gluePath, glue);
}
