// Het dossier: a case from report to closure through the interface, each step by the party whose step it is (Veilig
// Thuis, the mayor, the coordinator), each offered only its own steps; a live update seen in a second session, a stale
// edit shown and redone, a complaint at its field and a refusal in Dutch; the code determined on an investigation's
// findings, the family as coordinator and care avoidance; axe on every screen, and the screenshots dossier,
// dossier-stap-vastleggen, dossier-verouderd, dossier-tijdlijn, dossier-code-nog-te-bepalen, dossier-zorgmijding and
// dossier-zorgmijding-actieplan.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  SCREENSHOTS, apiAs, checkAccessibility, chooseStep, day, householdConsents, launch, newContext, openCaseFile, post,
  reportAHousehold,
  screenshot,
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

/** a report about a household no other test (or earlier run) reported: a case of its own, fresh */
async function reportANewHousehold() {
  const houseNumber = String(10000 + Math.floor(Math.random() * 89999));
  const report = await reportAHousehold(casemanager, { household: { houseNumber } });
  assert.ok(['CASE_OPENED', 'REPEAT_REPORT'].includes(report.outcome), `a new case, not ${report.outcome}`);
  return report;
}

/** the steps "Stap vastleggen" offers, by their labels */
async function offeredSteps(page) {
  const chooser = page.getByLabel('Welke stap legt u vast?', { exact: true });
  await chooser.waitFor();
  const options = await chooser.locator('option').allTextContents();
  return options.filter((label) => label !== 'Kies een stap');
}

async function stepOffered(page, label) {
  return (await offeredSteps(page)).includes(label);
}

async function record(page, confirmation) {
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const told = page.getByText(`Vastgelegd: ${confirmation}`);
  await told.waitFor();
  // focus moves to the confirmation, so a screen reader reads it and a keyboard user continues from there
  assert.ok(await page.evaluate(() => document.activeElement?.textContent?.includes('Vastgelegd:')), 'focus on the confirmation');
}

