// A host page's own TypeScript, as a partner would write it against widget.d.ts (web/widget-api.d.ts
// in the sources): `tsc --noEmit --strict` (scripts/test) compiles it, so the declarations stay
// usable, and the `@ts-expect-error` lines prove they refuse what the widgets refuse.
import type { DeliveryResult, MountOptions, ToolResults } from '../../web/widget-api';

const options: MountOptions = { tool: 'delivery', lang: 'en', params: { sev: '2' }, config: { theme: 'dark' } };
const host = document.createElement('div');
window.SupportWidgets.mount(host, options).then(() => window.SupportWidgets.setLang(host, 'ja'));

host.addEventListener('supportwidget:result', (event) => {
  const result = event.detail as DeliveryResult;
  const arrival: string | undefined = result.arrival?.at;
  console.log(arrival, result.promise === 'arrival');
});
document.addEventListener('supportwidget:crash', (event) => console.log(event.detail.length));

const element = document.createElement('support-widget');
element.setAttribute('tool', 'eos');
const periods: ToolResults['eos']['periods'] = [];
console.log(periods, window.SupportWidgets.stats().instances + 1, window.SupportWidgets.version);

// @ts-expect-error: mount takes an element, not a selector
window.SupportWidgets.mount('#widget');
// @ts-expect-error: the theme is one of auto, light, dark
const wrong: MountOptions = { config: { theme: 'blue' } };
console.log(wrong);

// The API may come after the page's own scripts: its ready event carries it.
document.addEventListener('supportwidgets:ready', (event) => console.log(event.detail.version));
// The events under their names without the colon carry the same details.
host.addEventListener('supportwidgetresult', (event) => console.log((event.detail as DeliveryResult).promise));
