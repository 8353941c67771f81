// @ts-check
// frame.js's reading of its URL (embed.html#/<tool>?…): the tool, the widget's settings, the tool's
// own parameters, and the parent origin results may be posted to (exactly an origin, or none).
import { warnings } from './fake-dom.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const { readFrameHash, resultTarget } = await import('../../web/frame.js');

test('the tool, its settings and its parameters', () => {
  const frame = readFrameHash('#/delivery?lang=en&parent=https://intranet.example&company_holidays=2026-12-29..2027-01-03&sev=2');
  assert.deepEqual(frame, {
    options: { tool: 'delivery', params: { sev: '2' }, lang: 'en', companyHolidays: '2026-12-29..2027-01-03' },
    parentOrigin: 'https://intranet.example',
  });
  assert.deepEqual(readFrameHash(''), { options: { tool: '', params: {} }, parentOrigin: null });
  assert.deepEqual(readFrameHash('#eos').options, { tool: 'eos', params: {} });
  assert.deepEqual(readFrameHash('#/%E0%A4%A?x=1').options, { tool: '%E0%A4%A', params: { x: '1' } }, 'a malformed path is kept as typed');
  assert.equal(readFrameHash('#/checklist?lang=ja&lang=en').options.lang, 'ja', 'the first lang');
  assert.deepEqual(readFrameHash('#/eos?eos=2024-05-01?x&lang=en').options, { tool: 'eos', params: { eos: '2024-05-01?x' }, lang: 'en' },
    'a second ? stays in its value');
});

test('results go only to an exact origin', () => {
  for (const parent of ['https://intranet.example', 'http://localhost:8080', 'https://xn--eckwd4c7c.xn--zckzah']) {
    assert.equal(readFrameHash(`#/severity?parent=${parent}`).parentOrigin, parent, parent);
  }
  warnings.length = 0;
  for (const parent of ['https://intranet.example/', 'https://intranet.example/path', '*', 'javascript:alert(1)', 'file:///etc', 'intranet.example']) {
    assert.equal(readFrameHash(`#/severity?parent=${encodeURIComponent(parent)}`).parentOrigin, null, parent);
  }
  assert.equal(warnings.length, 6, 'each refused parent is named in the console');
  assert.match(warnings[0], /parent must be an origin/);
});

test('results go to the named origin unless the frame is known to sit in another page', () => {
  assert.equal(resultTarget('https://intranet.example', 'https://intranet.example'), 'https://intranet.example');
  assert.equal(resultTarget('https://intranet.example', null), 'https://intranet.example', 'not known: the browser decides');
  assert.equal(resultTarget('https://intranet.example', 'https://other.example'), null);
  assert.equal(resultTarget(null, 'https://intranet.example'), null, 'none named: none posted');
});

test('the messages posted to the parent are the contract\'s', async () => {
  const contract = JSON.parse(await readFile(new URL('../../contract/embedding.json', import.meta.url), 'utf8'));
  const source = await readFile(new URL('../../web/frame.js', import.meta.url), 'utf8');
  assert.ok(source.includes(`const HEIGHT_MESSAGE = '${contract.frameMessages.height}';`));
  assert.ok(source.includes(`const RESULT_MESSAGE = '${contract.frameMessages.result}';`));
});
