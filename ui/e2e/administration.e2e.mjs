// Beheer: the views with their position, a rebuild asked for, confirmed, and followed to the end. The ledger may be
// shared with other tests and small: a rebuild may be over in a moment, and the bar may jump straight to 100%.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, launch, newContext, screenshot, signInThroughThePage } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the administrator sees the views, confirms a rebuild and follows its progress to completion', async () => {
  const context = await newContext(browser);
  const page = await signInThroughThePage(context, 'beheerder');
  await page.waitForURL('**/beheer');
  await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
  const table = page.getByRole('table');
  await table.locator('caption').getByText(/Overzichten en hoe ver ze de gebeurtenissen hebben verwerkt/).waitFor();
  for (const name of ['gezinsplannen', 'termijnbewaking', 'regiocijfers']) {
    await table.getByRole('rowheader', { name: new RegExp(name) }).waitFor();
  }
  assert.match(await table.locator('tbody').innerText(), /van [\d.]+ gebeurtenissen/);
  await checkAccessibility(page, 'the views');
  await screenshot(page, 'beheer');

  // the confirmation can be cancelled, and focus goes back to the button
  const rebuild = page.getByRole('button', { name: 'Herbouwen regiocijfers' });
  await rebuild.click();
  await page.getByRole('heading', { level: 3, name: 'Regiocijfers herbouwen?' }).waitFor();
  await page.getByText(/Herbouwen maakt het overzicht regiocijfers leeg en leest daarna alle [\d.]+ gebeurtenissen opnieuw/).waitFor();
  await checkAccessibility(page, 'the rebuild confirmation');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  assert.equal(await rebuild.evaluate((button) => button === document.activeElement), true, 'focus back on the button');

  // by keyboard: the button, Enter, then the confirmation
  await rebuild.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Ja, regiocijfers herbouwen' }).click();
  const bar = page.getByRole('progressbar', { name: 'Herbouwen van regiocijfers' });
  await bar.waitFor();
  await page.getByText(/^Herbouwen: \d{1,3}% \([\d.]+ van [\d.]+ gebeurtenissen\)$/).first().waitFor();
  const status = page.locator('[role="status"][aria-live="polite"]');
  assert.match(await status.first().innerText(), /Herbouwen/);
  await checkAccessibility(page, 'the rebuild in progress');
  // the screenshot shows the bar under way where the ledger is big enough for that; a small one may be done at once
  await page.waitForFunction(() => {
    const bar = document.querySelector('.hgk-rebuild__bar');
    return !bar || bar.value / bar.max >= 0.01;
  }, null, { timeout: 60_000, polling: 250 }).catch((error) => console.log(`no progress to show yet: ${error.message}`));
  await screenshot(page, 'beheer-herbouwen');

  await page.getByText(/Herbouwen van regiocijfers voltooid: [\d.]+ gebeurtenissen verwerkt\./).first().waitFor({ timeout: 120_000 });
  assert.equal(await bar.evaluate((progress) => progress.value === progress.max), true, 'the bar is full');
  await page.getByText(/^Herbouwen: 100% \(/).waitFor();
  // on a busy ledger the view may be a few events behind again at once
  await table.getByRole('row', { name: /regiocijfers/ }).getByText(/^(bijgewerkt|loopt in)$/).waitFor({ timeout: 30_000 });
  await checkAccessibility(page, 'the rebuild done');
  await context.close();
});

test('the views read at tablet width', async () => {
  const context = await newContext(browser, { viewport: { width: 768, height: 1024 } });
  const page = await signInThroughThePage(context, 'beheerder');
  await page.getByRole('table').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no sideways scrolling of the page (${overflow}px)`);
  await context.close();
});
