// @ts-check
// Support-guide widgets: the one script a host page includes.
//
//   <script type="module" src="https://…/widget.js"></script>
//   <div data-support-widget="delivery" data-lang="en"></div>
//
// Every element with `data-support-widget` gets a widget, in its own shadow root, including
// elements added later; a removed element's widget is destroyed; changing `data-support-widget`,
// `data-lang` or `data-company-holidays` mounts it again. The only global is
// `window.SupportWidgets` ({ mount, unmount, setLang, prefill, result, reload, stats, version,
// simulatePanic }).
//
// Each widget runs in its own instance of a wasm module (compiled once, instantiated per widget):
// on wasm a panic aborts the instance it happens in, so this keeps a crash to one widget. The JS
// glue is downloaded and evaluated once per module as well: wasm-bindgen's glue keeps its instance
// in module state, so scripts/glue-factory.mjs wraps it in `createInstance()`, called per instance.
// A browser holds only so many instances per process (Chromium about 124, shared with the page's
// popups and same-site frames), so a page holds at most MAX_INSTANCES, whatever it does; beyond
// that many widgets, widgets share instances (see "Instances" below and ARCHITECTURE.md).
//
// One module per tool and language (scripts/build-tools): a widget of one tool loads only that
// tool's module in its starting language, `support_widgets_<tool>_<lang>.js` and
// `support_widgets_<tool>_<lang>_bg.wasm`, which carries that language's texts only; when the
// visitor (or setLang) switches, the widget asks `loadTexts` for the other language's texts,
// `support_widgets_texts_<lang>.json`, fetched once per page. The standalone page (`app`) and a
// tool name we do not know (that module says so in the widget) load the module with all five tools,
// `support_widgets_app_<lang>.js`, one language too. A page that shows more than one tool when this
// script starts loads that module once for all of them (two tool modules already weigh more than
// it: see the README's benchmark), or, when they start in both languages, `support_widgets.js`,
// all five tools in both; once it is loaded, every later widget (in its language) uses it too.

/** @typedef {import('./widget-api').MountOptions} MountOptions */
/** @typedef {import('./widget-api').ToolResult} ToolResult */
/** @typedef {import('./widget-api').SupportWidgetsApi} SupportWidgetsApi */
/** @typedef {import('./widget-api').WidgetStats} WidgetStats */
/**
 * A mounted widget, as the wasm hands it back (`embed::WidgetHandle`).
 * @typedef {{ destroy(): void, free(): void, setLang(lang: string): void, prefill(params: unknown): void, simulatePanic(): void, addTexts(lang: string, keys: Uint32Array, texts: string): void, textsFailed(lang: string, retry: boolean, detail: string): void }} WidgetHandle
 */
/**
 * One instance of a module's glue (`createInstance()`, scripts/glue-factory.mjs).
 * @typedef {{ default(init: { module_or_path: WebAssembly.Module }): Promise<{ memory: WebAssembly.Memory }>, version(): string, mount(element: Element, options: object): WidgetHandle }} Glue
 */
/**
 * A live wasm instance of a module (loading, or loaded): the widgets it hosts are counted from the
 * moment they are given to it, so a burst of mounts in one task is spread as it happens.
 * @typedef {{ module: string, ready: Promise<Glue>, memory: WebAssembly.Memory | null, widgets: number, mounts: number }} Instance
 */
/**
 * A widget on the page, per element. `instance` is the one it was given, until it gives it back.
 * @typedef {{ options: MountOptions, state: 'mounting' | 'mounted' | 'crashed' | 'failed', module: string, instance: Instance | null, handle: WidgetHandle | null, done: Promise<void> | null, result: ToolResult | undefined, onResult: ((event: Event) => void) | null }} WidgetRecord
 */
/**
 * The other language's texts as `loadTexts` hands them to the wasm, or why there are none.
 * @typedef {{ keys: Uint32Array, texts: string } | { cause: FailureCause, detail: string }} TextsTable
 */
/**
 * A module: its compiled wasm and its glue (each a promise, once), and its live instances.
 * @typedef {{ glueUrl: URL, instances: Instance[], warned: boolean, compiled: Promise<WebAssembly.Module> | null, glue: Promise<{ createInstance(): Glue }> | null, glueFailures: number, compile: () => Promise<WebAssembly.Module> }} ModuleEntry
 */

const VERSION = '0.1.0';
// The host page may replace globals this script needs (a hostile or careless host). The engine's own
// Promise is what every async function returns, whatever `window.Promise` says now; fetch is taken
// as it is when this script runs, so a host that wraps or replaces it later changes nothing here.
const NativePromise = /** @type {PromiseConstructor} */ ((async () => {})().constructor);
const nativeFetch = globalThis.fetch;
const nativeSetTimeout = globalThis.setTimeout;
const nativeToString = Function.prototype.toString;
// Likewise the event a widget announces itself with: a host that replaces CustomEvent later must not
// make a mounted widget's mount() fail.
const NativeCustomEvent = globalThis.CustomEvent;
// A field the caller's object has itself, never one inherited: a host page whose Object.prototype was
// polluted (`Object.prototype.config = …`) must not choose a widget's tool, language or help desk.
const nativeHasOwn = Object.prototype.hasOwnProperty;
/** @param {unknown} object @param {string} key @returns {any} */
const own = (object, key) => (object !== null && typeof object === 'object' && nativeHasOwn.call(object, key)
  ? /** @type {Record<string, unknown>} */ (object)[key] : undefined);
const SELECTOR = '[data-support-widget]';
// The tools' slugs, as contract/embedding.json lists them (tests/unit/loader.test.mjs checks they agree).
const TOOL_MODULES = ['severity', 'checklist', 'delivery', 'domain', 'eos'];
// The modules' and language tables' names begin with this (scripts/build-tools); alone, it names the
// module with every tool in both languages (trunk's own build), for a page with several tools in
// both languages at load.
const PREFIX = 'support_widgets';
// The standalone page's slug, and the module with every tool (in one language) in its name.
const ALL_TOOLS = 'app';
/** A module: its tool (or ALL_TOOLS) in one language. @param {string} tool @param {string} lang */
const moduleName = (tool, lang) => `${PREFIX}_${tool}_${lang}`;
const RELOAD_ACTION = 'reload'; // `data-support-widget-action` of the crash box's button
const CRASH_EVENT = 'supportwidget:crash';
const MOUNTED_EVENT = 'supportwidget:mounted';
const RESULT_EVENT = 'supportwidget:result';
// On the document, once the API is there: module scripts run after the page's own scripts, so a
// host's code cannot otherwise know when `window.SupportWidgets` exists.
const READY_EVENT = 'supportwidgets:ready';
// Where a partner who bundles or moves widget.js says the other files are (resolved against the
// page): <meta name="support-widgets-base" content="/static/support-widgets/">.
const BASE_META = 'support-widgets-base';
// The sha384 hashes of the files this script fetches (the wasm modules and the language tables),
// `name=sha384-…;name=…`, written into the copy of this script in a versioned release folder
// (scripts/release.mjs), so each is fetched with `fetch(url, { integrity })`. This placeholder (in a
// plain build) names none: nothing is checked.
const WASM_INTEGRITY = wasmIntegrity('support-widgets:wasm-integrity');

