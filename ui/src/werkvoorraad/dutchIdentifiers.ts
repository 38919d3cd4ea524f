/**
 * The checks the ledger makes on Dutch identifiers (command/…/intake/Bsn.java, ReportRequest.Household), made in the
 * form first so that a typing error is told at the field before anything is sent. The ledger checks again.
 */

/** a burgerservicenummer: nine digits passing the eleven test (elfproef); spaces, dots and dashes between them allowed */
export function isBsn(given: string): boolean {
  const digits = bsnDigits(given);
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += (9 - i) * Number(digits[i]);
  }
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** the BSN as the API takes it in a report: nine digits without separators */
export function bsnDigits(given: string): string {
  return given.replace(/[\s.-]/g, '');
}

/** a Dutch postcode: 1234 AB (the space optional, letters in either case) */
export function isPostcode(given: string): boolean {
  return /^[1-9]\d{3} ?[A-Za-z]{2}$/.test(given.trim());
}

/** `3311ab` → `3311 AB`, as people write it; anything else is left as it is */
export function tidyPostcode(given: string): string {
  const match = /^([1-9]\d{3}) ?([A-Za-z]{2})$/.exec(given.trim());
  return match ? `${match[1]} ${match[2].toUpperCase()}` : given.trim();
}

/** a house number with an optional addition: 12, 12A, 12-A, 12 bis */
export function isHouseNumber(given: string): boolean {
  const trimmed = given.trim();
  return trimmed.length <= 12 && /^\d{1,5}[ -]?[A-Za-z0-9]{0,4}$/.test(trimmed);
}

/** a CBS municipality code: GM and four digits (whether the municipality exists, the ledger decides) */
export function isMunicipalityCode(given: string): boolean {
  return /^GM\d{4}$/.test(given.trim().toUpperCase());
}

/** an ISO calendar date (as a date field gives it) that exists */
export function isCalendarDate(given: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
