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
