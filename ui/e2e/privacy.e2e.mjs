// The privacy officer's page: the access log of their organisation's reads, filtered by case and day, and the
// erasure of a person through its confirmation step; the inspector's view of their region's log. The ledger may hold
// other tests' cases and reads: every check looks for this test's own case.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  apiAs, checkAccessibility, get, launch, newContext, reportAHousehold, screenshot, SCREENSHOTS, signInThroughThePage, today,
} from './support.mjs';

let browser;
let caseWorker;
let seeded;
before(async () => {
  browser = await launch();
  caseWorker = await apiAs('casemanager');
  seeded = await reportAHousehold(caseWorker, { reason: 'zorgen van de mentor' });
  // a read of the family plan by the case worker of veilig-thuis-zhz: the privacy officer's organisation
  await get(caseWorker, `/api/family-plans/${seeded.caseId}`);
});
after(async () => {
  await caseWorker?.dispose();
  await browser?.close();
});

test('the privacy officer finds the case worker\'s read in the access log and filters it by case and day', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'fg');
  await page.waitForURL('**/privacy');
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Toegangslog' }).waitFor();
  await page.getByText(/inzagen? gevonden\.|Er zijn nog geen inzagen/).waitFor();
  const filter = page.getByRole('form', { name: 'Toegangslog filteren' });

  await filter.getByLabel('Casus-id').fill(seeded.caseId);
  await filter.getByLabel('Van').fill(today());
  await filter.getByLabel('Tot en met').fill(today());
  await filter.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL((url) => url.searchParams.get('casus') === seeded.caseId);
  const table = page.getByRole('table');
  await table.locator('caption').getByText(`casus ${seeded.caseId}`).waitFor();
  await page.getByText('1 inzage gevonden.').waitFor();
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), 1, 'one read of this case');
  const row = (await rows.first().innerText()).replace(/\s+/g, ' ');
  assert.match(row, /casemanager/);
  assert.match(row, /veilig-thuis-zhz/);
  assert.match(row, /gezinsplan/);
  assert.match(row, /geen reden opgegeven/);
  assert.match(row, /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/);
  await checkAccessibility(page, 'the access log, filtered');
  await screenshot(page, 'privacy-toegangslog');

  // a day before the read finds nothing, and says so
  await filter.getByLabel('Van').fill('2020-01-01');
  await filter.getByLabel('Tot en met').fill('2020-01-31');
  await filter.getByRole('button', { name: 'Filteren' }).click();
  await page.getByText('Geen inzagen gevonden met deze filters.').waitFor();
  assert.equal(await page.getByRole('table').count(), 0);

  // a case id that is no id is told at its field, before the API is asked
  await filter.getByLabel('Casus-id').fill('12345');
  await filter.getByRole('button', { name: 'Filteren' }).click();
  await page.getByText(/Een casus-id bestaat uit 36 tekens/).waitFor();
  assert.equal(await filter.getByLabel('Casus-id').getAttribute('aria-invalid'), 'true');
  await checkAccessibility(page, 'the access log filter with an error');
  await context.close();
});

