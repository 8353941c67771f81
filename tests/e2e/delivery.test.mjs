// The delivery-window calculator, as a visitor uses it: deep links, the keyboard, bad input,
// the embedding page's company holidays, and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, axeViolations, describeViolations, downloaded, openPage, useSuite } from './harness.mjs';
import { addWidget, DeliveryTool, StandalonePage } from './widget-page.mjs';

const suite = useSuite();

test('a deep link opens the tool filled in, and the answer is a JST <time>', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery?level=24x7x4h&at=2026-05-03T02:00&sev=3');
  const tool = new DeliveryTool(app);
  await tool.arrival.waitFor();
  assert.equal(await tool.arrival.textContent(), '2026年5月7日(木) 13:00 までに到着');
  assert.equal(await tool.arrival.locator('time').getAttribute('datetime'), '2026-05-07T13:00:00+09:00');
  assert.equal(await tool.field('level-24x7x4h').isChecked(), true);
  assert.equal(await tool.field('sev-3').isChecked(), true);
  const steps = await app.root.getByTestId('delivery-steps').locator('li').allTextContents();
  assert.equal(steps.length, 3);
  assert.match(steps[1], /振替休日/);
  // The visitor's own zone (this browser runs on UTC) is shown beside JST.
  assert.match(await app.root.getByTestId('delivery-visitor-zone').textContent(), /UTC\+00:00.*04:00/);
});

test('no arrival where the guide gives none: before the service start, a late re-contract, the preparation period', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  const cases = [
    ['level=8x5x4h&at=2026-11-09T10:00&start=2026-11-10', /^No arrival yet: replacement parts can be asked for from Tue 10 Nov 2026, and are delivered from that day\.$/],
    ['level=8x5xNBD&at=2026-11-20T10:00&start=2026-11-10&prev_end=2026-08-01', /delivered from Thu 10 Dec 2026\.$/],
    ['level=24x7x4h&at=2026-11-20T10:00&sev=2&order=2026-11-01&start=2026-11-10', /^Best effort: .*The service level applies from Wed 2 Dec 2026\.$/],
    ['level=24x7x4h&at=2026-12-07T10:00&sev=2&end=2026-12-04', /^The contract ended on Fri 4 Dec 2026/],
  ];
  for (const [link, headline] of cases) {
    await app.open(suite.harness.origin, `#/delivery?${link}`);
    await app.langButton('en').click();
    const tool = new DeliveryTool(app);
    await tool.arrival.filter({ hasText: headline }).waitFor();
    assert.equal(await tool.arrival.getAttribute('data-promise'), 'none', link);
    assert.equal(await tool.arrival.locator('time').count(), 0, `${link}: no arrival time`);
    for (const part of ['delivery-ics', 'delivery-calendar', 'delivery-field-engineer', 'delivery-visitor-zone']) {
      assert.equal(await app.root.getByTestId(part).count(), 0, `${link}: no ${part}`);
    }
    assert.ok((await app.root.getByTestId('delivery-contract').textContent()).length > 0, link);
  }
});

test('dates and times as people type them: 令和, 年月日, eight digits, 1645, 16時45分, full-width', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery');
  const tool = new DeliveryTool(app);
  // The text keyboard, which has the separators (a phone's numeric pad has no "-", "/" or ":").
  assert.equal(await tool.field('date').getAttribute('inputmode'), null);
  assert.equal(await tool.field('time').getAttribute('inputmode'), null);
  for (const [date, time] of [['令和8年11月20日', '16時45分'], ['20261120', '1645'], ['２０２６年１１月２０日', '１６：４５'], ['2026/11/20', '16:45']]) {
    await tool.fill({ level: '8x5xNBD', date, time });
    await tool.arrival.getByText('2026年11月24日(火)', { exact: false }).waitFor();
    assert.equal(await tool.field('date').inputValue(), date, 'kept as typed');
    assert.equal(await tool.error('date').count(), 0, `${date} is read`);
  }
});

test('worked examples from the issue, typed by keyboard only; the URL follows', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery');
  await app.langButton('en').click();
  const tool = new DeliveryTool(app);

  // Keyboard: focus the first service level, arrow to 8x7xNCD (radio group), then type.
  await tool.field('level-8x5xnbd').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await tool.field('level-8x7xncd').isChecked(), true);
  await tool.field('date').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2026-01-31');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('16:59');
  await tool.arrival.getByText('Sun 1 Feb 2026').waitFor();
  await tool.field('time').fill('17:01');
  await tool.arrival.getByText('Mon 2 Feb 2026').waitFor();
  assert.equal(new URL(page.url()).hash, '#/delivery?level=8x7xNCD&at=2026-01-31T17%3A01&lang=en');

  await tool.fill({ level: '8x5xNBD', date: '2026-11-20', time: '10:00' });
  await tool.arrival.getByText('Tue 24 Nov 2026').waitFor();
  assert.match(await app.root.getByTestId('delivery-calendar').textContent(), /Labour Thanksgiving Day/);

  await tool.fill({ level: '24x7x4h', date: '2026-05-03', time: '02:00', severity: '1' });
  await tool.arrival.getByText('by Sun 3 May 2026, 06:00').waitFor();
});

