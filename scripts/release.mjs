// @ts-check
// The release a partner can pin: after `trunk build --release`, the files a host page loads are
// copied into dist/release/<version>/ (names unchanged), with
//   - widget.js carrying the sha384 of each wasm module and language table (it fetches them with
//     `fetch(url, { integrity })`),
//   - integrity.json: the sha384 of every file, for <script integrity> and import maps,
//   - a .br and a .gz beside every file, for servers that send precompressed files,
//   - package.json (exports with types first, sideEffects, customElements), custom-elements.json
//     (Custom Elements Manifest 2.1: the element's attributes, events and CSS properties, from
//     contract/embedding.json) and CHANGELOG.md.
// scripts/build and scripts/test run it; tests/unit/release.test.mjs and tests/e2e/release.test.mjs check
// what it writes.
//
//   node scripts/release.mjs [dist]
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const contract = JSON.parse(await readFile('contract/embedding.json', 'utf8'));
const cargoVersion = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)?.[1];
const loaderVersion = (await readFile('web/widget.js', 'utf8')).match(/^const VERSION = '([^']+)';/m)?.[1];
if (!cargoVersion || cargoVersion !== loaderVersion) {
  throw new Error(`Cargo.toml says ${cargoVersion} and web/widget.js ${loaderVersion}: one release has one version`);
}
const version = cargoVersion;
const PLACEHOLDER = 'support-widgets:wasm-integrity';

/** @param {Buffer | string} bytes */
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** What a host page loads: the loader and its types, the glue and wasm of every module, the iframe page. */
const shipped = (await readdir(dist))
  .filter((name) => /^(widget\.js|widget\.d\.ts|support_widgets[a-z_]*(\.js|_bg\.wasm)|support_widgets_texts_[a-z]+\.json|embed\.html|frame\.js|frame\.css|favicon\.svg)$/.test(name))
  .sort();
for (const needed of ['widget.js', 'widget.d.ts', 'support_widgets.js', 'support_widgets_bg.wasm', 'support_widgets_app_ja_bg.wasm', 'support_widgets_app_en_bg.wasm', 'support_widgets_texts_ja.json', 'support_widgets_texts_en.json', 'embed.html']) {
  if (!shipped.includes(needed)) throw new Error(`${dist}/${needed} is missing: build the release first`);
}

const out = join(dist, 'release', version);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const wasmHashes = [];
for (const name of shipped.filter((file) => file.endsWith('.wasm') || file.endsWith('.json'))) {
  wasmHashes.push(`${name}=${sha384(await readFile(join(dist, name)))}`);
}
const loader = await readFile(join(dist, 'widget.js'), 'utf8');
if (loader.split(PLACEHOLDER).length !== 2) throw new Error(`${dist}/widget.js must hold '${PLACEHOLDER}' once`);
for (const name of shipped) {
  if (name === 'widget.js') await writeFile(join(out, name), loader.replace(PLACEHOLDER, wasmHashes.join(';')));
  else await copyFile(join(dist, name), join(out, name));
}

const tag = 'support-widget';
const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [{
    kind: 'javascript-module',
    path: 'widget.js',
    declarations: [{
      kind: 'class',
      name: 'SupportWidgetElement',
      description: 'One support-guide tool (severity, SR checklist, delivery window, Smart Account domain, end of sale), in its own shadow root.',
      tagName: tag,
      customElement: true,
      superclass: { name: 'HTMLElement' },
      attributes: [
        { name: 'tool', type: { text: contract.tools.map((/** @type {{ slug: string }} */ t) => `'${t.slug}'`).join(' | ') }, description: 'The tool to show.' },
        { name: 'lang', type: { text: "'ja' | 'en'" }, description: "The widget's language (else the visitor's choice, the page's, the browser's)." },
        { name: 'company-holidays', type: { text: 'string' }, description: 'Company holidays: dates and ranges (2026-12-29..2027-01-03), comma-separated.' },
        { name: 'data-config', type: { text: 'string' }, description: 'The partner configuration as one JSON object; attributes win.' },
        ...Object.entries(contract.configAttributes).map(([name, path]) => ({ name, type: { text: 'string' }, description: `Partner setting (data-config: ${path}).` })),
        { name: 'loading', type: { text: "'lazy' | 'eager'" }, description: "'lazy': mount (and download) only when near the viewport, the height reserved meanwhile." },
      ],
      events: [
        ...Object.entries(contract.events).flatMap(([key, name]) => [name, name.replace(':', '')].map((event) => ({
          name: event,
          type: { text: key === 'result' ? 'CustomEvent<ToolResult>' : key === 'crash' ? 'CustomEvent<string>' : 'CustomEvent<undefined>' },
          description: `${event.includes(':') ? '' : `The same as ${name}, for templates that cannot bind a colon. `}${{ result: "The tool's result changed (detail: the result).", mounted: 'The widget is on screen.', crash: "The widget crashed and shows its crash box (detail: the panic's text)." }[key] ?? ''}`,
        }))),
      ],
      cssProperties: Object.entries(contract.cssProperties).map(([name, description]) => ({ name, description })),
    }],
    exports: [
      { kind: 'custom-element-definition', name: tag, declaration: { name: 'SupportWidgetElement', module: 'widget.js' } },
      { kind: 'js', name: 'SupportWidgets', declaration: { name: 'SupportWidgets', module: 'widget.js' } },
    ],
  }],
};
await writeFile(join(out, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const files = [...shipped, 'custom-elements.json', 'CHANGELOG.md', 'package.json'];
const pkg = {
  name: 'support-guide-widgets',
  version,
  description: 'Support-guide widgets: severity, SR checklist, delivery window, Smart Account domain and end of sale, as one script and one element.',
  type: 'module',
  exports: {
    '.': { types: './widget.d.ts', default: './widget.js' },
    './custom-elements.json': './custom-elements.json',
    './integrity.json': './integrity.json',
    './*': './*',
  },
  types: './widget.d.ts',
  // Importing widget.js registers <support-widget> and mounts the widgets of the page.
  sideEffects: ['./widget.js'],
  customElements: 'custom-elements.json',
  files: [...files, 'integrity.json'],
  license: 'UNLICENSED',
};
await writeFile(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
await copyFile('CHANGELOG.md', join(out, 'CHANGELOG.md'));

/** @type {Record<string, string>} */
const integrity = {};
for (const name of files) integrity[name] = sha384(await readFile(join(out, name)));
await writeFile(join(out, 'integrity.json'), `${JSON.stringify({ version, algorithm: 'sha384', files: integrity }, null, 2)}\n`);

for (const name of [...files, 'integrity.json']) {
  const bytes = await readFile(join(out, name));
  await writeFile(join(out, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeFile(join(out, `${name}.gz`), gzipSync(bytes, { level: 9 }));
}
console.log(`release ${version}: ${files.length + 1} files in ${out}, each with .br and .gz; integrity.json`);
