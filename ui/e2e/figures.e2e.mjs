// The analyst's figures (/cijfers): charts and tables per form of violence, municipality and half-year, the national
// norms as reference lines, suppressed cells marked and explained, the choice in the address, the CSV download; an
// analyst cannot reach the inspector's inzage. Cases are put in place as the casemanager, through the public API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiAs, checkAccessibility, launch, newContext, post, reportAHousehold, screenshot, signInThroughThePage, untilViewsCaughtUp,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
  const casemanager = await apiAs('casemanager');
  // six reports by a professional about Dordrecht: counts of 5 and more are shown
  const reports = [];
  for (let i = 0; i < 6; i += 1) {
    reports.push(await reportAHousehold(casemanager));
  }
  // five of them triaged the same day: their triage limits are met in time and count in the half-year they are due
  // (the end of the fifth working day), so that the share against the norm of 90% can be shown (5 or more limits)
  for (const { caseId, version } of reports.slice(0, 5)) {
    const coded = await post(casemanager, `/api/cases/${caseId}/code`, { code: 'ORANGE', expectedVersion: version });
    await post(casemanager, `/api/cases/${caseId}/triage`, { outcome: 'VEILIG_THUIS_INVESTIGATION', expectedVersion: coded.version });
  }
  // one by a citizen about elder abuse: a count from 1 to 4, shown as <5, and the counts it could be worked out from, x
  await reportAHousehold(casemanager, {
    reporter: { type: 'CITIZEN', sector: null, name: 'Een buur', contactDetails: 'buur@example.org' },
    formsOfViolence: ['ELDER_ABUSE'],
  });
  await casemanager.dispose();
  await untilViewsCaughtUp();
});
after(async () => { await browser?.close(); });

/** the current half-year in the Netherlands, as the API names periods */
function currentHalfYear() {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .format(new Date()).split('-').map(Number);
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

test('the analyst sees charts and tables of the own region, suppressed cells marked and explained', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'analist');
  await page.waitForURL(/\/cijfers/);
  await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
  // the own region and the current half-year by default
  await page.getByRole('heading', { level: 2, name: /Cijfers van de regio Zuid-Holland-Zuid/ }).waitFor();
  assert.equal(await page.getByLabel('Veilig Thuis-regio', { exact: true }).inputValue(), 'VT24');
  assert.equal(await page.getByLabel('Periode', { exact: true }).inputValue(), currentHalfYear());

  // each chart is an image with a spoken summary, captioned, with its numbers in a captioned table right below
  const charts = page.locator('figure.hgk-chart');
  assert.ok(await charts.count() >= 5, 'charts per form, municipality, half-year and norm');
  const byForm = charts.first();
  const image = byForm.locator('svg[role="img"]');
  assert.match(await image.getAttribute('aria-label'), /^Staafdiagram: Adviesvragen en meldingen per vorm van geweld.*Kindermishandeling: Adviesvragen/);
  await byForm.getByRole('table', { name: /Adviesvragen en meldingen per vorm van geweld.*de cijfers/ }).waitFor();
  // Dordrecht has the six reports by a professional; the other municipalities have none
  const municipalities = page.getByRole('table', { name: /per gemeente van de regio Zuid-Holland-Zuid/ });
  const dordrecht = municipalities.getByRole('row', { name: /^Dordrecht/ });
  assert.match(await dordrecht.innerText(), /\d/);
  assert.match(await municipalities.getByRole('row', { name: /^Sliedrecht/ }).innerText(), /0\s+0/);

  // the norms as reference lines with their name written on them
  await page.getByRole('heading', { level: 3, name: /Triage binnen 5 werkdagen/ }).waitFor();
  assert.ok(await page.locator('.recharts-reference-line').count() >= 2, 'a reference line per norm');
  await page.getByText('landelijke norm: 90%').first().waitFor();
  await page.getByText('landelijke norm: 80%').first().waitFor();
  // the triage limits met the same day: a share to set against the norm
  const triageShare = page.getByRole('table', { name: /Aandeel op tijd gehaald per halfjaar, triage/ });
  assert.match(await triageShare.innerText(), /\d+(,\d)?%/);

  // suppressed cells: marked, spoken, and explained in the note the page links to
  const small = page.locator('td .hgk-absent--small');
  assert.ok(await small.count() > 0, 'a count from 1 to 4 shown as <5');
  assert.match(await small.first().textContent(), /<5minder dan 5, afgeschermd/);
  await page.getByRole('link', { name: 'Lees waarom' }).click();
  await page.getByRole('heading', { level: 2, name: 'Afgeschermde cijfers' }).waitFor();
  await page.getByText('een aantal van 1 tot en met 4').waitFor();
  // the citizen's report: 1 report by a citizen, never shown as 1
  await page.getByText('Toon de cijfers: meldingen per melder').click();
  const reporters = page.getByRole('table', { name: /^Meldingen per melder/ });
  assert.match(await reporters.getByRole('row', { name: /melder: burger/ }).innerText(), /<5/);

  await checkAccessibility(page, 'the figures of the own region');
  // the pointer off the charts, so that no tooltip stands in the picture; from the top, as a reader arrives
  await page.mouse.move(1270, 5);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'cijfers');
  await context.close();
});