test('bad input gets a message next to the field, in the UI language, and nothing typed is lost', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery?level=8x5x4h');
  const tool = new DeliveryTool(app);
  for (const [text, message] of [['2026/13/01', /YYYY-MM-DD/], ['2024年2月30日', /^2024年2月30日 は存在しない日付です。$/], ['1985-05-01', /1990–2099/], ['', /入力してください/]]) {
    await tool.field('date').fill(text);
    await tool.field('date').blur(); // errors show once the visitor leaves the field
    await tool.error('date').waitFor();
    assert.match(await tool.error('date').textContent(), message);
    assert.equal(await tool.field('date').inputValue(), text);
    assert.equal(await tool.field('date').getAttribute('aria-invalid'), 'true');
  }
  await app.langButton('en').click();
  await tool.error('date').getByText('Required.').waitFor();
  await tool.fill({ date: '2026-11-20', time: '25:61' });
  assert.equal(await tool.error('time').count(), 0, 'no error while the visitor is still in the field');
  await tool.field('time').blur();
  await tool.error('time').getByText('Enter a time as HH:MM (24-hour).').waitFor();
  await tool.field('time').fill('10:00');
  await tool.arrival.getByText('by Fri 20 Nov 2026, 14:00').waitFor();
  assert.equal(await tool.error('date').count(), 0);
});

test('a later delivery: booked, refused with the reason, or "ask the day before"', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery?level=8x5x4h&at=2026-11-19T10:00&want=2026-11-23T10:00');
  await app.langButton('en').click();
  const desired = app.root.getByTestId('delivery-desired');
  await desired.waitFor();
  assert.equal(await desired.textContent(), 'Mon 23 Nov 2026 is not a business day (Labour Thanksgiving Day): choose a business day.');
  const tool = new DeliveryTool(app);
  await tool.field('want-date').fill('2026-11-20');
  await desired.getByText('Delivery can be booked for Fri 20 Nov 2026, 10:00.').waitFor();
  await tool.field('level-8x5xnbd').check();
  await desired.getByText(/Ask TAC on Thu 19 Nov 2026/).waitFor();
});

test('an embedded calculator takes the host page\'s company holidays and says so', async () => {
  const page = suite.page = await openPage(suite.harness);
  await page.goto(`${suite.harness.origin}/test-pages/clean.html`);
  const widget = await addWidget(page, {
    id: 'holidays', 'data-support-widget': 'delivery', 'data-lang': 'en', 'data-company-holidays': '2026-12-29..2027-01-03',
  });
  const tool = new DeliveryTool(widget);
  await tool.fill({ level: '8x5x4h', date: '2026-12-28', time: '17:30' });
  await tool.arrival.getByText('by Mon 4 Jan 2027, 13:00').waitFor();
  assert.match(await widget.root.getByTestId('company-holidays-note').textContent(), /Tue 29 Dec 2026 – Sun 3 Jan 2027/);
  assert.equal(new URL(page.url()).hash, '', 'an embedded widget never touches the host page URL');
  // The host page changes its company holidays: the widget picks them up.
  await page.evaluate(() => { document.querySelector('#holidays').dataset.companyHolidays = '2027-01-04'; });
  await widget.root.getByTestId('company-holidays-note').getByText(/Mon 4 Jan 2027$/).waitFor();
});

test('axe-core finds no violations in the calculator: answer, errors and open sections', async () => {
  const page = suite.page = await openPage(suite.harness);
  const app = new StandalonePage(page);
  for (const lang of ['ja', 'en']) {
    await app.open(suite.harness.origin, '#/delivery?level=24x7x2h&at=2026-11-21T03:00&sev=2&want=2026-11-22T04:00&order=2026-11-01&start=2026-11-10&heavy=1');
    await app.langButton(lang).click();
    await app.root.getByTestId('delivery-arrival').waitFor();
    await app.root.locator('.sw-readings summary').click();
    let violations = await axeViolations(page);
    assert.deepEqual(violations, [], `answer in ${lang}:\n${describeViolations(violations)}`);
    const tool = new DeliveryTool(app);
    await tool.field('date').fill('nope');
    await tool.field('company-holidays').fill('2026-13-01');
    await tool.error('date').waitFor();
    violations = await axeViolations(page);
    assert.deepEqual(violations, [], `errors in ${lang}:\n${describeViolations(violations)}`);
  }
});

test('the answer as a calendar file (.ics), made in the browser, and a printout of the result only', async () => {
  const page = suite.page = await openPage(suite.harness, { viewport: { width: 1100, height: 2000 } });
  const app = new StandalonePage(page);
  await app.open(suite.harness.origin, '#/delivery?level=8x5xNBD&at=2026-11-20T08:00&lang=en');
  const tool = new DeliveryTool(app);
  await tool.arrival.waitFor();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const file = await downloaded(page, () => tool.get('delivery-ics').click());
  assert.equal(file.name, 'support-delivery.ics');
  const ics = file.text;
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') && ics.endsWith('END:VCALENDAR\r\n'), ics);
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 3, 'arrival, field engineer, return deadline');
  assert.match(ics, /DTSTART:20261124T000000Z\r\nDTEND:20261124T080000Z/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261129\r\n/);
  assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75));
  assert.ok(requests.every((url) => url.startsWith('blob:') || url.startsWith(suite.harness.origin)), 'made in the browser');

  // Print media is emulated in Chromium only (Playwright cannot over Firefox's BiDi).
  if (ENGINE !== 'chromium') return;
  await page.emulateMedia({ media: 'print' });
  const shown = async (locator) => locator.evaluate((element) => getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0);
  assert.equal(await shown(tool.arrival), true, 'the answer prints');
  assert.equal(await shown(tool.field('date')), false, 'the form does not');
  assert.equal(await shown(tool.get('delivery-ics')), false, 'nor the buttons');
  assert.equal(await shown(app.root.locator('nav')), false, 'nor the navigation');
});
