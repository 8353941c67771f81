// @ts-check
// A small WebDriver classic client for WebKit: WebKitGTK's WebKitWebDriver driving its MiniBrowser
// under Xvfb (Debian's webkit2gtk-driver and xvfb). Playwright drives only its own WebKit builds,
// which these machines cannot download; WebDriver classic needs no more than fetch.
//
// Only what the smoke suite uses: open a page, run a function in it (sync, or awaiting its promise),
// wait for a condition, type into and click an element a function found (shadow roots included),
// and a screenshot. Every failure carries the driver's message.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** The key WebDriver gives an element reference under (W3C WebDriver, "web element identifier"). */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** @typedef {{ [ELEMENT]: string }} ElementRef */
/**
 * What a value from the page is on this side: an element becomes a reference to it.
 * @template T
 * @typedef {T extends Element ? ElementRef : T} Remote
 */

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class WebKitSession {
  /**
   * @param {string} base the driver's URL
   * @param {string} id the session's id
   * @param {import('node:child_process').ChildProcess} driver xvfb-run with the driver under it
   */
  constructor(base, id, driver) {
    this.base = base;
    this.id = id;
    this.driver = driver;
  }

  /**
   * One WebDriver command of this session; its value, or an error with the driver's message.
   * @param {'GET' | 'POST' | 'DELETE'} method
   * @param {string} path after /session/{id}
   * @param {unknown} [body]
   */
  async command(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const { value } = /** @type {{ value: any }} */ (await response.json());
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  /** @param {string} url */
  goto(url) {
    return this.command('POST', '/url', { url });
  }

  /**
   * Runs `fn(...args)` in the page and returns what it returns (an element comes back as a
   * reference; a promise is awaited, and its rejection thrown here).
   * @template T
   * @param {(...args: any[]) => T} fn
   * @param {...unknown} args
   * @returns {Promise<Remote<Awaited<T>>>}
   */
  async run(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const outcome = await this.command('POST', '/execute/async', { script, args });
    if (outcome.error) throw new Error(`in the page: ${outcome.error}`);
    return outcome.value;
  }

  /**
   * Runs `fn(...args)` in the page until it returns something truthy, and returns that; fails
   * after `timeout` ms naming `what`.
   * @template T
   * @param {string} what
   * @param {(...args: any[]) => T} fn
   * @param {unknown[]} [args]
   * @param {number} [timeout]
   * @returns {Promise<Remote<Exclude<Awaited<T>, null | undefined | false | '' | 0>>>}
   */
  async waitFor(what, fn, args = [], timeout = 20_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args).catch((error) => (Date.now() > deadline ? Promise.reject(error) : null));
      // A truthy value is what the condition waited for (the cast says so to the checker).
      if (value) return /** @type {any} */ (value);
      if (Date.now() > deadline) throw new Error(`WebKit: timed out waiting for ${what}`);
      // The poll's interval, not a wait for time: the loop ends when the condition holds.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Types `text` into the element, key by key, as a visitor would.
   * @param {ElementRef} element
   * @param {string} text
   */
  type(element, text) {
    return this.command('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** @param {ElementRef} element */
  click(element) {
    return this.command('POST', `/element/${element[ELEMENT]}/click`);
  }

  /** @param {string} path a PNG of the window */
  async screenshot(path) {
    await writeFile(path, Buffer.from(await this.command('GET', '/screenshot'), 'base64'));
  }

  async close() {
    await this.command('DELETE', '').catch(() => undefined);
    // xvfb-run and everything under it (Xvfb, the driver, the browser) are one process group.
    if (this.driver.pid) {
      try { process.kill(-this.driver.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  }
}

/**
 * Starts WebKitWebDriver under its own Xvfb and opens a MiniBrowser session.
 * @param {{ dark?: boolean, width?: number, height?: number }} [how] `dark`: the system prefers dark
 * @returns {Promise<WebKitSession>}
 */
export async function startWebKit({ dark = false, width = 1100, height = 900 } = {}) {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', `-screen 0 ${width + 100}x${height + 200}x24`, WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`${base}/status`).then((r) => r.json()).then((s) => s.value?.ready).catch(() => false);
    if (ready) break;
    if (Date.now() > deadline || driver.exitCode !== null) {
      try { process.kill(-(driver.pid ?? 0), 'SIGTERM'); } catch { /* already gone */ }
      throw new Error(`WebKitWebDriver did not start on port ${port}`);
    }
    // The poll's interval while the driver starts: the loop ends when /status says ready.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const args = ['--automation', ...(dark ? ['--dark-mode'] : [])];
  const response = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } } } }),
  });
  const { value } = /** @type {{ value: any }} */ (await response.json());
  if (!response.ok) {
    try { process.kill(-(driver.pid ?? 0), 'SIGTERM'); } catch { /* already gone */ }
    throw new Error(`WebKit session refused: ${value?.message}`);
  }
  const session = new WebKitSession(base, value.sessionId, driver);
  await session.command('POST', '/window/rect', { width, height });
  return session;
}