/**
 * @param {string} table `name=hash;…`, or the placeholder
 * @returns {Map<string, string>} file name → its integrity value
 */
export function wasmIntegrity(table) {
  return new Map(table.split(';').map((entry) => entry.split('='))
    .filter((pair) => pair.length >= 2 && /\.(wasm|json)$/.test(pair[0]) && pair[1].startsWith('sha384-'))
    .map(([name, ...hash]) => [name, hash.join('=')]));
}

/** element -> { options, state: 'mounting' | 'mounted' | 'crashed' | 'failed', module?, glue?, handle?, done } */
/** @type {Map<Element, WidgetRecord>} */
const widgets = new Map();
// Per module name: its compiled WebAssembly.Module (a promise) and its live instances.
/** @type {Map<string, ModuleEntry>} */
const modules = new Map();
/** @type {WeakSet<ShadowRoot>} */
const listeningRoots = new WeakSet();
// Instances: a widget gets an instance of its own while the page holds fewer than MAX_INSTANCES,
// else it shares the least busy one of its module. An instance whose widgets are all gone stays
// for the next widget of its module (instantiating costs more than keeping one); when the limit is
// reached, such an idle instance of another module gives way. A crashed instance is forgotten at
// once, and everything a widget added (its result listener, its handle) goes with its unmount, so
// nothing holds a dead or dropped instance and the browser can collect it.
const MAX_INSTANCES = 8;
// Yew never removes the event listeners it puts on an app's root (they are forgotten closures, held
// by the instance), so every widget an instance has rendered leaves its root element and about eight
// listeners behind in it. An instance that has rendered this many widgets is retired when it next
// falls idle: the browser then collects it with all it kept, and the next widget gets a fresh one.
const RETIRE_AFTER_MOUNTS = 32;
let instancesCreated = 0;

const toolSlug = (/** @type {unknown} */ tool) => (typeof tool === 'string' ? tool.trim().toLowerCase() : '');

/**
 * The module a widget needs, in the language it starts in: its tool's own, or the one with every
 * tool (see the top of this file).
 * @param {Element} element
 * @param {MountOptions} options
 */
function moduleNameFor(element, options) {
  const slug = toolSlug(own(options, 'tool') ?? element.getAttribute?.('data-support-widget'));
  if (modules.has(PREFIX)) return PREFIX;
  const lang = startingLang(element, options, slug === ALL_TOOLS);
  const full = moduleName(ALL_TOOLS, lang);
  if (modules.has(full) || !TOOL_MODULES.includes(slug)) return full;
  return moduleName(slug, lang);
}

/**
 * The language a widget starts in, as Rust chooses it (`embed::mount`): on the standalone page,
 * `lang=` in the link is explicit too, and the page's own `<html lang>` is not a host's.
 * @param {Element} element
 * @param {MountOptions} options
 * @param {boolean} standalone
 * @returns {'ja' | 'en'}
 */
function startingLang(element, options, standalone) {
  if (!standalone) return widgetLang(element, explicitLang(element, options));
  const explicit = own(options, 'lang') ?? linkLang(location.hash) ?? element.getAttribute('data-lang');
  return resolveLang(explicit, null, savedLang(), [...(navigator.languages ?? [])]);
}

/**
 * `lang=` in the standalone page's link (`#/delivery?lang=en`), if there is one, read as the wasm
 * reads it (`Route::parse`: the last one, percent-decoded; tests/link-lang-cases.json); by hand, so a
 * page that replaced URLSearchParams changes nothing here.
 * @param {string} hash
 * @returns {string | null}
 */
export function linkLang(hash) {
  const query = hash.split('?').slice(1).join('?');
  let lang = null;
  for (const pair of query.split('&')) {
    const [key, ...value] = pair.split('=');
    if (percentDecoded(key) === 'lang') lang = percentDecoded(value.join('='));
  }
  return lang;
}

/** A link's part with its %-escapes decoded; as it is when they are not UTF-8. @param {string} text */
function percentDecoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The language the partner set for a widget: the mount option (a `<support-widget>`'s `lang`
 * arrives as one), else `data-lang`.
 * @param {Element} element
 * @param {MountOptions} options
 * @returns {string | null}
 */
function explicitLang(element, options) {
  return own(options, 'lang') ?? element.getAttribute('data-lang');
}

/**
 * With more than one tool on the page as it is now, the module with every tool serves them all: in
 * their language, or in both when they start in both (one module weighs less than two, and a widget
 * never shows the other language while its texts download).
 * @param {ParentNode} root
 */
function chooseModulesFor(root) {
  const found = [...root.querySelectorAll(`${SELECTOR}, support-widget`)].map((element) => {
    const custom = element.localName === 'support-widget';
    const slug = toolSlug(custom ? element.getAttribute('tool') : element.getAttribute('data-support-widget'));
    return { element, custom, slug };
  });
  if (new Set(found.map((widget) => widget.slug)).size < 2) return;
  // Each widget's language reads the visitor's saved choice: only on a page with several tools, and
  // only until a second language shows.
  const langs = new Set();
  for (const { element, custom, slug } of found) {
    langs.add(startingLang(element, custom ? { lang: element.getAttribute('lang') ?? undefined } : {}, slug === ALL_TOOLS));
    if (langs.size > 1) break;
  }
  try {
    moduleEntry(langs.size > 1 ? PREFIX : moduleName(ALL_TOOLS, [...langs][0]));
  } catch {
    // A built-in the host replaced (URL): each widget's mount says so.
  }
}

/**
 * The folder the glue modules and the wasm are fetched from: the partner's
 * `<meta name="support-widgets-base">`, else widget.js's own folder.
 * @returns {URL}
 */
