// @ts-check
// Just enough of a browser for widget.js and frame.js to load in Node, so their pure parts can be
// unit-tested in seconds (the end-to-end tests run them in real browsers). Import this before them.
class FakeNode {}
class FakeElement extends FakeNode {
  /** @param {string} name */
  getAttribute(name) {
    return this.attributes.get(name) ?? null;
  }
  attributes = new Map();
  querySelectorAll() {
    return [];
  }
  matches() {
    return false;
  }
}
const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
globals.window = globalThis;
globals.Node = FakeNode;
globals.Element = FakeElement;
globals.HTMLElement = class extends FakeElement {};
globals.MutationObserver = class {
  observe() {}
};
globals.ResizeObserver = class {
  observe() {}
};
/** @type {Map<string, unknown>} */
const defined = new Map();
globals.customElements = {
  /** @param {string} name */
  get: (name) => defined.get(name),
  /** @param {string} name @param {unknown} constructor */
  define: (name, constructor) => defined.set(name, constructor),
};
const documentElement = new FakeElement();
globals.document = {
  readyState: 'complete',
  documentElement,
  addEventListener() {},
  querySelectorAll: () => [],
  createElement: () => new FakeElement(),
  getElementById: () => null,
};
/** What the scripts warned, for tests that expect a warning. */
export const warnings = /** @type {string[]} */ ([]);
console.warn = (...parts) => {
  warnings.push(parts.map(String).join(' '));
};
