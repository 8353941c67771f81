// Types for host pages of the support-guide widgets (widget.js), shipped as `widget.d.ts` beside it:
// a host's TypeScript that imports widget.js picks them up (or `/// <reference path="…/widget.d.ts" />`
// for a page that includes the script). It declares
// `window.SupportWidgets`, the `<support-widget>` element, the events the widgets dispatch, and each
// tool's result. The results are part of the embedding interface: fields are added, never renamed or
// removed. A field the tool cannot give yet is `undefined`.

/** A tool's public name: `data-support-widget`, `<support-widget tool>`, `#/<tool>`, the frame's path. */
export type ToolSlug = 'severity' | 'checklist' | 'delivery' | 'domain' | 'eos';

/** What a widget shows: one tool, or the standalone app with all five. */
export type WidgetKind = ToolSlug | 'app';

/** The UI languages. Another tag is read as the closest of these, or follows the page. */
export type Lang = 'ja' | 'en';

/** The partner's settings (`data-config`, `data-help-desk-*`, `data-theme`, `data-compact`). All text. */
export interface PartnerConfig {
  helpDesk?: {
    name?: string;
    phone?: string;
    email?: string;
    hours?: string;
    /** `"true"`: the partner's desk stands in for Cisco's contacts, which are then not shown. */
    replacesCisco?: string;
  };
  theme?: 'auto' | 'light' | 'dark';
  /** `"true"`: the compact layout. */
  compact?: string;
}

/** `SupportWidgets.mount(element, options)`: each field overrides the element's matching attribute. */
export interface MountOptions {
  /** A name the widgets do not know is shown as a message inside the element. */
  tool?: WidgetKind | (string & {});
  lang?: Lang | string;
  /** Company-designated holidays: `2026-12-29..2027-01-03,2027-08-13`. */
  companyHolidays?: string;
  /** The tool's starting values, named as in its deep link: `{ sev: '2', product: 'umbrella' }`. */
  params?: Record<string, string>;
  config?: PartnerConfig;
  /**
   * What this browser saved (the checklist) comes back only once the visitor acts in the widget.
   * The iframe page sets it, since any site can frame it; a host page has no need.
   */
  deferSavedState?: boolean;
}

export type Severity = 'S1' | 'S2' | 'S3' | 'S4';
export type Desk = 'japan' | 'global' | 'smart-account';

export interface SeverityResult {
  /** The severity in force: the visitor's choice, else the suggestion. */
  severity: Severity | undefined;
  suggested: Severity | undefined;
  desk: Desk;
  family: string | undefined;
  /** The matched example of the family, as in the deep link (`s1-2`). */
  example: string | undefined;
  phoneRequired: boolean;
  availability: 'around-the-clock' | 'in-business-hours' | 'on-request' | 'outside-hours' | undefined;
  /** When the desk next answers (ISO 8601 with `+09:00`), when it is not answering now. */
  nextOpening: string | undefined;
}

export interface ChecklistResult {
  desk: Desk;
  product: string;
  route:
    | 'japan-tac'
    | 'webex'
    | 'webex-calling'
    | 'webex-contact-center'
    | 'small-business'
    | 'global-tac'
    | 'licensing'
    | 'cssm-on-prem'
    | 'smart-account';
  request: 'service-request' | 'inquiry';
  severity: Severity | undefined;
  phoneRequired: boolean;
  /** Where the text may be e-mailed, when the guide gives an address. */
  email: string | undefined;
  ready: number;
  total: number;
  /** The ids of the required items not ready yet. */
  missing: string[];
}

export interface Arrival {
  /** `by`: at the latest at `at`; `day`: during the day `at`. */
  kind: 'by' | 'day';
  at: string;
}

export interface DeliveryResult {
  level: '8x5xNBD' | '8x5x4h' | '8x7xNCD' | '24x7x4h' | '24x7x2h' | undefined;
  arrangedAt: string | undefined;
  /** Only where the guide gives an arrival (`promise` is `arrival`). */
  arrival: Arrival | undefined;
  /** The later day where the Civil Code's counting would wait a day longer. */
  cautiousArrival: Arrival | undefined;
  clockStarts: string | undefined;
  returnBy: string | undefined;
  returnByIsEstimate: boolean;
  accepted: boolean;
  promise: 'arrival' | 'not-yet' | 'best-effort' | 'ended' | 'none';
  /** From when parts can be asked for and delivered, where no arrival is promised. */
  partsFrom: string | undefined;
  error: 'incomplete' | 'out-of-range' | 'severity-needed' | undefined;
}