export function filesBase() {
  const chosen = document.querySelector(`meta[name="${BASE_META}"]`)?.getAttribute('content')?.trim();
  if (chosen) {
    try {
      return new URL(chosen.endsWith('/') ? chosen : `${chosen}/`, document.baseURI);
    } catch {
      console.warn(`SupportWidgets: <meta name="${BASE_META}" content="${chosen}"> is not a URL; the files are looked for beside widget.js`);
    }
  }
  return new URL('./', import.meta.url);
}

/** @param {string} name @returns {ModuleEntry} */
function moduleEntry(name) {
  let entry = modules.get(name);
  if (!entry) {
    const base = filesBase();
    const wasmUrl = new URL(`./${name}_bg.wasm`, base);
    entry = {
      glueUrl: new URL(`./${name}.js`, base),
      instances: [],
      warned: false,
      compiled: null,
      glue: null,
      glueFailures: 0,
      compile: async () => {
        const file = `${name}_bg.wasm`;
        const response = await download(file, wasmUrl);
        // Streaming compilation needs the server to send application/wasm; fall back when it does not.
        try {
          return await WebAssembly.compileStreaming(response.clone());
        } catch {
          const bytes = await response.arrayBuffer();
          try {
            return await WebAssembly.compile(bytes);
          } catch (error) {
            // Bytes the engine can read but may not compile: the page's policy forbids compiling wasm.
            if (WebAssembly.validate(bytes)) throw loadError('policy-wasm', "script-src 'wasm-unsafe-eval'", error);
            throw loadError('missing', `${file}: not a wasm file`, error);
          }
        }
      },
    };
    modules.set(name, entry);
  }
  return entry;
}

/**
 * Fetches one of the files this script needs (a wasm module, a language table) under its release
 * hash where there is one; a failure is told by its cause.
 * @param {string} file
 * @param {URL} url
 * @returns {Promise<Response>}
 */
async function download(file, url) {
  const integrity = WASM_INTEGRITY.get(file);
  let response;
  try {
    response = await nativeFetch.call(globalThis, url, integrity ? { integrity } : undefined);
  } catch (error) {
    // A file the browser fetched but refused for its hash is another release's (or altered).
    const fetched = integrity && await nativeFetch.call(globalThis, url).then((plain) => plain.ok, () => false);
    if (fetched) throw loadError('version', `${file}: not the file this widget.js names (integrity ${integrity})`, error);
    throw await fetchFailure(file, url, 'connect-src', error);
  }
  if (!response.ok) {
    throw loadError(response.status === 404 || response.status === 410 ? 'missing' : 'network', `${file}: HTTP ${response.status}`, null);
  }
  return response;
}

// The other language's texts, per language, once per page (a one-language module asks for them when
// the visitor switches): the table, or why there is none. A failure is not kept, so asking again
// downloads again.
/** @type {Map<'ja' | 'en', Promise<TextsTable>>} */
const textTables = new Map();

/**
 * `lang`'s texts as the wasm takes them (`i18n::texts::add`): the keys, and the texts joined by
 * NUL; or `{ cause, detail }`. Never rejects.
 * @param {'ja' | 'en'} lang
 * @returns {Promise<TextsTable>}
 */
function textsFor(lang) {
  const known = textTables.get(lang);
  if (known) return known;
  const asked = fetchTexts(lang);
  textTables.set(lang, asked);
  asked.then((answer) => {
    if ('cause' in answer && textTables.get(lang) === asked) textTables.delete(lang);
  });
  return asked;
}

/**
 * @param {'ja' | 'en'} lang
 * @returns {Promise<TextsTable>}
 */
async function fetchTexts(lang) {
  const file = `${PREFIX}_texts_${lang}.json`;
  try {
    const response = await download(file, new URL(`./${file}`, filesBase()));
    /** @type {unknown} */
    let table;
    try {
      table = await response.json();
    } catch (error) {
      throw loadError('missing', `${file}: not a texts file`, error);
    }
    const keys = own(table, 'keys');
    const texts = own(table, 'texts');
    if (own(table, 'version') !== VERSION) throw loadError('version', `${file} is ${own(table, 'version')}, widget.js ${VERSION}`, null);
    if (!Array.isArray(keys) || !Array.isArray(texts) || keys.length !== texts.length) throw loadError('missing', `${file}: not a texts file`, null);
    return { keys: Uint32Array.from(keys), texts: texts.join('\0') };
  } catch (error) {
    const failure = isLoadError(error) ? error : loadError('network', file, error);
    console.warn(`SupportWidgets: could not load the ${lang} texts (${failure.message})`);
    return { cause: failure.failure.cause, detail: failure.failure.detail };
  }
}

/**
 * The widget's `loadTexts(lang)`: fetches (or reuses) the table and answers through the widget's
 * handle, if the widget is still the one that asked.
 * @param {Element} element
 * @param {WidgetRecord} record
 * @returns {(lang: unknown) => void}
 */
function textsLoaderFor(element, record) {
  return (lang) => {
    const tag = langFromTag(lang) ?? 'ja';
    textsFor(tag).then((table) => {
      const handle = widgets.get(element) === record && record.state === 'mounted' ? record.handle : null;
      if (!handle) return;
      if ('keys' in table) handle.addTexts(tag, table.keys, table.texts);
      else handle.textsFailed(tag, table.cause === 'network', table.detail);
    }).catch((error) => report(element, error));
  };
}

const liveInstances = () => [...modules.values()].reduce((sum, entry) => sum + entry.instances.length, 0);

/**
 * The instance a new widget of module `name` goes to, counted as its host from now on: an idle one
 * of the module, else a new one while the page holds fewer than MAX_INSTANCES (an idle instance of
 * another module makes way if need be), else the module's least busy instance. Only a module with
 * no instance at all gets one beyond the limit, so a page never holds more than MAX_INSTANCES plus
 * one per module it uses.
 * @param {string} name
 * @returns {Instance}
 */
function acquire(name) {
  const entry = moduleEntry(name);
  let chosen = entry.instances.find((instance) => instance.widgets === 0);
  if (!chosen && liveInstances() >= MAX_INSTANCES) {
    const idleElsewhere = [...modules.values()].flatMap((other) => other.instances).find((instance) => instance.widgets === 0);
    if (idleElsewhere) forget(idleElsewhere);
    else if (entry.instances.length) chosen = entry.instances.reduce((least, instance) => (instance.widgets < least.widgets ? instance : least));
  }
  chosen ??= createInstance(name, entry);
  chosen.widgets += 1;
  return chosen;
}

/**
 * A new instance of the module, loading. A failed download (wasm or glue) forgets the instance and
 * the download, so the next mount (the crash box's reload) tries again.
 * @param {string} name
 * @param {ModuleEntry} entry
 * @returns {Instance}
 */
