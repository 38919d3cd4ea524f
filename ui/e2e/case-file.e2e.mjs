// Het dossier: a case from report to closure through the interface, a live update seen in a second session, a stale
// edit shown and redone, a complaint at its field and a refusal in Dutch; axe on every screen, and the screenshots
// dossier, dossier-stap-vastleggen, dossier-verouderd and dossier-tijdlijn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  SCREENSHOTS, apiAs, checkAccessibility, launch, newContext, post, reportAHousehold, screenshot, signInThroughThePage,
} from './support.mjs';

let browser;
let casemanager;
before(async () => {
  browser = await launch();
  casemanager = await apiAs('casemanager');
});
after(async () => {
  await casemanager?.dispose();
  await browser?.close();
});

/** a day relative to today in the Netherlands, as ISO text */
function day(offset) {
  const moment = new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(moment);
}

/** a report about a household no other test (or earlier run) reported: a case of its own, fresh */
async function reportANewHousehold() {
  const houseNumber = String(10000 + Math.floor(Math.random() * 89999));
  const report = await reportAHousehold(casemanager, { household: { houseNumber } });
  assert.ok(['CASE_OPENED', 'REPEAT_REPORT'].includes(report.outcome), `a new case, not ${report.outcome}`);
  return report;
}

async function openCaseFile(context, username, caseId) {
  const page = await signInThroughThePage(context, username);
  await page.goto(`/dossier/${caseId}`);
  await page.getByRole('heading', { level: 2, name: 'Stand van zaken' }).waitFor();
  return page;
}

/** chooses a step in "Stap vastleggen"; its form opens below the choice */
async function chooseStep(page, label) {
  await page.getByLabel('Welke stap legt u vast?', { exact: true }).selectOption({ label });
  await page.getByRole('heading', { level: 3, name: label }).waitFor();
}

async function record(page, confirmation) {
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const told = page.getByText(`Vastgelegd: ${confirmation}`);
  await told.waitFor();
  // focus moves to the confirmation, so a screen reader reads it and a keyboard user continues from there
  assert.ok(await page.evaluate(() => document.activeElement?.textContent?.includes('Vastgelegd:')), 'focus on the confirmation');
}

