import { ApiProblem } from '../api/problem';
import { todayInTheNetherlands } from '../format/dutch';
import { CaseListParameters } from './caseList';
import { bsnDigits, isBsn, isCalendarDate, isHouseNumber, isPostcode } from './dutchIdentifiers';

/**
 * A search for a case by one of its persons (`GET /api/cases?bsn=…`): by BSN, by address, or by name and birth date.
 * What is searched for stays in the page's memory: never in its address or the browser's history.
 */
export type SearchKind = 'bsn' | 'address' | 'name';

export interface PersonSearch {
  kind: SearchKind;
  bsn: string;
  postcode: string;
  houseNumber: string;
  name: string;
  birthDate: string;
  /** why: recorded in the access log with every case found */
  reason: string;
}

export const EMPTY_SEARCH: PersonSearch = {
  kind: 'bsn', bsn: '', postcode: '', houseNumber: '', name: '', birthDate: '', reason: '',
};

export const SEARCH_KINDS: { value: SearchKind; label: string }[] = [
  { value: 'bsn', label: 'BSN' },
  { value: 'address', label: 'Adres (postcode en huisnummer)' },
  { value: 'name', label: 'Naam en geboortedatum' },
];

/** the Dutch complaint for each field, whether the form or the API found it */
const COMPLAINTS: Record<string, string> = {
  bsn: 'Vul een BSN in van 9 cijfers dat voldoet aan de elfproef.',
  postcode: 'Vul een postcode in als 3311 AB.',
  houseNumber: 'Vul een huisnummer in, eventueel met toevoeging, zoals 12 of 12-A.',
  name: 'Vul de naam van de persoon in.',
  birthDate: 'Vul een geboortedatum in die niet in de toekomst ligt.',
  reason: 'Vul een reden in van ten hoogste 100 tekens.',
};

const MAX_TEXT = 100;

/** the form's own checks, the same as the API's, so that a typing error is told before anything is sent */
export function checkSearch(search: PersonSearch, today: string = todayInTheNetherlands()): Record<string, string> {
  const complaints: Record<string, string> = {};
  const complain = (field: keyof typeof COMPLAINTS) => { complaints[field] = COMPLAINTS[field]; };
  if (search.kind === 'bsn' && !isBsn(search.bsn)) complain('bsn');
  if (search.kind === 'address') {
    if (!isPostcode(search.postcode)) complain('postcode');
    if (!isHouseNumber(search.houseNumber)) complain('houseNumber');
  }
  if (search.kind === 'name') {
    if (!/\p{L}/u.test(search.name) || search.name.trim().length > MAX_TEXT) complain('name');
    if (!isCalendarDate(search.birthDate) || search.birthDate > today) complain('birthDate');
  }
  if (search.reason.trim().length > MAX_TEXT) complain('reason');
  return complaints;
}

/** the API's parameters: only those of the chosen kind of search, so a field filled in before is never sent */
export function searchParameters(search: PersonSearch, page = 0): CaseListParameters {
  const chosen: CaseListParameters =
    search.kind === 'bsn' ? { bsn: bsnDigits(search.bsn) }
      : search.kind === 'address' ? { postcode: search.postcode.trim(), houseNumber: search.houseNumber.trim() }
        : { name: search.name.trim(), birthDate: search.birthDate };
  return { ...chosen, reason: search.reason.trim() || undefined, page };
}

/** the API's complaints (`400 invalid-query`, `errors[].field`) in Dutch, at the field they name */
export function searchComplaints(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const complaints: Record<string, string> = {};
  for (const field of Object.keys(error.fieldErrors)) {
    complaints[field] = COMPLAINTS[field] ?? 'Deze waarde neemt het casusregister niet aan.';
  }
  return complaints;
}