function createInstance(name, entry) {
  const compiled = entry.compiled ??= entry.compile().catch((/** @type {unknown} */ error) => {
    entry.compiled = null;
    throw error;
  });
  // The browser keeps a module that failed to load as failed (the HTML module map), so a retry asks
  // for it under a fresh URL.
  const glueLoaded = entry.glue ??= import(entry.glueFailures ? `${entry.glueUrl.href}#retry-${entry.glueFailures}` : entry.glueUrl.href)
    .catch(async (/** @type {unknown} */ error) => {
      entry.glue = null;
      entry.glueFailures += 1;
      throw await fetchFailure(`${name}.js`, entry.glueUrl, 'script-src', error);
    });
  const instance = /** @type {Instance} */ ({ module: name, memory: null, widgets: 0, mounts: 0 });
  instance.ready = (async () => {
    const [module, glueModule] = await NativePromise.all([compiled, glueLoaded]);
    const glue = glueModule.createInstance();
    let exports;
    try {
      exports = await glue.default({ module_or_path: module });
    } catch (error) {
      // The module is compiled already, so instantiating it fails for two reasons only: a browser
      // with no memory left for another instance (a RangeError), or a glue whose imports the wasm
      // does not match (a LinkError or TypeError): the two files come from different releases.
      if (error instanceof RangeError) throw loadError('memory', String(error.message), error);
      throw loadError('version', `${name}.js ≠ ${name}_bg.wasm`, error);
    }
    instancesCreated += 1;
    instance.memory = exports.memory;
    // A host that copied widget.js from one release and the wasm from another gets told once.
    if (!entry.warned && glue.version() !== VERSION) {
      entry.warned = true;
      console.warn(`SupportWidgets: widget.js is ${VERSION} but ${name}_bg.wasm is ${glue.version()}: copy all the files from one release`);
    }
    return glue;
  })();
  instance.ready.catch(() => forget(instance));
  entry.instances.push(instance);
  return instance;
}

/**
 * Drops an instance from its module (crashed, failed, or idle and making way): nothing here refers
 * to it any more.
 * @param {Instance} instance
 */
function forget(instance) {
  const entry = modules.get(instance.module);
  if (entry) entry.instances = entry.instances.filter((live) => live !== instance);
  instance.memory = null;
}

/**
 * Gives the widget's share of its instance back (once): the instance may then serve another widget.
 * @param {WidgetRecord} record
 */
function giveBack(record) {
  const instance = record.instance;
  record.instance = null;
  if (!instance) return;
  instance.widgets -= 1;
  if (instance.widgets === 0 && instance.mounts >= RETIRE_AFTER_MOUNTS) forget(instance);
}

/** @param {Element} element @param {unknown} error */
function report(element, error) {
  if (isLoadError(error)) console.warn(`SupportWidgets: could not load (${error.message})`, element, error.cause);
  else console.warn('SupportWidgets: could not mount', element, error);
}

// When the wasm cannot load at all, say so in the element, with its cause, rather than leave a blank
// box. These sentences are the only UI text outside the Rust catalogue, because the catalogue lives
// in the wasm that failed to load. `retry`: only where loading again can help (a network failure).
/**
 * @typedef {'network' | 'missing' | 'version' | 'memory' | 'policy-wasm' | 'policy-connect' | 'policy-script' | 'built-in'} FailureCause
 * @typedef {Error & { failure: { cause: FailureCause, detail: string } }} LoadError
 */
const ASK_THE_SITE = { ja: 'サイトの管理者にお知らせください。', en: "Please tell the site's administrator." };
const POLICY = {
  ja: `このページのセキュリティ設定 (Content-Security-Policy) が、このツールの読み込みを許可していません。${ASK_THE_SITE.ja}`,
  en: `This page's security policy (Content-Security-Policy) does not allow this tool to load. ${ASK_THE_SITE.en}`,
};
/** @type {Record<FailureCause, { ja: string, en: string, retry?: true }>} */
const LOAD_FAILURES = {
  network: {
    ja: 'このツールを読み込めませんでした。接続を確認して、もう一度お試しください。',
    en: 'This tool could not be loaded. Check your connection and try again.',
    retry: true,
  },
  missing: { ja: `このツールのファイルがサーバーにありません。${ASK_THE_SITE.ja}`, en: `This tool's files are missing from the server. ${ASK_THE_SITE.en}` },
  version: { ja: `このツールのファイルが、異なるリリースのものです。${ASK_THE_SITE.ja}`, en: `This tool's files come from different releases. ${ASK_THE_SITE.en}` },
  memory: {
    ja: 'ブラウザーのメモリーが足りないため、このツールを読み込めませんでした。ほかのタブを閉じてから、ページを再読み込みしてください。',
    en: 'The browser has no memory left for this tool. Close other tabs, then reload the page.',
  },
  'policy-wasm': POLICY,
  'policy-connect': POLICY,
  'policy-script': POLICY,
  'built-in': {
    ja: `このページの別のスクリプトが、このツールに必要なブラウザーの機能を置き換えているため、読み込めません。${ASK_THE_SITE.ja}`,
    en: `Another script on this page has replaced a browser feature this tool needs, so it cannot load. ${ASK_THE_SITE.en}`,
  },
};
const DETAILS = { ja: '詳細: ', en: 'Details: ' };
const TRY_AGAIN = { ja: 'もう一度読み込む', en: 'Try again' };

/**
 * An error that says why a module could not load (shown in the widget, named in the console).
 * @param {FailureCause} cause
 * @param {string} detail
 * @param {unknown} error
 * @returns {LoadError}
 */
function loadError(cause, detail, error) {
  return Object.assign(new Error(`${cause}: ${detail}`, { cause: error }), { failure: { cause, detail } });
}

/** @param {unknown} error @returns {error is LoadError} */
const isLoadError = (error) => error instanceof Error && nativeHasOwn.call(error, 'failure');

// The page's policy reports what it blocked with an event, queued after the blocked request fails:
// the last few are kept, so a failed download can tell a policy from a network failure.
/** @type {{ directive: string, blocked: string }[]} */
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI });
  if (violations.length > 20) violations.shift();
}, true);

/** @param {unknown} value */
const isNative = (value) => {
  try {
    return typeof value === 'function' && /\[native code\]\s*\}\s*$/.test(nativeToString.call(value));
  } catch {
    return false;
  }
};