test('a case from report to closure through the interface, each step by the party whose step it is', async () => {
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

  // the huisverbod is the mayor's: Veilig Thuis is not offered it
  assert.equal(await stepOffered(page, 'Huisverbod vastleggen'), false, 'a huisverbod is not Veilig Thuis\'s step');

  await chooseStep(page, 'Onderzoek afronden');
  await page.getByLabel('Conclusie', { exact: true }).selectOption({ label: 'onveiligheid vastgesteld' });
  await page.getByLabel(/^Veiligheidscode op de bevindingen/).selectOption({ label: 'oranje' });
  await record(page, 'De conclusie van het onderzoek is vastgelegd.');

  await chooseStep(page, 'Regisseur aanwijzen');
  await page.getByLabel('Gebruikersnaam van de regisseur', { exact: true }).fill('regisseur');
  await page.getByLabel('Organisatie van de regisseur', { exact: true }).fill('sociaal-team-dordrecht');
  await record(page, 'De regisseur is aangewezen.');
  await workerContext.close();

  // the mayor of Dordrecht: a refusal in Dutch, also at its field (a huisverbod is recorded within 3 days of being
  // imposed), and the mayor is offered nothing but the huisverbod
  const mayorContext = await newContext(browser);
  const mayor = await openCaseFile(mayorContext, 'burgemeester', report.caseId);
  assert.deepEqual(await offeredSteps(mayor), ['Huisverbod vastleggen'], 'the mayor\'s steps');
  await chooseStep(mayor, 'Huisverbod vastleggen');
  await mayor.getByLabel('Opgelegd op', { exact: true }).fill(day(-5));
  await mayor.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await mayor.getByRole('alert').filter({ hasText: 'Het huisverbod is meer dan 3 dagen geleden opgelegd.' }).first().waitFor();
  assert.equal(await mayor.getByLabel('Opgelegd op', { exact: true }).getAttribute('aria-invalid'), 'true');
  await checkAccessibility(mayor, 'a refused step');
  await mayor.getByRole('button', { name: 'Annuleren' }).click();
  await mayorContext.close();

  // the coordinator: an escalation's complaint at its field, the plan, closure
  const coordinatorContext = await newContext(browser, { viewport: { width: 768, height: 1024 } });
  const coordinator = await openCaseFile(coordinatorContext, 'regisseur', report.caseId);
  assert.equal(await stepOffered(coordinator, 'Veiligheidscode wijzigen'), false, 'the code is Veilig Thuis\'s step');

  // a complaint at its field: an escalation (the coordinator's step) needs a reason, checked before anything is sent
  await chooseStep(coordinator, 'Opschalen');
  await coordinator.getByLabel('Naar stap', { exact: true }).selectOption({ label: 'stap 1: advies' });
  await coordinator.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const reason = coordinator.getByRole('textbox', { name: /^Reden$/ });
  await coordinator.getByText('Vul dit veld in.').waitFor();
  assert.equal(await reason.getAttribute('aria-invalid'), 'true');
  assert.ok(await reason.evaluate((element) => element === document.activeElement), 'focus on the field with the complaint');
  await checkAccessibility(coordinator, 'a step with a complaint at its field');
  await coordinator.getByRole('button', { name: 'Annuleren' }).click();

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
  // consent as the law asks: the form says per person whose answer is needed, and adds the rows missing
  await coordinator.locator('.hgk-consent-needs').getByText('ontbreekt').first().waitFor();
  await coordinator.getByRole('button', { name: 'Ontbrekende instemming toevoegen' }).click();
  const answers = await coordinator.getByLabel(/^Instemming \d+: ondertekend$/).count();
  assert.ok(answers >= 3, `the parents' own answers and a representative's for the child, not ${answers}`);
  for (let row = 1; row <= answers; row += 1) {
    const by = coordinator.getByLabel(`Instemming ${row}: besluit genomen door`, { exact: true });
    if (await by.inputValue() === '') await by.selectOption(victim.personId);
    await coordinator.getByLabel(`Instemming ${row}: ondertekend`, { exact: true }).selectOption(row === 1 ? 'false' : 'true');
  }
  await coordinator.getByLabel('Instemming 1: mening van de cliënt', { exact: true })
    .fill('stemt in, wil het plan thuis nog eens lezen voor ze tekent');
  assert.equal(await coordinator.locator('.hgk-consent-needs').getByText('ontbreekt').count(), 0);
  await checkAccessibility(coordinator, 'the family plan form on a tablet');
  await coordinator.locator('.hgk-consent-needs').scrollIntoViewIfNeeded();
  await screenshot(coordinator, 'dossier-gezinsplan');
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

  // the code is Veilig Thuis's step: two sessions of its demo user stand for two colleagues
  const firstContext = await newContext(browser);
  const first = await openCaseFile(firstContext, 'casemanager', report.caseId);
  // the code is Veilig Thuis's step: the second is a colleague there (the demo has one such user, in a session of its own)
  const secondContext = await newContext(browser);
  const second = await openCaseFile(secondContext, 'casemanager', report.caseId);
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

test('the code follows the investigation, the mayor imposes the huisverbod, the family coordinates and care avoidance goes to the Meldpunt', async () => {
  const report = await reportANewHousehold();
  const victim = report.persons.find((person) => person.role === 'VICTIM');
  let version = report.version;
  version = (await post(casemanager, `/api/cases/${report.caseId}/code`, { code: 'ORANGE', expectedVersion: version })).version;
  version = (await post(casemanager, `/api/cases/${report.caseId}/triage`,
    { outcome: 'VEILIG_THUIS_INVESTIGATION', expectedVersion: version })).version;
  await post(casemanager, `/api/cases/${report.caseId}/investigation/start`, { expectedVersion: version });

  // Veilig Thuis concludes without a code: the code of triage is only a first assessment until one follows
  const workerContext = await newContext(browser);
  const worker = await openCaseFile(workerContext, 'casemanager', report.caseId);
  await chooseStep(worker, 'Onderzoek afronden');
  await worker.getByLabel('Conclusie', { exact: true }).selectOption({ label: 'onveiligheid niet vast te stellen' });
  await worker.getByLabel(/^Veiligheidscode op de bevindingen/).selectOption({ label: 'Nog te bepalen' });
  await record(worker, 'De conclusie van het onderzoek is vastgelegd.');
  const summary = worker.locator('section[aria-labelledby="stand"]');
  await summary.getByText('code nog te bepalen', { exact: true }).waitFor();
  assert.equal(await worker.getByRole('option', { name: 'Regisseur aanwijzen' }).count(), 0, 'no coordinator before the code');
  await checkAccessibility(worker, 'a case whose code is to be determined');
  await summary.screenshot({ path: join(SCREENSHOTS, 'dossier-code-nog-te-bepalen.png') });
  await chooseStep(worker, 'Veiligheidscode vaststellen op de bevindingen van het onderzoek');
  await worker.getByLabel('Veiligheidscode', { exact: true }).selectOption({ label: 'oranje' });
  await record(worker, 'De veiligheidscode is vastgelegd.');
  await summary.getByText('code nog te bepalen', { exact: true }).waitFor({ state: 'detached' });
  await workerContext.close();

  // the mayor of the household's municipality imposes the huisverbod; a date too long ago is refused at its field
  const mayorContext = await newContext(browser);
  const mayor = await openCaseFile(mayorContext, 'burgemeester', report.caseId);
  await chooseStep(mayor, 'Huisverbod vastleggen');
  await mayor.getByLabel('Opgelegd op', { exact: true }).fill(day(-5));
  await mayor.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await mayor.getByRole('alert').filter({ hasText: 'Het huisverbod is meer dan 3 dagen geleden opgelegd.' }).first().waitFor();
  assert.equal(await mayor.getByLabel('Opgelegd op', { exact: true }).getAttribute('aria-invalid'), 'true');
  await checkAccessibility(mayor, 'a refused step');
  await mayor.getByLabel('Opgelegd op', { exact: true }).fill(day(0));
  await record(mayor, 'Het huisverbod is vastgelegd. Het loopt 10 dagen.');
  await mayorContext.close();

  // the family coordinates, supported by the local team, which records a client's care avoidance
  const coordinatorContext = await newContext(browser);
  const coordinator = await openCaseFile(coordinatorContext, 'regisseur', report.caseId);
  await chooseStep(coordinator, 'Regisseur aanwijzen');
  await coordinator.getByLabel('Gebruikersnaam van de regisseur', { exact: true }).fill('regisseur');
  await coordinator.getByLabel('Organisatie van de regisseur', { exact: true }).fill('sociaal-team-dordrecht');
  await coordinator.getByLabel(/^Het gezin heeft de regie/).selectOption(victim.personId);
  await record(coordinator, 'De regisseur is aangewezen.');
  await coordinator.locator('section[aria-labelledby="stand"]')
    .getByText(/Het gezin heeft de regie: A\. Voorbeeld \(slachtoffer\), ondersteund door regisseur \(sociaal-team-dordrecht\)/)
    .waitFor();

  await chooseStep(coordinator, 'Zorgmijding vastleggen (melding bij het Meldpunt)');
  await coordinator.getByText(/eerst advies aan Veilig Thuis/).waitFor();
  await coordinator.getByLabel('Cliënt die zorg mijdt', { exact: true }).selectOption({ label: 'B. Voorbeeld (pleger)' });
  await coordinator.getByLabel('Zorgelijke situatie', { exact: true }).fill('weigert elk contact met de hulpverlening');
  await coordinator.getByLabel('Risico’s, en voor wie', { exact: true }).fill('escalatie thuis; de kinderen zijn niet veilig');
  await coordinator.getByLabel(/^Mening van de cliënt/).fill('vindt dat er niets aan de hand is');
  await checkAccessibility(coordinator, 'the care avoidance form');
  await screenshot(coordinator, 'dossier-zorgmijding');
  await record(coordinator, 'De zorgmijding is vastgelegd en gemeld bij het Meldpunt Zorg en Overlast. Het Meldpunt stelt een actieplan op.');
  const avoidance = coordinator.locator('section[aria-labelledby="zorgmijding"]');
  await avoidance.getByText('weigert elk contact met de hulpverlening').waitFor();
  await avoidance.getByText('open: het Meldpunt stelt een actieplan op').waitFor();
  await coordinatorContext.close();

  // the Meldpunt draws up its action plan
  const meldpuntContext = await newContext(browser);
  const meldpunt = await openCaseFile(meldpuntContext, 'meldpunt', report.caseId);
  await chooseStep(meldpunt, 'Actieplan bij zorgmijding vastleggen (Meldpunt)');
  await meldpunt.getByLabel('Aanpak van het actieplan', { exact: true }).selectOption({ label: 'een nieuwe regisseur' });
  await record(meldpunt, 'Het actieplan van het Meldpunt is vastgelegd.');
  const answered = meldpunt.locator('section[aria-labelledby="zorgmijding"]');
  await answered.getByText(/^een nieuwe regisseur; opgesteld/).waitFor();
  await checkAccessibility(meldpunt, 'the care avoidance with its action plan');
  await answered.screenshot({ path: join(SCREENSHOTS, 'dossier-zorgmijding-actieplan.png') });
  await meldpuntContext.close();
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
        consents: householdConsents(report),
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
