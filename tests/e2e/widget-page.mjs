// Page objects: what a visitor sees and does, by data-testid. Playwright's CSS locators pierce open
// shadow roots, so these work for the standalone page and for embedded widgets alike.

export class Widget {
  /** @param root a locator for the host element, e.g. page.locator('[data-support-widget=delivery]') */
  constructor(page, root) {
    this.page = page;
    this.root = root;
    this.title = root.getByTestId('widget-title');
    this.card = root.locator('.sw-root');
  }

  langButton(lang) {
    return this.root.getByTestId(`lang-${lang}`);
  }

  /** Chooses `lang` with its button, as a visitor does, and waits until the widget shows it (a
   * one-language module downloads the other texts first). */
  async chooseLang(lang) {
    await this.langButton(lang).click();
    await this.root.locator(`.sw-root[lang="${lang}"]`).waitFor();
  }

  async lang() {
    return this.card.first().getAttribute('lang');
  }

  crashBox() {
    return this.root.getByTestId('crash');
  }

  reloadButton() {
    return this.crashBox().getByRole('button');
  }

  toolPanel(slug) {
    return this.root.getByTestId(`tool-panel-${slug}`);
  }
}

/**
 * Adds a widget element to the page's <main>, as a CMS adding one after load would, and returns it:
 * `addWidget(page, { id: 'w3', 'data-support-widget': 'checklist', 'data-lang': 'en' })`. The loader
 * mounts it by itself.
 */
export async function addWidget(page, attributes) {
  await page.evaluate((attributes) => {
    const element = document.createElement('div');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    (document.querySelector('main') ?? document.body).append(element);
  }, attributes);
  return new Widget(page, page.locator(`#${attributes.id}`));
}

export class StandalonePage extends Widget {
  constructor(page) {
    super(page, page.locator('[data-support-widget=app]'));
  }

  async open(origin, hash = '') {
    await this.page.goto(`${origin}/${hash}`);
    await this.title.waitFor();
  }

  navLink(slug) {
    return this.root.getByTestId(`nav-${slug}`);
  }

  overview() {
    return this.root.getByTestId('overview');
  }

  notFound() {
    return this.root.getByTestId('not-found');
  }

  /** Describes the element that has keyboard focus, looking through shadow roots. */
  async focused() {
    return this.page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active) return null;
      if (active.hasAttribute('data-testid')) return active.getAttribute('data-testid');
      if (active.hasAttribute('data-page-heading')) return 'page-heading';
      return active.tagName.toLowerCase();
    });
  }
}

/**
 * One tool inside a widget (embedded, or the standalone page's panel): its elements by test id.
 * `field('date')` is the tool's own `sw-dl-date`; `error` and `warning` are the messages next to it.
 */
class ToolPage {
  constructor(widget, prefix) {
    this.page = widget.page;
    this.root = widget.root;
    this.prefix = prefix;
  }

  /** Any element by its whole test id. */
  get(testid) {
    return this.root.getByTestId(testid);
  }

  field(id) {
    return this.get(`${this.prefix}-${id}`);
  }

  error(id) {
    return this.field(`${id}-error`);
  }

  warning(id) {
    return this.field(`${id}-warning`);
  }
}

export class SeverityTool extends ToolPage {
  constructor(widget) {
    super(widget, 'sw-sv');
    this.card = this.field('card');
  }

  /** Answers a question by clicking Yes or No. */
  async answer(question, yes) {
    await this.field(`q-${question}-${yes ? 'yes' : 'no'}`).check();
  }

  /** Opens a folded part, as a visitor taps its summary: `family`, `desks` or `card`. */
  async unfold(part) {
    const fold = this.field(`${part}-fold`);
    if (!(await fold.evaluate((details) => details.open))) await fold.locator('summary').first().click();
  }
}

export class ChecklistTool extends ToolPage {
  constructor(widget) {
    super(widget, 'sw-cl');
    this.text = this.field('text');
    this.progress = this.field('progress');
  }
}

export class DeliveryTool extends ToolPage {
  constructor(widget) {
    super(widget, 'sw-dl');
    this.arrival = this.get('delivery-arrival');
  }

  async fill({ level, date, time, severity }) {
    if (level) await this.field(`level-${level.toLowerCase()}`).check();
    if (date !== undefined) await this.field('date').fill(date);
    if (time !== undefined) await this.field('time').fill(time);
    if (severity) await this.field(`sev-${severity}`).check();
  }
}

export class DomainTool extends ToolPage {
  constructor(widget) {
    super(widget, 'sw-sa');
    this.verdict = this.field('verdict');
  }

  /** The rows of the guide's table the verdict comes from (`"3 4"`). */
  async row() {
    await this.verdict.waitFor();
    return this.verdict.getAttribute('data-row');
  }
}

export class EosTool extends ToolPage {
  constructor(widget) {
    super(widget, 'sw-eos');
    this.periods = this.get('eos-periods');
  }

  /** The last day of a category's period, as its `<time datetime>`. */
  until(category) {
    return this.get(`eos-row-${category}`).locator('time').getAttribute('datetime');
  }
}