export interface AccountDomainResult {
  emailDomain: string | undefined;
  accountDomain: string | undefined;
  verdict: 'default' | 'needs-approval' | 'not-by-prefix' | undefined;
  /** The rows (1–4) of the guide's Account Domain table the verdict comes from. */
  rows: number[];
  freeMail: boolean;
}

export interface EndOfSaleResult {
  endOfSale: string | undefined;
  endOfSwMaintenance: string | undefined;
  periods: { category: 'hardware' | 'os' | 'application'; until: string; status: 'open' | 'limited' | 'ended' | undefined }[];
  priceRises: string[];
}

/** Each tool's result, by its slug. */
export interface ToolResults {
  severity: SeverityResult;
  checklist: ChecklistResult;
  delivery: DeliveryResult;
  domain: AccountDomainResult;
  eos: EndOfSaleResult;
}

export type ToolResult = ToolResults[ToolSlug];

export interface WidgetStats {
  /** Widgets on the page (mounting, mounted, crashed or failed). */
  widgets: number;
  /** Live wasm instances (at most 8, plus one per module beyond that: widgets then share them). */
  instances: number;
  /** Live instances that host no widget now, kept for the next widget of their module. */
  idleInstances: number;
  /** Instances created since the script started, the crashed and dropped ones included. */
  instancesCreated: number;
  /** The modules that have live instances. */
  modules: string[];
  /** The live instances' wasm linear memory. */
  wasmMemoryBytes: number;
}

export interface SupportWidgetsApi {
  readonly version: string;
  /** Mounts (or mounts again) a widget in `element`; resolves when it is on screen. */
  mount(element: Element, options?: MountOptions): Promise<void>;
  unmount(element: Element): void;
  /** Changes the language, keeping what the visitor entered. Throws if nothing is mounted there. */
  setLang(element: Element, lang: Lang | string): void;
  /** Starts the tool afresh from these values, named as in its deep link. */
  prefill(element: Element, params: Record<string, string>): void;
  /** The latest result (as in the `supportwidget:result` event), `undefined` before the first. */
  result(element: Element): ToolResult | undefined;
  /** Mounts the widget again in a fresh instance (what the crash box's button does). */
  reload(element: Element): Promise<void>;
  stats(): WidgetStats;
  /** Test hook: the widget panics, as a bug in it would. `false` when nothing is mounted. */
  simulatePanic(element: Element): boolean;
}

/** The element form: `<support-widget tool="delivery" lang="en">`. */
export interface SupportWidgetElement extends HTMLElement {}

declare global {
  interface Window {
    SupportWidgets: SupportWidgetsApi;
  }
  interface HTMLElementTagNameMap {
    'support-widget': SupportWidgetElement;
  }
  interface HTMLElementEventMap {
    /** On the host element, whenever the tool's result changes. */
    'supportwidget:result': CustomEvent<ToolResult>;
    /** On the host element (bubbling) once the widget is on screen. */
    'supportwidget:mounted': CustomEvent<undefined>;
    /** On the host element (bubbling) when the widget crashed and shows its crash box: the panic's text. */
    'supportwidget:crash': CustomEvent<string>;
    /** The same events without the colon, for framework templates that cannot bind one. */
    supportwidgetresult: CustomEvent<ToolResult>;
    supportwidgetmounted: CustomEvent<undefined>;
    supportwidgetcrash: CustomEvent<string>;
  }
  /** The events that bubble, as a page listening on its document sees them. */
  interface DocumentEventMap {
    'supportwidget:mounted': CustomEvent<undefined>;
    'supportwidget:crash': CustomEvent<string>;
    supportwidgetmounted: CustomEvent<undefined>;
    supportwidgetcrash: CustomEvent<string>;
    /** Once `window.SupportWidgets` is there (module scripts run after the page's own): the API. */
    'supportwidgets:ready': CustomEvent<SupportWidgetsApi>;
  }
}

export declare const SupportWidgets: SupportWidgetsApi;