test('a case from report to closure through the interface, by a case worker and a coordinator', async () => {
  const report = await reportANewHousehold();
  const victim = report.persons.find((person) => person.role === 'VICTIM');
  assert.ok(victim);

  const workerContext = await newContext(browser);
  const page = await openCaseFile(workerContext, 'casemanager', report.caseId);
  await page.getByText('Nog geen veiligheidscode vastgesteld').waitFor();
  await page.getByText('Nog geen plan vastgesteld.').waitFor();
  await page.getByRole('cell', { name: 'slachtoffer' }).first().waitFor();
  await checkAccessibility(page, 'the case file of a new report');
  await screenshot(page, 'dossier');

  // the safety code: the form, then the code shown in words and colour
  await chooseStep(page, 'Veiligheidscode vaststellen');
  await page.getByLabel('Veiligheidscode', { exact: true }).selectOption({ label: 'oranje' });
  await page.getByLabel(/^Reden/).fill('veiligheid niet stabiel; kind aanwezig bij ruzies');
  await checkAccessibility(page, 'the form of a step');
  await screenshot(page, 'dossier-stap-vastleggen');
  await record(page, 'De veiligheidscode is vastgelegd.');
  await page.getByText('Code oranje', { exact: true }).waitFor();

  await chooseStep(page, 'Triage besluiten');
  await page.getByLabel('Uitkomst van de triage', { exact: true }).selectOption({ label: 'onderzoek door Veilig Thuis' });
  await record(page, 'Het triagebesluit is vastgelegd.');

  await chooseStep(page, 'Onderzoek starten');
  await record(page, 'De start van het onderzoek is vastgelegd.');
  await page.getByRole('rowheader', { name: 'onderzoek Veilig Thuis' }).waitFor();

  // a complaint at its field: an escalation needs a reason, checked before anything is sent
  await chooseStep(page, 'Opschalen');
  await page.getByLabel('Naar stap', { exact: true }).selectOption({ label: 'stap 1: advies' });
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const reason = page.getByRole('textbox', { name: /^Reden$/ });
  await page.getByText('Vul dit veld in.').waitFor();
  assert.equal(await reason.getAttribute('aria-invalid'), 'true');
  assert.ok(await reason.evaluate((element) => element === document.activeElement), 'focus on the field with the complaint');
  await checkAccessibility(page, 'a step with a complaint at its field');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // a refusal in Dutch, also at its field: a huisverbod is recorded within 3 days of being imposed
  await chooseStep(page, 'Huisverbod vastleggen');
  await page.getByLabel('Opgelegd op', { exact: true }).fill(day(-5));
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Het huisverbod is meer dan 3 dagen geleden opgelegd.' }).first().waitFor();
  assert.equal(await page.getByLabel('Opgelegd op', { exact: true }).getAttribute('aria-invalid'), 'true');
  await checkAccessibility(page, 'a refused step');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  await chooseStep(page, 'Onderzoek afronden');
  await page.getByLabel('Conclusie', { exact: true }).selectOption({ label: 'onveiligheid vastgesteld' });
  await record(page, 'De conclusie van het onderzoek is vastgelegd.');
  await workerContext.close();

  // the coordinator: appointed, the plan, closure
  const coordinatorContext = await newContext(browser, { viewport: { width: 768, height: 1024 } });
  const coordinator = await openCaseFile(coordinatorContext, 'regisseur', report.caseId);
  await chooseStep(coordinator, 'Regisseur aanwijzen');
  await coordinator.getByLabel('Gebruikersnaam van de regisseur', { exact: true }).fill('regisseur');
  await coordinator.getByLabel('Organisatie van de regisseur', { exact: true }).fill('sociaal-team-dordrecht');
  await record(coordinator, 'De regisseur is aangewezen.');

  await chooseStep(coordinator, 'Gezinsplan vaststellen');
  await coordinator.getByLabel('Doel 1: beschrijving', { exact: true }).fill('geen geweld thuis; het kind voelt zich veilig');
  await coordinator.getByRole('button', { name: 'Taak toevoegen' }).click();
  await coordinator.getByLabel('Taak 1: wat', { exact: true }).fill('plegerprogramma');
  await coordinator.getByLabel('Taak 1: uitvoerende organisatie', { exact: true }).fill('reclassering');
  await coordinator.getByLabel('Taak 1: uiterlijk op', { exact: true }).fill(day(42));
  await coordinator.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await coordinator.getByLabel('Afspraak 1', { exact: true }).fill('de moeder belt 112 bij elke dreiging');
  await coordinator.getByRole('button', { name: 'Evaluatiedatum toevoegen' }).click();
  await coordinator.getByLabel('Evaluatie 1', { exact: true }).fill(day(28));
  await coordinator.getByRole('button', { name: 'Instemming toevoegen' }).click();
  await coordinator.getByLabel('Instemming 1: persoon', { exact: true }).selectOption(victim.personId);
  await checkAccessibility(coordinator, 'the family plan form on a tablet');
  await record(coordinator, 'Het gezinsplan is vastgesteld.');
  await coordinator.getByRole('cell', { name: 'plegerprogramma' }).first().waitFor();
  await coordinator.getByRole('rowheader', { name: /taak uit het gezinsplan/ }).waitFor();

  await chooseStep(coordinator, 'Casus afsluiten');
  await coordinator.getByLabel('Reden van afsluiten', { exact: true }).selectOption({ label: 'zorg afgerond' });
  await coordinator.getByLabel(/^Reden \(niet verplicht\)/).fill('doelen bereikt, met het gezin geëvalueerd');
  await record(coordinator, 'De casus is afgesloten.');
  await coordinator.locator('section[aria-labelledby="stand"]').getByText(/afgesloten: zorg afgerond/).waitFor();
  await coordinator.getByText('Er lopen geen termijnen.').waitFor();

  const timeline = coordinator.locator('section[aria-labelledby="tijdlijn"]');
  await timeline.getByText(/Casus gesloten|afgesloten/i).first().waitFor();
  await timeline.getByText('Reden: doelen bereikt, met het gezin geëvalueerd').first().waitFor();
  await checkAccessibility(coordinator, 'the closed case file with its timeline');
  await timeline.scrollIntoViewIfNeeded();
  await timeline.screenshot({ path: join(SCREENSHOTS, 'dossier-tijdlijn.png') });
  await coordinatorContext.close();
});

