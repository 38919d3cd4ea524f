// De procesregisseur: a case the coordinator raised to step 4 (over the API), where the Meldpunt's process director
// orders care and escalates to the Meldpunt's manager through the interface, and the coordinator, who may not resolve
// step 5, is refused in Dutch; axe on every screen, and the screenshot dossier-procesregisseur.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiAs, checkAccessibility, chooseStep, day, launch, newContext, openCaseFile, post, reportAHousehold, screenshot,
} from './support.mjs';

let browser;
let casemanager;
let regisseur;
let meldpunt;
before(async () => {
  browser = await launch();
  casemanager = await apiAs('casemanager');
  regisseur = await apiAs('regisseur');
  meldpunt = await apiAs('meldpunt');
});
after(async () => {
  await Promise.all([casemanager?.dispose(), regisseur?.dispose(), meldpunt?.dispose()]);
  await browser?.close();
});

/** a new household's case, coordinated by regisseur, raised to step 4, and the Meldpunt's process director appointed */
async function aCaseWithAProcessDirector() {
  const houseNumber = String(10000 + Math.floor(Math.random() * 89999));
  const report = await reportAHousehold(casemanager, { household: { houseNumber } });
  const path = `/api/cases/${report.caseId}`;
  let { version } = await post(casemanager, `${path}/coordinator`,
    { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', expectedVersion: report.version });
  ({ version } = await post(regisseur, `${path}/escalations`, {
    step: 'PROCESS_DIRECTOR', urgencyReason: 'de kinderen zijn niet veilig', reason: 'partijen leveren niet',
    expectedVersion: version,
  }));
  await post(meldpunt, `${path}/process-director`,
    { userId: 'procesregisseur', organisation: 'meldpunt-zorg-en-overlast-zhz', expectedVersion: version });
  return report.caseId;
}

async function record(page, confirmation) {
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await page.getByText(`Vastgelegd: ${confirmation}`).waitFor();
}

test('the process director orders care and escalates to the manager of the Meldpunt', async () => {
  const caseId = await aCaseWithAProcessDirector();
  const context = await newContext(browser);
  const page = await openCaseFile(context, 'procesregisseur', caseId);
  await page.getByText('procesregisseur (meldpunt-zorg-en-overlast-zhz)', { exact: true }).waitFor();

  await chooseStep(page, 'Zorg opdragen aan een partij (doorzettingsmacht)');
  await page.getByLabel('Partij die de zorg levert', { exact: true }).fill('jeugdhulp-dordrecht');
  await page.getByLabel('Vorm van zorg of dienst', { exact: true }).fill('ambulante gezinsbehandeling, twee keer per week');
  await page.getByLabel('Gevolgd tot en met', { exact: true }).fill(day(14));
  await record(page, 'De opdracht tot zorg is vastgelegd. De procesregisseur volgt haar tot de gekozen datum.');
  await page.getByRole('heading', { level: 3, name: 'Opgedragen zorg (doorzettingsmacht)' }).waitFor();
  await page.getByText(/ambulante gezinsbehandeling, twee keer per week; opgedragen .*; gevolgd tot en met/).waitFor();
  await page.getByRole('rowheader', { name: /opgedragen zorg volgen/ }).waitFor();

  // the bottleneck and the advice are required, checked at their fields before anything is sent
  await chooseStep(page, 'Opschalen naar de manager van het Meldpunt (stap 5)');
  await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  const bottleneck = page.getByRole('textbox', { name: /^Knelpunt/ });
  await page.getByText('Vul dit veld in.').first().waitFor();
  assert.equal(await bottleneck.getAttribute('aria-invalid'), 'true');
  await bottleneck.fill('geen aanbieder start de gezinsbehandeling');
  await page.getByRole('textbox', { name: /^Advies/ }).fill('de gemeente wijst een aanbieder aan');
  await record(page, 'De opschaling naar de manager van het Meldpunt is vastgelegd. De gemeente besluit en bevestigt binnen 24 uur.');
  await page.getByText(/stap 5: bestuurlijk, sinds/).waitFor();
  await page.getByText('Voorgelegd aan de manager van het Meldpunt', { exact: true }).waitFor();
  await page.getByText('geen aanbieder start de gezinsbehandeling', { exact: true }).waitFor();
  await checkAccessibility(page, 'the case file at step 5 with a care order');
  await screenshot(page, 'dossier-procesregisseur');
  await context.close();

  // step 5 is the process director's to resolve: the coordinator is refused in Dutch
  const coordinatorContext = await newContext(browser);
  const coordinator = await openCaseFile(coordinatorContext, 'regisseur', caseId);
  await chooseStep(coordinator, 'Opschaling afronden');
  await coordinator.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await coordinator.getByRole('alert')
    .filter({ hasText: 'Deze stap is van de organisatie van de procesregisseur van deze casus.' }).first().waitFor();
  await checkAccessibility(coordinator, 'a step refused as not the coordinator\'s');
  await coordinatorContext.close();
});
