// @ts-check
// What a visitor downloads, brotli 11, from the release build in dist/: per tool, the page with one
// tool (its module in Japanese, glue and the loader; in English: `tool:<slug>:en`), what a switch of
// language then downloads (`texts:<lang>`), and the standalone page (the module with all five;
// `standalone:en` in English). The benchmark prints these beside the floor; `scripts/test` checks
// them against the committed baseline (tests/size-baseline.json) so that nothing grows, or shrinks,
// unseen.
//
//   node scripts/sizes.mjs            prints the sizes
//   node scripts/sizes.mjs --check    fails when one differs from the baseline by more than 2 %
//   node scripts/sizes.mjs --write    writes the baseline (after a change meant to change them)
import { readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('..', import.meta.url);
const BASELINE = new URL('tests/size-baseline.json', ROOT);
const TOLERANCE = 0.02;

/** @param {string} path a path under the project */
export const brotli = async (path) => brotliCompressSync(await readFile(new URL(path, ROOT)), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

/** A module's wasm and glue, brotli 11, in bytes. @param {string} name @param {string} [dist] */
export const moduleSize = async (name, dist = 'dist') => (await brotli(`${dist}/${name}_bg.wasm`)) + (await brotli(`${dist}/${name}.js`));

/**
 * The pages' sizes in bytes: `tool:<slug>` for a page with one tool (Japanese), `tool:<slug>:en` in
 * English, `texts:<lang>` for a switch to that language, `standalone` (`:en`) for all five.
 * @returns {Promise<Record<string, number>>}
 */
export async function pageSizes() {
  const { tools } = JSON.parse(await readFile(new URL('contract/embedding.json', ROOT), 'utf8'));
  const loader = await brotli('dist/widget.js');
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const { slug } of tools) {
    sizes[`tool:${slug}`] = (await moduleSize(`support_widgets_${slug}_ja`)) + loader;
    sizes[`tool:${slug}:en`] = (await moduleSize(`support_widgets_${slug}_en`)) + loader;
  }
  for (const lang of ['ja', 'en']) sizes[`texts:${lang}`] = await brotli(`dist/support_widgets_texts_${lang}.json`);
  sizes.standalone = (await moduleSize('support_widgets_app_ja')) + loader;
  sizes['standalone:en'] = (await moduleSize('support_widgets_app_en')) + loader;
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await pageSizes();
  const mode = process.argv[2];
  if (mode === '--write') {
    await writeFile(BASELINE, `${JSON.stringify({ about: 'Bytes a visitor downloads, brotli 11 (scripts/sizes.mjs --write after a change meant to change them).', sizes }, null, 2)}\n`);
  }
  const baseline = mode === '--check' ? JSON.parse(await readFile(BASELINE, 'utf8')).sizes : {};
  const problems = [];
  for (const [page, bytes] of Object.entries(sizes)) {
    const before = baseline[page];
    const change = before ? (bytes - before) / before : 0;
    console.log(`${page.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(7)} KB${before ? `  (baseline ${(before / 1024).toFixed(1)} KB, ${(change * 100).toFixed(1)} %)` : ''}`);
    if (mode === '--check' && (!before || Math.abs(change) > TOLERANCE)) problems.push(page);
  }
  if (mode === '--check' && Object.keys(baseline).length !== Object.keys(sizes).length) problems.push('the baseline lists other pages');
  if (problems.length) {
    console.error(`sizes differ from tests/size-baseline.json by more than ${TOLERANCE * 100} %: ${problems.join(', ')}; if the change is meant, run node scripts/sizes.mjs --write and commit it`);
    process.exit(1);
  }
}
