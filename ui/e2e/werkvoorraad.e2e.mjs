// The werkvoorraad of a case worker: the cases most urgent first, filters kept in the address, paging, the deadline
// board, finding a family by BSN or by name and birth date (never in the address), and registering a report through
// the form. Every case is put in place through the public API, with names and BSNs of this run only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiAs, checkAccessibility, householdConsents, launch, newContext, post, reportAHousehold, screenshot, untilViewsCaughtUp,
} from './support.mjs';

const RUN = String(Date.now()).slice(-6);

/** a BSN of this run that passes the elfproef, as the ledger demands */
function validBsn() {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const sum = digits.reduce((total, digit, i) => total + (9 - i) * digit, 0);
    const last = sum % 11;
    if (last <= 9) return digits.join('') + last;
  }
}

/** a household of this run: its persons' names carry the run, so they are found only here */
function household(name, bsn) {
  return {
    persons: [
      { role: 'VICTIM', fullName: `${name} Slachtoffer`, ...(bsn ? { bsn } : {}), birthDate: '1990-04-01' },
      { role: 'CHILD', fullName: `${name} Kind`, birthDate: '2016-02-20' },
    ],
  };
}

/**
 * signs in through the sign-in page as support.mjs's signInThroughThePage does, with exact labels: its
 * getByLabel('Gebruiker') also matches the section "Als demogebruiker" (strict mode refuses two elements)
 */