/**
 * Why a download (fetch for the wasm, import for the glue) failed: the page's policy blocked it, a
 * script on the page replaced fetch, or the network.
 * @param {string} file
 * @param {URL} url
 * @param {'connect-src' | 'script-src'} directive
 * @param {unknown} error
 * @returns {Promise<LoadError>}
 */
async function fetchFailure(file, url, directive, error) {
  if (directive === 'connect-src' && !isNative(nativeFetch)) return loadError('built-in', 'fetch', error);
  if (!isNative(globalThis.URL)) return loadError('built-in', 'URL', error);
  // The violation event is a task of its own: give it two turns to arrive.
  for (let turn = 0; turn < 2; turn += 1) await new NativePromise((resolve) => nativeSetTimeout(resolve, 0));
  const blocked = violations.some((violation) => violation.directive.startsWith(directive) && violation.blocked.startsWith(url.origin));
  if (blocked) return loadError(directive === 'connect-src' ? 'policy-connect' : 'policy-script', `${directive} ${url.origin}`, error);
  return loadError('network', file, error);
}

/**
 * A BCP 47 tag's language, if it is one of ours: only the primary subtag counts (Lang::from_tag).
 * @param {unknown} tag
 * @returns {'ja' | 'en' | null}
 */
function langFromTag(tag) {
  const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return primary === 'ja' || primary === 'en' ? primary : null;
}

/**
 * The widget's starting language, exactly as Rust's Lang::choose: the explicit choice (mount option,
 * else data-lang), else the visitor's saved choice, else the page's <html lang>, else the browser's
 * languages, else Japanese; a tag naming neither is skipped.
 * @param {string | null | undefined} explicit
 * @param {string | null | undefined} page
 * @param {string | null} [saved]
 * @param {readonly string[]} [browser]
 * @returns {'ja' | 'en'}
 */
export function resolveLang(explicit, page, saved = null, browser = []) {
  return langFromTag(explicit) ?? langFromTag(saved) ?? langFromTag(page)
    ?? browser.map(langFromTag).find((lang) => lang) ?? 'ja';
}

/**
 * The language the page gives a widget: the nearest `lang` around it (the element's own included),
 * else `<html lang>`.
 * @param {Element} element
 * @returns {string | null}
 */
function pageLangOf(element) {
  return element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.getAttribute('lang');
}

/**
 * A widget's language as Rust chooses it: `explicit`, the visitor's saved choice, the page's, the
 * browser's.
 * @param {Element} element
 * @param {string | null | undefined} explicit
 */
function widgetLang(element, explicit) {
  return resolveLang(explicit, pageLangOf(element), savedLang(), [...(navigator.languages ?? [])]);
}

/** The visitor's saved language choice (the one documented key), if this browser keeps storage. */
function savedLang() {
  try {
    return globalThis.localStorage?.getItem('support-widgets:lang') ?? null;
  } catch {
    return null;
  }
}

/**
 * Draws why the widget could not load, in its language: the cause, the detail a site's
 * administrator needs, and a button to load again where that can help.
 * @param {Element} element
 * @param {MountOptions} options
 * @param {unknown} error
 */
function showLoadFailure(element, options, error) {
  try {
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const lang = widgetLang(element, explicitLang(element, options));
    const { cause, detail } = isLoadError(error) ? error.failure : { cause: /** @type {FailureCause} */ ('network'), detail: '' };
    const failure = LOAD_FAILURES[cause];
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.lang = lang;
    box.dataset.failure = cause;
    box.style.cssText = 'all: initial; display: block; font: 15px/24px sans-serif; color: #a4161a; padding: 8px 12px; border-left: 4px solid #a4161a;';
    const message = document.createElement('p');
    message.style.cssText = 'all: initial; display: block; font: inherit; color: inherit;';
    message.textContent = failure[lang];
    box.append(message);
    if (detail) {
      const small = document.createElement('p');
      small.style.cssText = 'all: initial; display: block; font: 13px/20px sans-serif; color: #4a4a4a; margin-top: 4px; overflow-wrap: anywhere;';
      small.textContent = `${DETAILS[lang]}${detail}`;
      box.append(small);
    }
    if (failure.retry) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = TRY_AGAIN[lang];
      // Not `all: initial`, which would take the browser's focus ring away too; the shadow root keeps
      // the host's rules out, and what the button inherits is set here.
      button.style.cssText = 'display: inline-block; box-sizing: border-box; min-height: 44px; min-width: 44px; margin: 8px 0 0; padding: 10px 16px; border: 0; border-radius: 6px; font: 15px/24px sans-serif; letter-spacing: normal; text-transform: none; color: #fff; background: #1d4ed8; cursor: pointer;';
      // The crash box's action: one listener on the shadow root reloads for both boxes.
      button.dataset.supportWidgetAction = RELOAD_ACTION;
      box.append(button);
    }
    // What the partner put inside the element (a link to the guide, a phone number) shows until the
    // widget mounts, and again here beside the message.
    root.replaceChildren(box, document.createElement('slot'));
    if (failure.retry) listenForReload(element);
  } catch {
    // An element that cannot hold a shadow root: the console warning is all there is.
  }
}

// A partner's configuration (see README, "Partner configuration"): attributes, then the one JSON
// object in data-config (or mount()'s `config` option). Every value reaches the wasm as text; the wasm
// checks them, names what it cannot use, and falls back to the defaults.
const CONFIG_ATTRIBUTES = {
  'data-help-desk-name': ['helpDesk', 'name'],
  'data-help-desk-phone': ['helpDesk', 'phone'],
  'data-help-desk-email': ['helpDesk', 'email'],
  'data-help-desk-hours': ['helpDesk', 'hours'],
  'data-help-desk-replaces-cisco': ['helpDesk', 'replacesCisco'],
  'data-theme': ['theme'],
  'data-compact': ['compact'],
};

const asText = (/** @type {unknown} */ value) => (value === undefined || value === null ? undefined : String(value));

/**
 * The partner configuration for `element`: data-config's object, with the attributes over it.
 * @param {Element} element
 * @param {unknown} given
 */
