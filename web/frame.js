// @ts-check
// The iframe page (embed.html): mounts the one tool its URL names and talks to the page around it.
//
//   embed.html#/delivery?lang=en&parent=https://intranet.example&company_holidays=2026-12-29..2027-01-03&sev=2
//
// - The path is the tool (severity, checklist, delivery, domain, eos); `lang` and `company_holidays`
//   are the widget's settings; every other parameter is the tool's own deep-link value (prefill).
// - Height: whenever the page's height changes it posts { type: 'supportwidget:height', height } (CSS
//   pixels, a number and nothing else) to the parent, so the host can size the frame. A host checks
//   event.origin before using it.
// - Results: only when `parent` names the host's origin exactly (`https://intranet.example`), each
//   result is posted as { type: 'supportwidget:result', tool, result } to that origin, never to '*':
//   a result can hold what a visitor typed.

/** @typedef {import('./widget-api').MountOptions} MountOptions */

const HEIGHT_MESSAGE = 'supportwidget:height';
const RESULT_MESSAGE = 'supportwidget:result';

/**
 * The tool, settings and tool parameters from `location.hash`.
 * @param {string} hash
 * @returns {{ options: MountOptions & { tool: string }, parentOrigin: string | null }}
 */
export function readFrameHash(hash) {
  const text = hash.replace(/^#/, '');
  // Split at the first `?` only: a second one belongs to a value (`…&subject=why?`), as in a URL.
  const at = text.indexOf('?');
  const [path, query] = at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
  const params = new URLSearchParams(query);
  const take = (/** @type {string} */ key) => {
    const value = params.get(key);
    params.delete(key);
    return value;
  };
  const lang = take('lang');
  const parent = take('parent');
  const companyHolidays = take('company_holidays');
  /** @type {MountOptions & { tool: string }} */
  const options = { tool: decodeOrKeep(path.replace(/^\/+|\/+$/g, '')), params: Object.fromEntries(params) };
  if (lang !== null) options.lang = lang;
  if (companyHolidays !== null) options.companyHolidays = companyHolidays;
  return { options, parentOrigin: validOrigin(parent) };
}

/**
 * A percent-decoded path; a malformed one (`%E0%A4%A`) is kept as typed, and named as unknown.
 * @param {string} text
 */
function decodeOrKeep(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * `parent` if it is exactly an origin (`https://host[:port]`), else null.
 * @param {string | null} parent
 * @returns {string | null}
 */
function validOrigin(parent) {
  if (!parent) return null;
  try {
    const url = new URL(parent);
    if (url.origin === parent && (url.protocol === 'https:' || url.protocol === 'http:')) return parent;
  } catch {
    // not a URL
  }
  console.warn(`SupportWidgets frame: parent must be an origin such as https://intranet.example, not ${JSON.stringify(parent)}; results are not posted`);
  return null;
}

/**
 * Where results go: the origin the host named, unless the page this frame is in is known to be
 * another (`framedBy`); a browser would drop those messages anyway, Firefox with an error in the
 * host's console, so the frame says why instead.
 * @param {string | null} named
 * @param {string | null} framedBy
 * @returns {string | null}
 */
export function resultTarget(named, framedBy) {
  return named && (framedBy === null || framedBy === named) ? named : null;
}

/** The origin of the page this frame is in, where the browser says (null when it does not). */
function framingOrigin() {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

// Said in the frame when results cannot be posted to the page that asked for them (a `parent` that is
// not an origin, or not the page the frame is in): the partner who set it up sees why, in the page
// and not only in the console. The only UI text of this page (the widget's is in the wasm).
const NOT_POSTED = {
  ja: 'この埋め込みの設定 (parent) が埋め込み元のページと一致しないため、結果はそのページに送られません。',
  en: "This frame's parent setting does not match the page it is in, so results are not sent to that page.",
};
/** The frame's note, made by start() (nothing is built before the page runs the frame). */
let note = /** @type {HTMLElement | null} */ (null);

const element = document.createElement('div');
/** @type {string | null} */
let parentOrigin = null;
let tool = '';

/** Mounts (or, after a new hash, mounts again) the tool the URL names. */
function show() {
  const frame = readFrameHash(location.hash);
  const framedBy = window.parent === window ? null : framingOrigin();
  parentOrigin = resultTarget(frame.parentOrigin, framedBy);
  if (frame.parentOrigin && !parentOrigin) {
    console.warn(`SupportWidgets frame: parent=${frame.parentOrigin} is not the page this frame is in (${framedBy}); results are not posted`);
  }
  const asked = new URLSearchParams(location.hash.slice(location.hash.indexOf('?') + 1)).has('parent');
  const lang = String(frame.options.lang ?? '').toLowerCase().startsWith('en') ? 'en' : 'ja';
  if (note) {
    note.lang = lang;
    note.textContent = NOT_POSTED[lang];
    note.hidden = !(asked && !parentOrigin);
  }
  tool = frame.options.tool;
  // Any site can frame this page: what this browser saved waits for the visitor to act here.
  window.SupportWidgets.mount(element, { ...frame.options, deferSavedState: true }).catch(() => {});
}

function start() {
  note = document.createElement('p');
  note.className = 'frame-note';
  note.setAttribute('role', 'status');
  note.dataset.testid = 'frame-not-posted';
  note.hidden = true;
  document.getElementById('frame')?.replaceChildren(note, element);
  element.addEventListener(RESULT_MESSAGE, (event) => {
    if (parentOrigin) window.parent.postMessage({ type: RESULT_MESSAGE, tool, result: /** @type {CustomEvent} */ (event).detail }, parentOrigin);
  });
  show();
  // A new hash (the host changed the frame's URL) starts the tool afresh from it.
  window.addEventListener('hashchange', show);
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

if (window.SupportWidgets) start();