test('a change by someone else shows in an open case file without reloading', async () => {
  const report = await reportANewHousehold();
  const watcherContext = await newContext(browser);
  const watcher = await openCaseFile(watcherContext, 'regisseur', report.caseId);
  await watcher.evaluate(() => { window.notReloaded = true; });
  await watcher.getByText('Deze pagina wordt bijgewerkt zodra iemand de casus wijzigt.').waitFor();

  const workerContext = await newContext(browser);
  const worker = await openCaseFile(workerContext, 'casemanager', report.caseId);
  await chooseStep(worker, 'Veiligheidscode vaststellen');
  await worker.getByLabel('Veiligheidscode', { exact: true }).selectOption({ label: 'rood' });
  await record(worker, 'De veiligheidscode is vastgelegd.');

  await watcher.getByText('Code rood', { exact: true }).waitFor({ timeout: 15000 });
  const notice = watcher.getByRole('status').filter({ hasText: 'De casus is bijgewerkt door casemanager' });
  await notice.waitFor();
  assert.equal(await watcher.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  await checkAccessibility(watcher, 'a case file told of a change');
  await workerContext.close();
  await watcherContext.close();
});

test('two people edit from the same version: the second sees the change and records again', async () => {
  const report = await reportANewHousehold();
  await post(casemanager, `/api/cases/${report.caseId}/code`, { code: 'ORANGE', expectedVersion: report.version });

  const firstContext = await newContext(browser);
  const first = await openCaseFile(firstContext, 'casemanager', report.caseId);
  const secondContext = await newContext(browser);
  const second = await openCaseFile(secondContext, 'regisseur', report.caseId);
  await first.getByText('Code oranje', { exact: true }).waitFor();
  await second.getByText('Code oranje', { exact: true }).waitFor();

  await chooseStep(second, 'Veiligheidscode wijzigen');
  await second.getByLabel('Veiligheidscode', { exact: true }).selectOption({ label: 'groen' });
  await second.getByLabel(/^Reden/).fill('de situatie is stabiel');

  await chooseStep(first, 'Veiligheidscode wijzigen');
  await first.getByLabel('Veiligheidscode', { exact: true }).selectOption({ label: 'rood' });
  await record(first, 'De veiligheidscode is vastgelegd.');

  // the second page updates live, but its form stays on the version it was opened at
  await second.getByText('Code rood', { exact: true }).waitFor({ timeout: 15000 });
  await second.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const stale = second.getByRole('heading', { name: 'De casus is gewijzigd terwijl u deze stap invulde' });
  await stale.waitFor();
  await second.locator('.hgk-stale').getByText(/Veiligheidscode ROOD toegekend/i).waitFor();
  await second.locator('.hgk-stale').getByText(/casemanager · veilig-thuis-zhz/).first().waitFor();
  assert.equal(await second.getByLabel('Veiligheidscode', { exact: true }).inputValue(), 'GREEN', 'the input is kept');
  assert.equal(await second.getByLabel(/^Reden/).inputValue(), 'de situatie is stabiel');
  await checkAccessibility(second, 'a stale edit');
  await screenshot(second, 'dossier-verouderd');

  await second.getByRole('button', { name: 'Opnieuw vastleggen op de huidige versie' }).click();
  await second.getByText('Vastgelegd: De veiligheidscode is vastgelegd.').waitFor();
  await second.getByText('Code groen', { exact: true }).waitFor();
  await first.getByText('Code groen', { exact: true }).waitFor({ timeout: 15000 });
  await firstContext.close();
  await secondContext.close();
});

/**
 * A plan whose task jeugdhulp-dordrecht owns, adopted by the coordinator through the API: the case of the notices. It
 * carries everyone's consent, so that it stands whatever the ledger asks of consent.
 */
async function planWithAProvidersTask(report) {
  const coordinator = await apiAs('regisseur');
  try {
    const appointed = await post(casemanager, `/api/cases/${report.caseId}/coordinator`,
      { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', expectedVersion: report.version });
    const taskId = crypto.randomUUID();
    await post(coordinator, `/api/cases/${report.caseId}/plan`, {
      expectedVersion: appointed.version,
      plan: {
        goals: [{ lifeDomain: 'PARENTING', description: 'rust in de opvoeding' }],
        tasks: [{ taskId, description: 'ambulante jeugdhulp', ownerOrganisation: 'jeugdhulp-dordrecht', dueDate: day(42), status: 'PLANNED' }],
        safetyAgreements: ['de moeder belt 112 bij elke dreiging'],
        evaluationDates: [day(28)],
        consents: report.persons.map((person) => ({ personId: person.personId, decision: 'GIVEN' })),
      },
    });
    return taskId;
  } finally {
    await coordinator.dispose();
  }
}

test('a care provider tells the coordinator about its task; the coordinator may not speak for it', async () => {
  const report = await reportANewHousehold();
  await planWithAProvidersTask(report);

  const providerContext = await newContext(browser);
  const provider = await openCaseFile(providerContext, 'hulpverlener', report.caseId);
  await chooseStep(provider, 'Start van de hulp doorgeven');
  await record(provider, 'De start van de hulp is doorgegeven aan de regisseur.');

  await chooseStep(provider, 'Herhaald niet verschijnen doorgeven');
  await provider.getByLabel('Aantal gemiste afspraken', { exact: true }).fill('3');
  await provider.getByLabel('zorgmijding', { exact: true }).check();
  await provider.getByLabel('praktische belemmeringen', { exact: true }).check();
  await checkAccessibility(provider, 'the notice of no-shows');
  await screenshot(provider, 'dossier-melding-uitvoerder');
  await record(provider, 'Het niet verschijnen is doorgegeven aan de regisseur. Het is een stagnatiesignaal voor de regisseur.');

  // the plan shows per task what its owner told, beside the plan's own status; the summary names the open signal
  const plan = provider.locator('section[aria-labelledby="plan"]');
  await plan.getByText(/Cliënt herhaald niet verschenen: 3 afspraken gemist; mogelijke oorzaken: zorgmijding, praktische belemmeringen/).waitFor();
  await plan.getByRole('cell', { name: 'hulp gestart' }).waitFor();
  await plan.getByRole('cell', { name: 'gepland' }).waitFor();
  await provider.locator('section[aria-labelledby="stand"]').getByText(/herhaald niet verschenen \(van jeugdhulp-dordrecht/).waitFor();
  await checkAccessibility(provider, 'the plan with the notices of its tasks');
  await plan.scrollIntoViewIfNeeded();
  await plan.screenshot({ path: join(SCREENSHOTS, 'dossier-meldingen-uitvoerders.png') });
  await providerContext.close();

  const coordinatorContext = await newContext(browser);
  const coordinator = await openCaseFile(coordinatorContext, 'regisseur', report.caseId);
  await chooseStep(coordinator, 'Afsluiting van de hulp doorgeven');
  await coordinator.getByLabel('Effect van de hulp', { exact: true }).selectOption({ label: 'doelen bereikt' });
  await coordinator.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await coordinator.getByRole('alert')
    .filter({ hasText: 'Alleen de organisatie die deze taak in het gezinsplan uitvoert, geeft hierover berichten door aan de regisseur.' })
    .first().waitFor();
  await checkAccessibility(coordinator, 'a notice refused to the coordinator');
  await coordinatorContext.close();
});
