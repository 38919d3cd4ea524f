// The inspector's inzage (/inzage): a case of the own region found by its id, the reason given once per case, the
// history as a timeline, the case as it stood at an earlier moment, the printable history in a tab of its own and a
// print of the page; a case of another region answered exactly as one that does not exist.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiAs, checkAccessibility, get, launch, newContext, post, reportAHousehold, screenshot, signInThroughThePage } from './support.mjs';

const UNKNOWN = 'Deze casus bestaat niet of valt buiten uw regio.';
let browser;
let caseId;
let reportedAt;

/** an instant as the date-and-time field shows it: Dutch time, to the second */
function wallTime(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

before(async () => {
  browser = await launch();
  const casemanager = await apiAs('casemanager');
  const report = await reportAHousehold(casemanager);
  caseId = report.caseId;
  // the code a few seconds after the report, so that a moment in between lies before it, to the second
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await post(casemanager, `/api/cases/${caseId}/code`, { code: 'ORANGE', expectedVersion: report.version });
  const history = await get(casemanager, `/api/cases/${caseId}/history`);
  reportedAt = history.entries[0].timestamp;
  await casemanager.dispose();
});
after(async () => { await browser?.close(); });

test('the inspector finds a case by its id, gives a reason once, reads the history, goes back in time and prints', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'inspecteur');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzage' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inzage' }).waitFor();
  await checkAccessibility(page, 'the inzage search');

  // a case id is asked for as the ledger gives them
  await page.getByLabel('Casusnummer').fill('dossier 12');
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await page.getByText('Vul het casusnummer in zoals het casusregister het geeft').waitFor();
  await page.getByLabel('Casusnummer').fill(caseId);
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await page.waitForURL(`**/inzage/${caseId}`);

  // the reason is required before anything of the case is read
  await page.getByRole('heading', { level: 2, name: 'Waarom leest u deze casus?' }).waitFor();
  await page.getByRole('button', { name: 'Historie inzien' }).click();
  await page.getByText('Geef de reden van uw inzage.').waitFor();
  assert.equal(await page.getByLabel('Reden van inzage').getAttribute('aria-invalid'), 'true');
  await checkAccessibility(page, 'the reason form with its complaint');
  await page.getByLabel('Reden van inzage').fill('toezicht op de triagetermijn');
  await page.getByRole('button', { name: 'Historie inzien' }).click();

  // the case now: the code, and the steps in plain Dutch with who and why
  await page.getByRole('heading', { level: 2, name: 'Stand van de casus nu' }).waitFor();
  const state = page.locator('.hgk-case-state');
  assert.match(await state.innerText(), /Veiligheidscode\s+oranje; procesregie bij Veilig Thuis/);
  assert.match(await state.innerText(), /Gemeente\s+Dordrecht \(GM0505\)/);
  const steps = page.locator('.hgk-timeline__step');
  assert.equal(await steps.count(), 3);
  assert.match(await steps.nth(0).innerText(), /Melding ontvangen van een professional \(onderwijs\)/);
  assert.match(await steps.nth(0).innerText(), /Door casemanager, medewerker bij veilig-thuis-zhz/);
  assert.match(await steps.nth(2).innerText(), /Veiligheidscode ORANJE toegekend/);
  assert.match(await page.locator('.hgk-inspection-head').innerText(), /Reden van uw inzage: .?toezicht op de triagetermijn/);
  await checkAccessibility(page, 'the history of a case');
  await screenshot(page, 'inzage');

  // the case as it stood right after the report: no code yet, the later step left out
  await page.getByLabel('Stand op (datum en tijd)').fill(wallTime(reportedAt));
  await page.getByRole('button', { name: 'Toon de stand op dit moment' }).click();
  await page.waitForURL((url) => url.searchParams.has('peilmoment'));
  await page.getByRole('heading', { level: 2, name: /^Stand van de casus op / }).waitFor();
  assert.match(await page.locator('.hgk-case-state').innerText(), /Veiligheidscode\s+nog niet toegekend/);
  await page.getByText('Na dit moment zijn nog 1 stap vastgelegd').waitFor();
  assert.equal(await page.locator('.hgk-timeline__step').count(), 2);
  await checkAccessibility(page, 'the case at an earlier moment');
  await screenshot(page, 'inzage-peilmoment');

  // the page itself prints the case only: no menu, no fields, no buttons
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
  assert.equal(await page.getByLabel('Stand op (datum en tijd)').isVisible(), false);
  assert.equal(await page.getByRole('heading', { name: /^Stand van de casus op / }).isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  // the printable history of the same moment, in a tab of its own, with the reason
  const link = page.getByRole('link', { name: 'Afdrukversie openen (nieuw tabblad)' });
  assert.equal(await link.getAttribute('target'), '_blank');
  const [printable] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await printable.waitForLoadState();
  await printable.getByRole('heading', { level: 1, name: 'Dossierhistorie' }).waitFor();
  assert.match(await printable.locator('body').innerText(), new RegExp(caseId));
  assert.match(printable.url(), /format=html/);
  assert.match(printable.url(), /reason=toezicht/);
  await screenshot(printable, 'inzage-afdruk');
  await printable.close();

  // back to now, and the reason is not asked again for this case while the page lives
  await page.getByRole('button', { name: 'Toon de stand van nu' }).click();
  await page.getByRole('heading', { level: 2, name: 'Stand van de casus nu' }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzage' }).click();
  await page.getByLabel('Casusnummer').fill(caseId);
  await page.getByRole('button', { name: 'Casus openen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Stand van de casus nu' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Waarom leest u deze casus?' }).count(), 0);

  // every read is on the access log with the reason, the printable one too
  const inspecteur = await apiAs('inspecteur');
  const log = await get(inspecteur, `/api/access-log?caseId=${caseId}`);
  const mine = log.entries.filter((entry) => entry.user === 'inspecteur');
  assert.ok(mine.some((entry) => entry.detail?.startsWith('html') && entry.reason === 'toezicht op de triagetermijn'), JSON.stringify(mine));
  assert.ok(mine.some((entry) => /asOf=/.test(entry.detail ?? '')), JSON.stringify(mine));
  await inspecteur.dispose();
  await context.close();
});

test('a case of another region and a made-up case get the same Dutch answer', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'inspecteur-hm');
  for (const id of [caseId, '00000000-0000-4000-8000-000000000000']) {
    await page.goto(`/inzage/${id}`);
    await page.getByLabel('Reden van inzage').fill('signaal uit de regio');
    await page.getByRole('button', { name: 'Historie inzien' }).click();
    await page.getByRole('alert').filter({ hasText: UNKNOWN }).waitFor();
    assert.equal(await page.locator('.hgk-timeline').count(), 0);
  }
  await checkAccessibility(page, 'a case that is not there');
  await context.close();
});