function partnerConfig(element, given) {
  /** @type {any} */
  let object = given;
  let unreadable = false;
  const json = element.getAttribute?.('data-config');
  if (object === undefined && json !== null && json !== undefined) {
    try {
      object = JSON.parse(json);
    } catch {
      unreadable = true;
    }
  }
  if (object !== undefined && (object === null || typeof object !== 'object' || Array.isArray(object))) {
    object = undefined;
    unreadable = true;
  }
  if (unreadable) console.warn('SupportWidgets: data-config is not a JSON object; its settings are ignored', element);
  const desk = own(object, 'helpDesk') ?? {};
  /** @type {{ helpDesk: Record<string, string | undefined>, theme: string | undefined, compact: string | undefined, unreadable: boolean } & Record<string, any>} */
  const config = {
    helpDesk: {
      name: asText(own(desk, 'name')),
      phone: asText(own(desk, 'phone')),
      email: asText(own(desk, 'email')),
      hours: asText(own(desk, 'hours')),
      replacesCisco: asText(own(desk, 'replacesCisco')),
    },
    theme: asText(own(object, 'theme')),
    compact: asText(own(object, 'compact')),
    unreadable,
  };
  for (const [attribute, [key, field]] of Object.entries(CONFIG_ATTRIBUTES)) {
    const value = element.getAttribute?.(attribute);
    if (value === null || value === undefined) continue;
    if (field) config[key][field] = value;
    else config[key] = value;
  }
  return config;
}

/**
 * Mounts (or re-mounts) a widget in `element`. Resolves when it is on screen.
 * @param {Element} element
 * @param {MountOptions} [options]
 * @returns {Promise<void>}
 */
function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    return NativePromise.reject(new TypeError('SupportWidgets.mount: the first argument must be an element'));
  }
  // A lazy widget the caller mounts now: it waits no longer, and gives its reserved height back.
  if (waiting.has(element)) {
    stopWaiting(element);
    const done = mount(element, options);
    done.then(() => releaseReserved(element), () => releaseReserved(element));
    return done;
  }
  const previous = widgets.get(element);
  if (previous && (previous.state === 'mounting' || previous.state === 'mounted') && previous.options === options) {
    return /** @type {Promise<void>} */ (previous.done);
  }
  if (previous) destroy(element, previous);
  const module = moduleNameFor(element, options);
  /** @type {WidgetRecord} */
  const record = { options, state: 'mounting', module, instance: null, handle: null, done: null, result: undefined, onResult: null };
  widgets.set(element, record);
  try {
    record.instance = acquire(module);
  } catch (error) {
    // Only a built-in the host replaced before this script ran (URL, to find the files) throws here.
    record.state = 'failed';
    const failure = loadError('built-in', isNative(globalThis.URL) ? String(error) : 'URL', error);
    report(element, failure);
    showLoadFailure(element, options, failure);
    return record.done = NativePromise.reject(failure);
  }
  record.done = (async () => {
    let glue;
    try {
      glue = await /** @type {Instance} */ (record.instance).ready;
    } catch (error) {
      giveBack(record);
      record.state = 'failed';
      report(element, error);
      if (widgets.get(element) === record) showLoadFailure(element, options, error);
      throw error;
    }
    // Unmounted or mounted again meanwhile: destroy() gave the share back already.
    if (widgets.get(element) !== record) return;
    try {
      // The widget reports each new result on its element; keep the last for SupportWidgets.result().
      record.onResult = (event) => {
        record.result = /** @type {CustomEvent<ToolResult>} */ (event).detail;
      };
      element.addEventListener(RESULT_EVENT, record.onResult);
      /** @type {Instance} */ (record.instance).mounts += 1;
      record.handle = glue.mount(element, { ...options, config: partnerConfig(element, own(options, 'config')), loadTexts: textsLoaderFor(element, record) });
      record.state = 'mounted';
      listenForReload(element);
    } catch (error) {
      // mount() reports bad input as an exception without harming the instance; a trap means it
      // panicked, and a dead instance must not serve the next widget.
      record.state = 'failed';
      stopListening(element, record);
      if (error instanceof WebAssembly.RuntimeError && record.instance) forget(record.instance);
      giveBack(record);
      report(element, error);
      throw error;
    }
    // Yew renders on its scheduler, after mount() returns: the event and the promise wait for the
    // first render, so a host that acts on them finds the widget's controls there.
    await firstRender(element, record);
    if (widgets.get(element) === record && record.state === 'mounted') {
      try {
        element.dispatchEvent(new NativeCustomEvent(MOUNTED_EVENT, { bubbles: true }));
      } catch (error) {
        // A host that broke events before this script ran: the widget is mounted all the same.
        report(element, error);
      }
    }
  })();
  return record.done;
}

/**
 * Resolves once the widget's first render is in its shadow root (the element Yew renders into has
 * content), or once the widget is no longer this record's (unmounted, mounted again, crashed).
 * @param {Element} element
 * @param {WidgetRecord} record
 * @returns {Promise<void>}
 */
function firstRender(element, record) {
  const root = element.shadowRoot;
  const done = () => !root || widgets.get(element) !== record || record.state !== 'mounted'
    || [...root.children].some((child) => child.firstElementChild !== null);
  if (done()) return NativePromise.resolve();
  return new NativePromise((resolve) => {
    const watcher = new MutationObserver(() => {
      if (!done()) return;
      watcher.disconnect();
      resolve();
    });
    watcher.observe(/** @type {ShadowRoot} */ (root), { childList: true, subtree: true });
  });
}

/** @param {Element} element @param {WidgetRecord} record */
function stopListening(element, record) {
  if (record.onResult) element.removeEventListener(RESULT_EVENT, record.onResult);
  record.onResult = null;
}

/** @param {Element} element @param {WidgetRecord} record */
function destroy(element, record) {
  widgets.delete(element);
  stopListening(element, record);
  if (record.state === 'mounted') {
    try {
      const handle = /** @type {WidgetHandle} */ (record.handle);
      handle.destroy();
      handle.free();
    } catch (error) {
      report(element, error);
    }
  } else if (record.state === 'crashed') {
    // The instance is dead: its handle cannot be called. Clearing the shadow root is all there is,
    // and it lets go of what the dead instance had put there.
    element.shadowRoot?.replaceChildren();
  }
  record.handle = null;
  giveBack(record);
}

/**
 * Destroys the widget in `element`, if any.
 * @param {Element} element
 */
function unmount(element) {
  if (waiting.has(element)) {
    stopWaiting(element);
    releaseReserved(element);
  }
  const record = widgets.get(element);
  if (record) destroy(element, record);
}

/**
 * The mounted widget's record and its handle, or an error naming the call.
 * @param {Element} element
 * @param {string} call
 * @returns {WidgetRecord & { handle: WidgetHandle }}
 */
function mounted(element, call) {
  const record = widgets.get(element);
  if (record?.state !== 'mounted' || !record.handle) throw new Error(`SupportWidgets.${call}: no widget is mounted in this element`);
  return /** @type {WidgetRecord & { handle: WidgetHandle }} */ (record);
}