test('the privacy officer erases a person after the confirmation step, and the family plan shows them erased', async () => {
  const child = seeded.persons.find((person) => person.role === 'CHILD');
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'fg');
  await page.waitForURL('**/privacy');
  await page.getByRole('heading', { level: 2, name: 'Persoonsgegevens van een persoon wissen' }).waitFor();

  // the reason is required
  const form = page.locator('form', { has: page.getByRole('heading', { name: /Stap 1 van 2/ }) });
  await form.getByLabel('Casus-id').fill(seeded.caseId);
  await form.getByLabel('Persoons-id').fill(child.personId);
  await page.getByRole('button', { name: 'Verder naar bevestigen' }).click();
  await page.getByText(/^Geef de reden van het wissen/).waitFor();
  await form.getByLabel('Reden').fill('verzoek van de betrokkene (AVG art. 17)');
  await page.getByRole('button', { name: 'Verder naar bevestigen' }).click();

  const confirmation = page.getByRole('heading', { level: 3, name: /Stap 2 van 2/ });
  await confirmation.waitFor();
  assert.equal(await confirmation.evaluate((heading) => heading === document.activeElement), true, 'focus on the step');
  for (const words of ['naam', 'BSN', 'geboortedatum', 'adres', /voor altijd onleesbaar/, /crypto-shredding/, /alle gebeurtenissen van de casus/]) {
    await page.locator('.hgk-erasure__confirm').getByText(words, { exact: typeof words === 'string' }).first().waitFor();
  }
  await checkAccessibility(page, 'the erasure confirmation');
  // the erasure part only: above it the organisation's whole access log, which says nothing about this step
  await page.locator('section.hgk-erasure').screenshot({ path: join(SCREENSHOTS, 'privacy-wissen-bevestigen.png') });

  // nothing is erased before the deliberate button
  const before = await get(caseWorker, `/api/family-plans/${seeded.caseId}`);
  assert.ok(before.members.find((member) => member.personId === child.personId).personalData.fullName);

  await page.getByRole('button', { name: 'Gegevens definitief wissen' }).click();
  await page.getByRole('heading', { level: 3, name: 'Gegevens gewist' }).waitFor();
  await page.getByText(new RegExp(`De persoonsgegevens van persoon ${child.personId} in casus ${seeded.caseId} zijn gewist`)).waitFor();
  await checkAccessibility(page, 'the erasure done');

  const plan = await get(caseWorker, `/api/family-plans/${seeded.caseId}?minVersion=${seeded.version + 1}`);
  const erased = plan.members.find((member) => member.personId === child.personId);
  assert.equal(erased.personalData.erased, true);
  assert.equal(erased.personalData.fullName, undefined);
  assert.equal(erased.personalData.birthDate, undefined);
  const others = plan.members.filter((member) => member.personId !== child.personId);
  assert.ok(others.every((member) => member.personalData.fullName), 'the others keep their data');

  // the same person again is refused, in Dutch
  await page.getByRole('button', { name: 'Nog een persoon wissen' }).click();
  await form.getByLabel('Casus-id').fill(seeded.caseId);
  await form.getByLabel('Persoons-id').fill(child.personId);
  await form.getByLabel('Reden').fill('nogmaals');
  await page.getByRole('button', { name: 'Verder naar bevestigen' }).click();
  await page.getByRole('button', { name: 'Gegevens definitief wissen' }).click();
  await page.getByText('De gegevens van deze persoon zijn al gewist. Er is niets meer te wissen.').waitFor();

  // an id the case holds no data of
  await page.getByRole('button', { name: 'Terug naar stap 1' }).click();
  await form.getByLabel('Persoons-id').fill('00000000-0000-4000-8000-000000000000');
  await page.getByRole('button', { name: 'Verder naar bevestigen' }).click();
  await page.getByRole('button', { name: 'Gegevens definitief wissen' }).click();
  await page.getByText(/^Deze casus heeft geen persoonsgegevens van dit persoons-id/).waitFor();
  await checkAccessibility(page, 'the erasure refused');
  await context.close();
});

test('an inspector sees the reads of the region\'s cases, without the erasure', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'inspecteur');
  await page.goto(`/privacy?casus=${seeded.caseId}`);
  await page.getByRole('heading', { level: 2, name: 'Toegangslog' }).waitFor();
  await page.getByRole('table').locator('caption').getByText(/Inzagen in casussen van regio VT24/).waitFor();
  const text = (await page.getByRole('table').locator('tbody').innerText()).replace(/\s+/g, ' ');
  assert.match(text, /casemanager/);
  assert.equal(await page.getByRole('heading', { name: 'Persoonsgegevens van een persoon wissen' }).count(), 0);
  await checkAccessibility(page, 'the access log for an inspector');
  await context.close();
});

test('the access log reads at tablet width and at 200% zoom', async () => {
  for (const [what, options] of [
    ['a tablet', { viewport: { width: 768, height: 1024 } }],
    ['200% zoom', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
  ]) {
    const context = await newContext(browser, options);
    const page = await signInThroughThePage(context, 'fg');
    await page.goto(`/privacy?casus=${seeded.caseId}`);
    await page.getByRole('table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no sideways scrolling of the page on ${what} (${overflow}px)`);
    await context.close();
  }
});
