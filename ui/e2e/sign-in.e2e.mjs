// Sign-in through the page: the demo users of the embedded default, a wrong password told at its field, and
// sign-out. The session cookie is HttpOnly: the page's scripts never see it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, launch, newContext, screenshot, signInThroughThePage } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the sign-in page offers the demo users and refuses a wrong password at its field', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL('**/aanmelden');
  await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  await checkAccessibility(page, 'the sign-in page');
  await screenshot(page, 'aanmelden');

  // each demo user with the type of their organisation in Dutch
  const users = await page.getByLabel('Gebruiker', { exact: true }).locator('option').allTextContents();
  assert.ok(users.includes('casemanager: medewerker, veilig-thuis-zhz (Veilig Thuis), VT24'), users.join('; '));
  assert.ok(users.some((user) => user.startsWith('burgemeester: medewerker, burgemeester-dordrecht (Burgemeester, Dordrecht)')));
  assert.ok(users.some((user) => user.includes('(Politie, hulpofficier van justitie)')));

  await page.getByLabel('Gebruiker', { exact: true }).selectOption('casemanager');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByText('Deze combinatie van gebruiker en wachtwoord is onbekend.').waitFor();
  assert.equal(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid'), 'true');
  await checkAccessibility(page, 'the sign-in page with an error');
  await context.close();
});

test('a case worker signs in, lands on the werkvoorraad, cannot read the session cookie, and signs out', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'casemanager');
  await page.waitForURL('**/werkvoorraad');
  const session = (await context.cookies()).find((cookie) => cookie.name === 'HGK_SESSION');
  assert.ok(session, 'a session cookie');
  assert.equal(session.httpOnly, true);
  assert.equal(session.secure, true);
  assert.equal(session.sameSite, 'Strict');
  assert.equal(await page.evaluate(() => document.cookie.includes('HGK_SESSION')), false);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).waitFor();
  await page.getByText('casemanager · medewerker · veilig-thuis-zhz (Veilig Thuis) · VT24').waitFor();

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.waitForURL('**/aanmelden');
  await page.goto('/werkvoorraad');
  await page.waitForURL('**/aanmelden');
  await context.close();
});

test('each role lands on its own work and sees only its sections', async () => {
  const expected = {
    analist: ['/cijfers', ['Cijfers']],
    inspecteur: ['/cijfers', ['Cijfers', 'Inzage', 'Privacy']],
    beheerder: ['/beheer', ['Beheer']],
    fg: ['/privacy', ['Privacy']],
    regisseur: ['/werkvoorraad', ['Werkvoorraad']],
  };
  for (const [username, [home, sections]] of Object.entries(expected)) {
    const context = await newContext(browser);
    const page = await signInThroughThePage(context, username);
    await page.waitForURL(`**${home}`);
    const links = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    assert.deepEqual(links, sections, `the sections of ${username}`);
    await context.close();
  }
});