/**
 * Changes the widget's language (`ja` or `en`), keeping what the visitor entered.
 * @param {Element} element
 * @param {string} lang
 */
function setLang(element, lang) {
  const record = mounted(element, 'setLang');
  record.handle.setLang(String(lang));
  record.options = { ...record.options, lang: String(lang) };
}

/**
 * Starts the tool afresh from these values, named as in its deep link: { sev: '2', product: 'umbrella' }.
 * @param {Element} element
 * @param {Record<string, string>} params
 */
function prefill(element, params) {
  const record = mounted(element, 'prefill');
  record.handle.prefill(params);
  record.options = { ...record.options, params };
}

/**
 * The tool's latest result (as in the supportwidget:result event), or undefined before the first.
 * @param {Element} element
 */
function result(element) {
  return widgets.get(element)?.result;
}

/**
 * Test hook: makes the widget in `element` panic, exactly as a bug in it would.
 * @param {Element} element
 */
function simulatePanic(element) {
  const record = widgets.get(element);
  if (record?.state !== 'mounted' || !record.handle) return false;
  try {
    record.handle.simulatePanic();
  } catch {
    // The panic aborts the instance and surfaces here; the crash box is already drawn.
  }
  return true;
}

/**
 * Diagnostics: how many widgets are on the page, how many wasm instances hold them (and how many
 * wait for reuse), which modules were loaded, and the instances' memory.
 * @returns {WidgetStats}
 */
function stats() {
  const live = [...modules.values()].flatMap((entry) => entry.instances);
  const wasmMemoryBytes = live.reduce((sum, instance) => sum + (instance.memory?.buffer.byteLength ?? 0), 0);
  const loaded = [...modules].filter(([, entry]) => entry.instances.length > 0).map(([name]) => name).sort();
  return {
    widgets: widgets.size,
    instances: live.length,
    idleInstances: live.filter((instance) => instance.widgets === 0).length,
    instancesCreated,
    modules: loaded,
    wasmMemoryBytes,
  };
}

/**
 * Mounts the widget again in a fresh instance (what the crash box's button does).
 * @param {Element} element
 */
function reload(element) {
  const record = widgets.get(element);
  return mount(element, record ? { ...record.options } : {});
}

// The crash box is drawn by the dying instance, but its button must be handled from here; the
// load-failure box's "Try again" carries the same action.
/** @param {Element} element */
function listenForReload(element) {
  const root = element.shadowRoot;
  if (!root || listeningRoots.has(root)) return;
  listeningRoots.add(root);
  root.addEventListener('click', (event) => {
    const button = /** @type {Element | null} */ (event.target)?.closest?.(`[data-support-widget-action="${RELOAD_ACTION}"]`);
    if (!button) return;
    reload(element).then(() => focusFirstControl(element)).catch(() => {});
  });
}

/** @param {Element} element */
function focusFirstControl(element) {
  element.shadowRoot?.querySelector(/** @type {'button'} */ ('a[href], button, input, select, textarea'))?.focus();
}

// Each widget event again under its name without the colon (supportwidgetresult,
// supportwidgetmounted, supportwidgetcrash), for frameworks whose templates cannot bind a name with
// a colon (React 19 binds `on<name>` on custom elements to the event `<name>`).
for (const name of [RESULT_EVENT, MOUNTED_EVENT, CRASH_EVENT]) {
  document.addEventListener(name, (event) => {
    try {
      const { bubbles, composed } = event;
      event.target?.dispatchEvent(new NativeCustomEvent(name.replace(':', ''), { bubbles, composed, detail: /** @type {CustomEvent} */ (event).detail }));
    } catch {
      // A host that broke events: the event with the colon has gone out all the same.
    }
  }, true);
}

// The dying instance tells each widget it hosted: they are all crashed, and the instance is forgotten
// (never reused, and never counted against the limit again).
document.addEventListener(CRASH_EVENT, (event) => {
  const element = /** @type {Element} */ (event.target);
  const record = widgets.get(element);
  if (!record) return;
  record.state = 'crashed';
  record.handle = null;
  stopListening(element, record);
  if (record.instance) forget(record.instance);
  giveBack(record);
}, true);

// --- automatic mounting -------------------------------------------------------------------

/**
 * @param {Node} node
 * @returns {Element[]}
 */
function widgetElementsIn(node) {
  if (!(node instanceof Element)) return [];
  const found = [...node.querySelectorAll(SELECTOR)];
  if (node.matches(SELECTOR)) found.unshift(node);
  return found;
}

/** @param {Node} root */
function mountAll(root) {
  for (const element of widgetElementsIn(root)) {
    if (!widgets.has(element)) autoMount(element, () => ({}));
  }
}

// A widget marked `loading="lazy"` mounts when it comes near the viewport, as a lazy image loads:
// a page with a widget far down does not download it until the visitor scrolls there. The height it
// will take is reserved meanwhile (the host may change it through --support-widget-reserved-height),
// so nothing below it moves, and the partner's own content inside it shows until it mounts.
// `SupportWidgets.mount()` mounts at once: the caller asked.
const NEAR_VIEWPORT = '400px 0px';
const RESERVED_HEIGHT = 'var(--support-widget-reserved-height, 480px)';
/** Lazy widgets not mounted yet, and how to read their options when they are. */
/** @type {Map<Element, () => MountOptions>} */
const waiting = new Map();
/** @type {IntersectionObserver | null} */
let nearObserver = null;

/**
 * Mounts a widget the page holds (found, added or defined), now or, if it is lazy, when near.
 * @param {Element} element
 * @param {() => MountOptions} options
 */
function autoMount(element, options) {
  if (element.getAttribute('loading') !== 'lazy' || typeof IntersectionObserver !== 'function') {
    mount(element, options()).catch(() => {});
    return;
  }
  if (waiting.has(element)) return;
  waiting.set(element, options);
  if (element instanceof HTMLElement && !element.style.minHeight) element.style.minHeight = RESERVED_HEIGHT;
  nearObserver ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const near = entry.target;
      const later = waiting.get(near);
      // mount() ends the wait and gives the reserved height back.
      if (entry.isIntersecting && later) mount(near, later()).catch(() => {});
    }
  }, { rootMargin: NEAR_VIEWPORT });
  nearObserver.observe(element);
}

/** @param {Element} element */
function stopWaiting(element) {
  if (!waiting.delete(element)) return;
  nearObserver?.unobserve(element);
}

/** @param {Element} element */
function releaseReserved(element) {
  if (element instanceof HTMLElement && element.style.minHeight === RESERVED_HEIGHT) element.style.minHeight = '';
}

