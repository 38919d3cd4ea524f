// What every browser test needs: Debian's Chromium through playwright-core (no browser download), a signed-in
// user, the public API for putting a case in place, an axe-core check of the page, and a screenshot for docs/.
import { chromium, request } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** the ledger under test, started by deploy's InterfaceInBrowserTest (or by hand: BASE_URL=http://localhost:8080) */
export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
export const SCREENSHOTS = process.env.SCREENSHOTS ?? join(here, '..', '..', 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Chromium as the machine has it, headless, without the background traffic a closed network refuses */
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/** a browser context of its own (its own cookies) in Dutch, on a laptop-sized screen unless told otherwise */
export async function newContext(browser, options = {}) {
  return browser.newContext({ baseURL: BASE_URL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 }, ...options });
}

/** signs `username` in through the sign-in page, as a person would; returns the page on their home */
export async function signInThroughThePage(context, username, password = 'demo') {
  const page = await context.newPage();
  await page.goto('/aanmelden');
  const user = page.getByLabel('Gebruiker', { exact: true });
  await user.selectOption(username);
  // the page sets its default user when the sign-in options arrive, which can be after the choice above (React's
  // strict mode asks twice): choose again until the choice holds
  for (let tries = 0; tries < 20 && (await user.inputValue()) !== username; tries += 1) {
    await page.waitForTimeout(100);
    await user.selectOption(username);
  }
  await page.waitForTimeout(200);
  if ((await user.inputValue()) !== username) await user.selectOption(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
  return page;
}

/** the public API as an integrator uses it (HTTP Basic for a demo user), to put cases in place for a test */
export async function apiAs(username, password = 'demo') {
  return request.newContext({
    baseURL: BASE_URL,
    httpCredentials: { username, password, send: 'always' },
    extraHTTPHeaders: { Accept: 'application/json' },
  });
}

/** POSTs `body` and returns the JSON answer, failing the test with the problem detail when it is refused */
export async function post(api, path, body) {
  const response = await api.post(path, { data: body, headers: { 'Content-Type': 'application/json' } });
  const text = await response.text();
  assert.ok(response.ok(), `POST ${path} answered ${response.status()}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function get(api, path) {
  const response = await api.get(path);
  const text = await response.text();
  assert.ok(response.ok(), `GET ${path} answered ${response.status()}: ${text}`);
  return JSON.parse(text);
}

/**
 * Waits until every view has read every event of the store (`GET /api/views` as the administrator): the views catch
 * up within moments of a write, and a test that reads lists or figures made of many cases waits for them first.
 */
export async function untilViewsCaughtUp() {
  const administrator = await apiAs('beheerder');
  try {
    for (let attempt = 0; attempt < 120; attempt += 1) {
      const views = await get(administrator, '/api/views');
      const list = Array.isArray(views) ? views : views.views ?? [];
      if (list.length && list.every((view) => view.done >= view.total)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.fail('the views did not catch up within 30 seconds');
  } finally {
    await administrator.dispose();
  }
}

let household = 0;

/**
 * A report about a new household of its own (a unique house number, so tests never join each other's cases), from
 * docs/examples/report.json with the persons' names and BSNs given; returns the API's answer ({caseId, version, …}).
 */
export async function reportAHousehold(api, changes = {}) {
  const report = JSON.parse(readFileSync(join(here, '..', '..', 'docs', 'examples', 'report.json'), 'utf8'));
  household += 1;
  const number = 100 + ((Date.now() / 1000 + household * 7) % 8000 | 0);
  report.household.houseNumber = String(number);
  return post(api, '/api/reports', deepMerge(report, changes));
}

function deepMerge(base, changes) {
  for (const [key, value] of Object.entries(changes)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && base[key] && typeof base[key] === 'object') {
      deepMerge(base[key], value);
    } else {
      base[key] = value;
    }
  }
  return base;
}

/**
 * Checks the page with axe-core against WCAG 2.1 A and AA and fails on any serious or critical violation, naming
 * each with the elements it found. axe is evaluated through the DevTools protocol, which the page's CSP allows.
 */
export async function checkAccessibility(page, what) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const grave = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
  const report = grave.map((violation) => `${violation.impact} ${violation.id}: ${violation.help}\n    `
      + violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join('\n    ')).join('\n');
  assert.equal(grave.length, 0, `axe found serious or critical violations on ${what}:\n${report}`);
  return results;
}

/** saves a full-page screenshot as docs/screenshots/<name>.png, for the README and for looking at */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** today in the Netherlands, as ISO text */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** a day relative to today in the Netherlands, as ISO text */
export function day(offset) {
  const moment = new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(moment);
}

/** signs `username` in and opens the case file of `caseId` */
export async function openCaseFile(context, username, caseId) {
  const page = await signInThroughThePage(context, username);
  await page.goto(`/dossier/${caseId}`);
  await page.getByRole('heading', { level: 2, name: 'Stand van zaken' }).waitFor();
  return page;
}

/** chooses a step in "Stap vastleggen"; its form opens below the choice */
export async function chooseStep(page, label) {
  await page.getByLabel('Welke stap legt u vast?', { exact: true }).selectOption({ label });
  await page.getByRole('heading', { level: 3, name: label }).waitFor();
}

/**
 * The answers to a plan the ledger asks of the household of docs/examples/report.json (seed 000 B2 §2.2): the parents'
 * own, and the mother's for their child under 12 as legal representative; all signed.
 */
export function householdConsents(report) {
  const mother = report.persons.find((person) => person.role === 'VICTIM');
  return report.persons.map((person) => (person.role === 'CHILD'
    ? { personId: person.personId, representativeId: mother.personId, decision: 'GIVEN', signed: true }
    : { personId: person.personId, decision: 'GIVEN', signed: true }));
}