async function signInThroughThePage(context, username) {
  const page = await context.newPage();
  await page.goto('/aanmelden');
  await page.getByLabel('Gebruiker', { exact: true }).selectOption(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('demo');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
  return page;
}

let browser;
let caseworker;
before(async () => {
  browser = await launch();
  caseworker = await apiAs('casemanager');
});
after(async () => {
  await caseworker?.dispose();
  await browser?.close();
});

/** the names of the cases in the table, page after page, until every one asked for is seen */
async function casesInOrder(page, wanted) {
  const seen = [];
  for (let pages = 0; pages < 40; pages++) {
    const table = page.getByRole('table', { name: /casussen, de meest urgente eerst/i });
    await table.waitFor();
    seen.push(...await table.locator('tbody tr th a').allTextContents());
    if (wanted.every((name) => seen.some((label) => label.includes(name)))) return seen;
    const next = page.getByRole('button', { name: 'Volgende' });
    if (!(await next.isVisible()) || await next.isDisabled()) return seen;
    const range = await page.locator('.hgk-paging [role=status]').textContent();
    await next.click();
    await page.waitForFunction((before) => document.querySelector('.hgk-paging [role=status]')?.textContent !== before, range);
  }
  return seen;
}

/**
 * The case list is a view of its own that catches up within moments of a write; a test waits for it through the API
 * (as the list's own reader would see it) before it reads the page.
 */
async function untilListed(filter, caseId) {
  for (let attempt = 0; attempt < 80; attempt += 1) {
    const answer = await caseworker.get(`/api/cases?${filter}&size=100`);
    if (answer.ok() && (await answer.json()).items.some((item) => item.caseId === caseId)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`case ${caseId} not in the case list (${filter}) within 20 seconds`);
}

test('a case worker sees the cases most urgent first, filters them in the address, and the deadline board', async () => {
  const red = `Rood${RUN}`;
  const green = `Groen${RUN}`;
  const none = `Zonder${RUN}`;
  const redCase = await reportAHousehold(caseworker, household(red));
  const greenCase = await reportAHousehold(caseworker, household(green));
  const noneCase = await reportAHousehold(caseworker, household(none));
  await post(caseworker, `/api/cases/${redCase.caseId}/code`, { code: 'RED', expectedVersion: redCase.version, reason: 'acuut onveilig' });
  await post(caseworker, `/api/cases/${greenCase.caseId}/code`, { code: 'GREEN', expectedVersion: greenCase.version });
  await untilListed('code=RED', redCase.caseId);
  await untilListed('code=GREEN', greenCase.caseId);
  await untilListed('code=NONE', noneCase.caseId);

  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'casemanager');
  await page.waitForURL('**/werkvoorraad');
  await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
  const rows = page.getByRole('table', { name: /casussen, de meest urgente eerst/i }).locator('tbody tr');
  await rows.first().waitFor();

  // the code is a word, not a colour only; the next limit is the triage, due in Dutch words
  const redRow = rows.filter({ hasText: red });
  if (await redRow.count()) {
    const text = await redRow.textContent();
    assert.match(text, /rood/);
    assert.match(text, /triage/);
    assert.match(text, /tot en met \d{1,2} [a-z]+ \d{4}/);
  }
  await page.getByRole('heading', { level: 2, name: 'Termijnenbord' }).waitFor();
  await checkAccessibility(page, 'the werkvoorraad');
  await screenshot(page, 'werkvoorraad');

  const order = await casesInOrder(page, [red, green, none]);
  const at = (name) => order.findIndex((label) => label.includes(name));
  assert.ok(at(red) >= 0 && at(green) >= 0 && at(none) >= 0, `all three cases listed: ${order.join(' | ')}`);
  assert.ok(at(red) < at(green), 'a RED case before a GREEN one');
  assert.ok(at(green) < at(none), 'a GREEN case before one without a code');

  // a filter lives in the address: a reload keeps it
  await page.goto('/werkvoorraad');
  await page.getByLabel('Veiligheidscode').selectOption('RED');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL(/code=RED/);
  const redOnly = page.getByRole('table', { name: /casussen, de meest urgente eerst/i });
  // the address changes a moment before the table: wait until the table is the filtered one
  await page.waitForFunction(() => {
    const codes = [...document.querySelectorAll('table.hgk-cases tbody tr td:nth-child(2)')].map((cell) => cell.textContent.trim());
    return codes.length > 0 && codes.every((code) => code === 'rood');
  });
  await redOnly.locator('tbody tr').filter({ hasText: red }).waitFor();
  assert.equal(await redOnly.locator('tbody tr').filter({ hasText: green }).count(), 0, 'no GREEN case under rood');
  await page.reload();
  await page.getByRole('table', { name: /casussen, de meest urgente eerst/i }).waitFor();
  assert.equal(await page.getByLabel('Veiligheidscode').inputValue(), 'RED');

  // a filter nothing matches says so in Dutch
  await page.goto('/werkvoorraad?status=CLOSED&regie=geen-organisatie-' + RUN);
  await page.getByText('Geen afgesloten casussen die aan deze filters voldoen.').waitFor();
  await checkAccessibility(page, 'the werkvoorraad without cases');

  // the deadline board shows the triage limit of the red case, with who a miss is raised with
  await page.goto('/werkvoorraad');
  const board = page.getByRole('table', { name: /^Termijnen tot en met/ });
  const boardRow = board.locator('tbody tr').filter({ hasText: `Casus ${redCase.caseId.substring(0, 8)}` });
  await boardRow.waitFor();
  const boardText = await boardRow.textContent();
  assert.match(boardText, /triage/);
  assert.match(boardText, /management van Veilig Thuis/);
  await boardRow.getByRole('link').click();
  await page.waitForURL(`**/dossier/${redCase.caseId}`);
  await context.close();

  // on a tablet the page does not scroll sideways: wide tables scroll in their own box
  const tablet = await newContext(browser, { viewport: { width: 768, height: 1024 } });
  const small = await signInThroughThePage(tablet, 'casemanager');
  await small.waitForURL('**/werkvoorraad');
  await small.getByRole('table', { name: /casussen, de meest urgente eerst/i }).waitFor();
  await small.getByRole('table', { name: /^Termijnen tot en met/ }).waitFor();
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 768px`);
  await checkAccessibility(small, 'the werkvoorraad on a tablet');
  await screenshot(small, 'werkvoorraad-tablet');
  await tablet.close();
});

test('a case is found by BSN and by name and birth date, never through the address; a wrong BSN is told at its field', async () => {
  const name = `Zoek${RUN}`;
  const bsn = validBsn();
  const found = await reportAHousehold(caseworker, household(name, bsn));
  await untilListed(`bsn=${bsn}`, found.caseId);

  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'casemanager');
  await page.getByRole('link', { name: 'Casus zoeken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Casus zoeken' }).waitFor();
  await page.getByText('Zoeken wordt gelogd.').waitFor();

  // a BSN failing the elfproef is told at its field, before anything is sent
  const bsnField = page.getByRole('textbox', { name: 'BSN' });
  await bsnField.fill('111222334');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByText('Vul een BSN in van 9 cijfers dat voldoet aan de elfproef.').waitFor();
  assert.equal(await bsnField.getAttribute('aria-invalid'), 'true');
  const describedBy = await bsnField.getAttribute('aria-describedby');
  assert.match(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent(), /elfproef/);
  await checkAccessibility(page, 'the search with a wrong BSN');

  // an unknown BSN finds nothing, and says so
  await bsnField.fill(validBsn());
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByText('Geen casus gevonden binnen uw bevoegdheid die bij deze gegevens past.').waitFor();

  // the family's BSN finds its case; what was typed is not in the address
  await bsnField.fill(bsn);
  await page.getByLabel('Reden van het zoeken').fill('nieuwe melding over dit gezin');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.getByRole('table', { name: /^Casussen die bij de zoekgegevens passen/ });
  await results.getByRole('link', { name: new RegExp(`${name} Slachtoffer`) }).waitFor();
  assert.ok(!page.url().includes(bsn), `no BSN in the address: ${page.url()}`);
  assert.equal(new URL(page.url()).search, '');
  await checkAccessibility(page, 'the search with a result');
  await screenshot(page, 'werkvoorraad-zoeken');

  // by name and birth date
  await page.getByRole('radio', { name: 'Naam en geboortedatum' }).check();
  await page.getByRole('textbox', { name: 'Naam' }).fill(`${name.toLowerCase()} kind`);
  await page.getByRole('textbox', { name: 'Geboortedatum' }).fill('2016-02-20');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await results.locator('tbody tr').filter({ hasText: `casus ${found.caseId.substring(0, 8)}` }).waitFor();
  assert.equal(await results.locator('tbody tr').count(), 1);
  assert.ok(!page.url().includes(name), 'no name in the address');
  await results.getByRole('link').first().click();
  await page.waitForURL(`**/dossier/${found.caseId}`);
  await context.close();
});

test('a report registered through the form opens its case file; the API\'s complaint is told at its field', async () => {
  const name = `Nieuw${RUN}`;
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'casemanager');
  await page.getByRole('link', { name: 'Melding of adviesvraag registreren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Melding of adviesvraag registreren' }).waitFor();

  // nothing filled in: told at the fields and in a summary, nothing sent
  await page.getByRole('button', { name: 'Registreren' }).click();
  await page.getByText(/velden zijn niet juist ingevuld/).waitFor();
  assert.equal(await page.getByLabel('Postcode').getAttribute('aria-invalid'), 'true');
  await checkAccessibility(page, 'the report form with complaints');

  await page.getByRole('radio', { name: 'melding' }).check();
  await page.getByLabel('Soort melder').selectOption('PROFESSIONAL');
  await page.getByLabel('Sector').selectOption('EDUCATION');
  await page.getByLabel('Naam van de melder').fill('J. de Mentor');
  await page.getByLabel('Telefoonnummer of e-mailadres').fill('mentor@school.example');
  await page.getByRole('checkbox', { name: 'partnergeweld', exact: true }).check();
  await page.getByRole('checkbox', { name: 'kind getuige van partnergeweld' }).check();
  await page.getByLabel('Postcode').fill('3311 AB');
  await page.getByLabel('Huisnummer').fill(String(9000 + Number(RUN) % 900));
  await page.getByLabel('Straat').fill('Voorstraat');
  await page.getByLabel('Plaats').fill('Dordrecht');
  await page.getByLabel('Gemeentecode').fill('GM9999');
  const first = page.getByRole('group', { name: 'Persoon 1' });
  await first.getByLabel('Rol').selectOption('VICTIM');
  await first.getByLabel('Volledige naam').fill(`${name} Slachtoffer`);
  await first.getByLabel('BSN').fill(validBsn());
  await first.getByRole('textbox', { name: 'Geboortedatum' }).fill('1990-04-01');
  await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  const second = page.getByRole('group', { name: 'Persoon 2' });
  await second.getByLabel('Rol').selectOption('CHILD');
  await second.getByLabel('Volledige naam').fill(`${name} Kind`);
  await page.getByLabel('Reden en toelichting').fill('De mentor zag blauwe plekken; het kind vertelt over ruzies thuis.');
  await screenshot(page, 'melding-registreren');

  // an unknown municipality only the ledger knows: its complaint comes back at the field, in Dutch
  await page.getByRole('button', { name: 'Registreren' }).click();
  await page.getByText('Deze gemeentecode komt niet voor in de gemeentelijke indeling van het CBS.').first().waitFor();
  assert.equal(await page.getByLabel('Gemeentecode').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('Gemeentecode').fill('GM0505');
  await page.getByRole('button', { name: 'Registreren' }).click();
  await page.getByRole('heading', { name: 'Melding geregistreerd: nieuwe casus geopend' }).waitFor();
  await checkAccessibility(page, 'the registered report');
  await screenshot(page, 'melding-geregistreerd');
  const link = page.getByRole('link', { name: /Naar het dossier van casus/ });
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL(`**${href}`);
  assert.match(href, /^\/dossier\/[0-9a-f-]{36}$/);

  // the new case is in the werkvoorraad, and its triage limit on the board
  await page.goto('/werkvoorraad/zoeken');
  await page.getByRole('radio', { name: 'Naam en geboortedatum' }).check();
  await page.getByRole('textbox', { name: 'Naam' }).fill(`${name} Slachtoffer`);
  await page.getByRole('textbox', { name: 'Geboortedatum' }).fill('1990-04-01');
  // the case list is a view of its own that catches up within moments of the report: search again until it has
  const found = page.getByRole('table', { name: /^Casussen die bij de zoekgegevens passen/ })
    .getByRole('link', { name: new RegExp(name) });
  for (let attempt = 0; attempt < 20 && !(await found.count()); attempt += 1) {
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await found.waitFor({ timeout: 1000 }).catch(() => {});
  }
  await found.waitFor();
  await context.close();
});

test('a coordinator sees a stagnation signal on the board and in the list, until the plan is revised', async () => {
  const name = `Stagnatie${RUN}`;
  const coordinator = await apiAs('regisseur');
  const provider = await apiAs('hulpverlener');
  try {
    const report = await reportAHousehold(caseworker, household(name));
    const path = `/api/cases/${report.caseId}`;
    let { version } = await post(caseworker, `${path}/coordinator`,
      { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', expectedVersion: report.version });
    const taskId = crypto.randomUUID();
    const dueDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
      .format(new Date(Date.now() + 42 * 24 * 60 * 60 * 1000));
    const plan = {
      goals: [], safetyAgreements: [], evaluationDates: [],
      tasks: [{ taskId, description: 'ambulante jeugdhulp', ownerOrganisation: 'jeugdhulp-dordrecht', dueDate, status: 'PLANNED' }],
      consents: householdConsents(report),
    };
    ({ version } = await post(coordinator, `${path}/plan`, { expectedVersion: version, plan }));
    ({ version } = await post(provider, `${path}/notices/no-shows`,
      { taskId, missedAppointments: 2, causes: ['UNKNOWN'], expectedVersion: version }));
    await untilListed('coordinator=sociaal-team-dordrecht', report.caseId);
    await untilViewsCaughtUp();

    const context = await newContext(browser);
    const page = await signInThroughThePage(context, 'regisseur');
    await page.waitForURL('**/werkvoorraad');
    const signals = page.getByRole('table', { name: /waarop u als regisseur nog niet hebt gehandeld/ });
    const row = signals.locator('tbody tr').filter({ hasText: report.caseId.substring(0, 8) });
    await row.waitFor();
    assert.match(await row.textContent(), /herhaald niet verschenen/);
    assert.match(await row.textContent(), /jeugdhulp-dordrecht/);
    const listed = await casesInOrder(page, [name]);
    assert.ok(listed.some((label) => label.includes(name)), `the case is in the list: ${listed.join(' | ')}`);
    await page.getByRole('table', { name: /casussen, de meest urgente eerst/i }).locator('tbody tr')
      .filter({ hasText: name }).getByText('1 stagnatiesignaal').waitFor();
    await checkAccessibility(page, 'the werkvoorraad with a stagnation signal');
    await screenshot(page, 'werkvoorraad-stagnatiesignalen');

    // not on the board of Veilig Thuis, which does not coordinate the case
    const workerContext = await newContext(browser);
    const worker = await signInThroughThePage(workerContext, 'casemanager');
    await worker.waitForURL('**/werkvoorraad');
    await worker.getByRole('heading', { level: 3, name: 'Stagnatiesignalen' }).waitFor();
    await worker.getByRole('heading', { level: 3, name: 'Termijnen' }).waitFor();
    assert.equal(await worker.locator('tbody tr').filter({ hasText: 'herhaald niet verschenen' }).count(), 0);
    await workerContext.close();

    // the coordinator acts on it by revising the plan: the signal leaves the board
    await post(coordinator, `${path}/plan/revisions`,
      { planVersion: 2, plan, reason: 'andere hulp ingezet', expectedVersion: version });
    await untilViewsCaughtUp();
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Termijnen' }).waitFor();
    assert.equal(await page.locator('table.hgk-board tbody tr').filter({ hasText: report.caseId.substring(0, 8) })
      .filter({ hasText: 'herhaald niet verschenen' }).count(), 0, 'the signal left the board');
    await context.close();
  } finally {
    await coordinator.dispose();
    await provider.dispose();
  }
});