/**
 * The page's language changed around some widgets (`lang` on `<html>` or an ancestor): each one
 * whose language neither the partner nor the visitor chose follows it, keeping what was entered.
 * @param {Element} changed
 */
function followPageLang(changed) {
  for (const [element, record] of widgets) {
    if (record.state !== 'mounted' || !changed.contains(element)) continue;
    const explicit = own(record.options, 'lang') ?? element.getAttribute('data-lang')
      ?? (element.localName === 'support-widget' ? element.getAttribute('lang') : null);
    if (explicit !== null && explicit !== undefined) continue;
    try {
      /** @type {WidgetHandle} */ (record.handle).setLang(widgetLang(element, null));
    } catch (error) {
      report(element, error);
    }
  }
}

const pageLangObserver = new MutationObserver((mutations) => {
  for (const mutation of mutations) followPageLang(/** @type {Element} */ (mutation.target));
});

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'attributes') {
      const element = /** @type {Element} */ (mutation.target);
      // <support-widget> follows its own attributes (attributeChangedCallback).
      if (element.localName === 'support-widget') continue;
      if (element.hasAttribute('data-support-widget')) {
        const record = widgets.get(element);
        if (record) mount(element, { ...record.options }).catch(() => {});
        else autoMount(element, () => ({}));
      } else {
        unmount(element);
      }
      continue;
    }
    for (const node of mutation.removedNodes) {
      for (const element of widgetElementsIn(node)) {
        // A node moved within the page is removed and added again: keep it.
        if (!element.isConnected) unmount(element);
      }
    }
    for (const node of mutation.addedNodes) mountAll(node);
  }
});

/**
 * `<support-widget tool="delivery" lang="en" company-holidays="…">`: the same widget as a custom
 * element, for hosts that prefer one. Its attributes are observed (a change mounts it again, as
 * the data-* attributes do); moving it within the page keeps it.
 */
class SupportWidgetElement extends HTMLElement {
  static get observedAttributes() {
    return ['tool', 'lang', 'company-holidays', 'data-config', ...Object.keys(CONFIG_ATTRIBUTES)];
  }

  /** @returns {MountOptions} */
  options() {
    /** @type {MountOptions} */
    const options = {};
    const tool = this.getAttribute('tool');
    const lang = this.getAttribute('lang');
    const holidays = this.getAttribute('company-holidays');
    // An absent tool is reported inside the widget, as for data-support-widget="".
    options.tool = tool ?? '';
    if (lang !== null) options.lang = lang;
    if (holidays !== null) options.companyHolidays = holidays;
    return options;
  }

  connectedCallback() {
    if (!widgets.has(this)) autoMount(this, () => this.options());
  }

  disconnectedCallback() {
    // A move is a disconnect then a connect in the same task: only a real removal unmounts.
    queueMicrotask(() => {
      if (!this.isConnected) unmount(this);
    });
  }

  /**
   * @param {string} _name
   * @param {string | null} previous
   * @param {string | null} current
   */
  attributeChangedCallback(_name, previous, current) {
    if (previous !== current && this.isConnected && widgets.has(this)) mount(this, this.options()).catch(() => {});
  }
}

// One copy of this script runs the page (a second copy, from another URL, finds the first by this
// symbol, not by the global name, which a host page may have taken for something of its own).
const RUNNING = Symbol.for('support-widgets.running');
/** Where the first copy leaves its API (under `RUNNING`). */
const runningCopies = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

// Before anything mounts: custom elements already in the page mount as soon as they are defined.
// (A page still loading is looked at again when it has loaded: see `start` below.)
if (document.readyState !== 'loading' && !runningCopies[RUNNING]) chooseModulesFor(document);

// Registered once: a second copy of this script (another URL) finds the name taken and leaves it. A
// host that forbids or breaks custom elements loses only this way in: data-support-widget works.
try {
  if (!customElements.get('support-widget')) customElements.define('support-widget', SupportWidgetElement);
  else if (!runningCopies[RUNNING]) {
    console.warn('SupportWidgets: this page defines its own <support-widget> element, which is left as it is: <support-widget> elements are not widgets here; data-support-widget elements still work');
  }
} catch (error) {
  console.warn('SupportWidgets: <support-widget> could not be registered on this page; data-support-widget elements still work', error);
}

/** The copy of this script that runs the page, when this one is loaded after it (from another URL). */
const first = /** @type {SupportWidgetsApi | undefined} */ (runningCopies[RUNNING]);

/**
 * The API, also this module's export for hosts whose page took the `window.SupportWidgets` name. A
 * second copy hands over the first copy's, so one registry knows every widget on the page.
 * @type {SupportWidgetsApi}
 */
export const SupportWidgets = first
  ?? Object.freeze({ version: VERSION, mount, unmount, setLang, prefill, result, reload, stats, simulatePanic });

/**
 * Puts the API on the page under `key`, read-only where the page lets us; a host that broke
 * Object.defineProperty before this script ran gets a plain property, and the widgets still mount.
 * @param {string | symbol} key
 * @param {boolean} configurable
 */
function publish(key, configurable) {
  try {
    Object.defineProperty(globalThis, key, { value: SupportWidgets, configurable });
  } catch {
    try {
      /** @type {Record<string | symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[key] = SupportWidgets;
    } catch (error) {
      console.warn(`SupportWidgets: the API could not be put on the page as ${String(key)}; the widgets still mount`, error);
    }
  }
}

if (first) {
  console.warn(`SupportWidgets: widget.js is loaded a second time (${import.meta.url}); the copy loaded first (${first.version}) runs the page, and this one hands its API over`);
} else {
  publish(RUNNING, false);
  if (window.SupportWidgets === undefined) {
    publish('SupportWidgets', true);
  } else {
    console.warn("SupportWidgets: window.SupportWidgets is already defined by this page and is left as it is; the widgets still mount, and scripts reach the API as widget.js's export: import { SupportWidgets } from '…/widget.js'");
  }
  const start = () => {
    chooseModulesFor(document);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-support-widget', 'data-lang', 'data-company-holidays', 'data-config', ...Object.keys(CONFIG_ATTRIBUTES)],
    });
    pageLangObserver.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    mountAll(document.documentElement);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  try {
    document.dispatchEvent(new NativeCustomEvent(READY_EVENT, { detail: SupportWidgets }));
  } catch (error) {
    console.warn(`SupportWidgets: ${READY_EVENT} could not be dispatched; the API is there all the same`, error);
  }
}