test('the choice is kept in the address, and the CSV download answers CSV with the suppressed cells', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'analist');
  await page.waitForURL(/\/cijfers/);
  await page.getByRole('heading', { level: 2, name: /Cijfers van de regio Zuid-Holland-Zuid/ }).waitFor();

  const year = currentHalfYear().substring(0, 4);
  await page.getByLabel('Gemeente (niet verplicht)', { exact: true }).selectOption({ label: 'Dordrecht' });
  await page.getByLabel('Periode', { exact: true }).selectOption(year);
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.waitForURL((url) => url.searchParams.get('gemeente') === 'GM0505' && url.searchParams.get('periode') === year);
  await page.getByRole('heading', { level: 2, name: `Cijfers van de gemeente Dordrecht, heel ${year}` }).waitFor();
  await checkAccessibility(page, 'the figures of a municipality');

  // the address alone gives the same choice (a bookmark, a colleague's link)
  await page.goto(`/cijfers?regio=VT10&periode=${year}-H1`);
  await page.getByRole('heading', { level: 2, name: `Cijfers van de regio Hollands-Midden, eerste halfjaar ${year} (januari tot en met juni)` }).waitFor();
  assert.equal(await page.getByLabel('Veilig Thuis-regio', { exact: true }).inputValue(), 'VT10');

  await page.goto(`/cijfers?regio=VT24&periode=${currentHalfYear()}&gemeente=GM0505`);
  const link = page.getByRole('link', { name: 'Download deze cijfers als CSV-bestand' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), `cijfers-GM0505-${currentHalfYear()}.csv`);
  const answer = await page.request.get(await link.getAttribute('href'));
  assert.equal(answer.status(), 200);
  assert.match(answer.headers()['content-type'], /^text\/csv/);
  const csv = await answer.text();
  assert.match(csv, /^section,figure,label,value,unit\r\n/);
  assert.match(csv, /scope,municipality,Municipality,GM0505 Dordrecht,/);
  assert.match(csv, /reports\.byReporterType\.CITIZEN,Reports by citizens,(<5|x|\d+),count/);
  assert.match(csv, /,(<5|x),count\r\n/, 'suppressed cells as the API gives them');
  await context.close();
});

test('an analyst cannot reach the inspector\'s inzage: sent to the figures', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'analist');
  await page.waitForURL(/\/cijfers/);
  await page.goto('/inzage');
  await page.waitForURL(/\/cijfers/);
  await page.goto('/inzage/00000000-0000-0000-0000-000000000000');
  await page.waitForURL(/\/cijfers/);
  const links = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
  assert.deepEqual(links, ['Cijfers']);
  await context.close();
});
