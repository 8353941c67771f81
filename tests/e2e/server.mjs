// @ts-check
// A small static server for the end-to-end tests and the benchmark: the release build (`dist/`) at
// `/`, and the test fixture pages at `/test-pages/`. Loopback only.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** @typedef {[prefix: string, dir: string][]} Mounts */

/** @type {Mounts} */
const MOUNTS = [
  ['/test-pages/', join(ROOT, 'tests/e2e/pages')],
  // The release again under a sub-path, as an intranet would serve it.
  ['/intranet/tools/', join(ROOT, 'dist')],
  ['/', join(ROOT, 'dist')],
];
/** The Content-Security-Policy a strict partner intranet sends, and the pages served with it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** The strict policy, and no string-to-HTML sink allowed at all (Trusted Types, no policy may be made). */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;
/**
 * The policy of a host that allows nothing by default and trusts scripts by nonce: the one script
 * tag it marks (widget.js) may load the glue ('strict-dynamic'); the wasm needs connect-src and
 * 'wasm-unsafe-eval'. The README lists these directives for hosts.
 */
export const NONCE_CSP = "default-src 'none'; script-src 'nonce-e2e-nonce-3f9a' 'strict-dynamic' 'wasm-unsafe-eval'; "
  + "connect-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";
/** @type {Map<string, string>} */
const POLICIES = new Map([
  ['/test-pages/strict-csp.html', STRICT_CSP],
  ['/demo/strict-csp.html', STRICT_CSP],
  // The iframe page under Trusted Types too: its hash changes mount the tool again.
  ['/embed.html', TRUSTED_TYPES_CSP],
  ['/test-pages/trusted-types.html', TRUSTED_TYPES_CSP],
  ['/test-pages/nonce.html', NONCE_CSP],
]);

/**
 * The policy a path is served with, less what `?without=` names (a directive such as `connect-src`,
 * or a source such as `'wasm-unsafe-eval'`), so a test can show what each part is for.
 * @param {URL} url
 * @returns {string | undefined}
 */
function policyFor(url) {
  const policy = POLICIES.get(url.pathname);
  const without = url.searchParams.get('without');
  if (!policy || !without) return policy;
  return policy.split('; ')
    .filter((directive) => directive.split(' ')[0] !== without)
    .map((directive) => directive.split(' ').filter((token) => token !== without).join(' '))
    .join('; ');
}

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * The file a URL path names under the mounts, or null (never outside a mount).
 * @param {string} urlPath
 * @param {Mounts} [mounts]
 * @returns {Promise<string | null>}
 */
async function resolveFile(urlPath, mounts = MOUNTS) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(urlPath.slice(prefix.length)));
    const file = resolve(dir, relative);
    if (file !== dir && !file.startsWith(dir + sep)) return null; // no escaping the mount
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) return resolveFile(`${urlPath.replace(/\/?$/, '/')}index.html`, mounts);
    return info?.isFile() ? file : null;
  }
  return null;
}

/**
 * Starts the server on 127.0.0.1 (port 0: any free port). Resolves to { origin, close }. With `cors`,
 * every response allows any origin, as a host serving the widget's files to other sites would. With
 * `compress`, a browser that accepts brotli gets it (quality 11, as a site serving precompressed
 * files would), and files are cached for a year, as a versioned release is.
 * @param {number} [port]
 * @param {{ cors?: boolean, compress?: boolean, mounts?: Mounts }} [how]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(port = 0, { cors = false, compress = false, mounts = [] } = {}) {
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();
  // Extra mounts (the benchmark serves the floor at /floor/) come before the usual ones.
  /** @type {Mounts} */
  const all = [...mounts.map(([prefix, dir]) => /** @type {[string, string]} */ ([prefix, resolve(ROOT, dir)])), ...MOUNTS];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const policy = policyFor(url);
    const file = await resolveFile(path, all).catch(() => null);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const brotli = compress && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body = await readFile(file);
    if (brotli) {
      body = compressed.get(file) ?? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      compressed.set(file, body);
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': compress ? 'public, max-age=31536000' : 'no-cache',
      ...(brotli ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
      ...(policy ? { 'content-security-policy': policy } : {}),
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    response.end(body);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

// `node tests/e2e/server.mjs [port]` serves until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.argv[2] ?? 8081));
  console.log(`serving dist/ and tests/e2e/pages/ at ${origin}/`);
}
