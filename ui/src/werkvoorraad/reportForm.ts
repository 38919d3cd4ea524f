import { ApiProblem } from '../api/problem';
import { todayInTheNetherlands } from '../format/dutch';
import { bsnDigits, isBsn, isCalendarDate, isHouseNumber, isMunicipalityCode, isPostcode, tidyPostcode } from './dutchIdentifiers';

/**
 * The form of a report or advice request (`POST /api/reports`, command/…/intake/ReportRequest.java) and the body it
 * sends. Every complaint is keyed by the field's path as the API names it (`household.postcode`, `persons[1].bsn`), so
 * the form's own checks and the API's land at the same field.
 */
export interface PersonRow {
  /** React's key for the row; never sent */
  row: number;
  role: string;
  fullName: string;
  bsn: string;
  birthDate: string;
}

export interface ReportForm {
  contactType: string;
  reporterType: string;
  sector: string;
  reporterName: string;
  contactDetails: string;
  formsOfViolence: string[];
  postcode: string;
  houseNumber: string;
  street: string;
  city: string;
  municipality: string;
  persons: PersonRow[];
  reason: string;
}

export const MAX_PERSONS = 30;

let rows = 0;
export function emptyPerson(): PersonRow {
  rows += 1;
  return { row: rows, role: '', fullName: '', bsn: '', birthDate: '' };
}

export function emptyReport(): ReportForm {
  return {
    contactType: 'REPORT', reporterType: '', sector: '', reporterName: '', contactDetails: '', formsOfViolence: [],
    postcode: '', houseNumber: '', street: '', city: '', municipality: '', persons: [emptyPerson()], reason: '',
  };
}

export interface ReportBody {
  contactType: string;
  reporter: { type: string; sector?: string; name?: string; contactDetails?: string };
  formsOfViolence: string[];
  household: { postcode: string; houseNumber: string; street?: string; city?: string; municipality: string };
  persons: { role: string; fullName: string; bsn?: string; birthDate?: string }[];
  reason?: string;
}

function given(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** the body as the API takes it: nothing blank, a BSN as nine digits, an anonymous reporter without name or contact */
export function reportBody(form: ReportForm): ReportBody {
  const anonymous = form.reporterType === 'ANONYMOUS';
  return {
    contactType: form.contactType,
    reporter: {
      type: form.reporterType,
      sector: given(form.sector),
      name: anonymous ? undefined : given(form.reporterName),
      contactDetails: anonymous ? undefined : given(form.contactDetails),
    },
    formsOfViolence: [...form.formsOfViolence],
    household: {
      postcode: tidyPostcode(form.postcode),
      houseNumber: form.houseNumber.trim(),
      street: given(form.street),
      city: given(form.city),
      municipality: form.municipality.trim().toUpperCase(),
    },
    persons: form.persons.map((person) => ({
      role: person.role,
      fullName: person.fullName.trim(),
      bsn: given(person.bsn) && bsnDigits(person.bsn),
      birthDate: given(person.birthDate),
    })),
    reason: given(form.reason),
  };
}

/** the Dutch sentence for each field, by its path without the row number */
const COMPLAINTS: Record<string, string> = {
  contactType: 'Kies of het een melding of een adviesvraag is.',
  'reporter.type': 'Kies wie de melder is.',
  'reporter.sector': 'Kies de sector van de professional die meldt.',
  'reporter.name': 'Een naam is ten hoogste 200 tekens.',
  'reporter.contactDetails': 'Contactgegevens zijn ten hoogste 500 tekens.',
  formsOfViolence: 'Kies ten minste één vorm van geweld.',
  'household.postcode': 'Vul een postcode in als 3311 AB.',
  'household.houseNumber': 'Vul een huisnummer in, eventueel met toevoeging, zoals 12 of 12-A.',
  'household.street': 'Een straatnaam is ten hoogste 200 tekens.',
  'household.city': 'Een plaatsnaam is ten hoogste 100 tekens.',
  'household.municipality': 'Vul een gemeentecode van het CBS in, zoals GM0505.',
  persons: `Noem ten minste één en ten hoogste ${MAX_PERSONS} betrokkenen.`,
  'persons[].role': 'Kies de rol van deze persoon.',
  'persons[].fullName': 'Vul de naam van deze persoon in (ten hoogste 200 tekens).',
  'persons[].bsn': 'Dit is geen BSN: 9 cijfers die voldoen aan de elfproef. Laat het leeg als u het niet weet.',
  'persons[].birthDate': 'Vul een geboortedatum in die niet in de toekomst ligt, of laat het leeg.',
  reason: 'Een toelichting is ten hoogste 2000 tekens.',
};

/** API fields that are a rule over several fields, and where the form shows them */
const RULES: Record<string, [string, string]> = {
  'reporter.sectorGivenForProfessionals': ['reporter.sector', 'Kies de sector van de professional die meldt.'],
  'reporter.anonymousWithoutIdentity': ['reporter.name', 'Een anonieme melder heeft geen naam of contactgegevens.'],
};

function complaintFor(field: string): string {
  return COMPLAINTS[field.replace(/\[\d+\]/g, '[]')] ?? 'Deze waarde neemt het casusregister niet aan.';
}

/** the form's own checks, the same as the API's; the API decides again (and alone whether a municipality exists) */
export function checkReport(form: ReportForm, today: string = todayInTheNetherlands()): Record<string, string> {
  const complaints: Record<string, string> = {};
  const complain = (field: string, wrong: boolean) => { if (wrong) complaints[field] = complaintFor(field); };
  const anonymous = form.reporterType === 'ANONYMOUS';
  complain('contactType', !form.contactType);
  complain('reporter.type', !form.reporterType);
  complain('reporter.sector', form.reporterType === 'PROFESSIONAL' && !form.sector);
  complain('reporter.name', !anonymous && form.reporterName.trim().length > 200);
  complain('reporter.contactDetails', !anonymous && form.contactDetails.trim().length > 500);
  complain('formsOfViolence', form.formsOfViolence.length === 0);
  complain('household.postcode', !isPostcode(form.postcode));
  complain('household.houseNumber', !isHouseNumber(form.houseNumber));
  complain('household.street', form.street.trim().length > 200);
  complain('household.city', form.city.trim().length > 100);
  complain('household.municipality', !isMunicipalityCode(form.municipality));
  complain('persons', form.persons.length === 0 || form.persons.length > MAX_PERSONS);
  form.persons.forEach((person, index) => {
    const at = `persons[${index}]`;
    complain(`${at}.role`, !person.role);
    complain(`${at}.fullName`, !person.fullName.trim() || person.fullName.trim().length > 200);
    complain(`${at}.bsn`, Boolean(person.bsn.trim()) && !isBsn(person.bsn));
    complain(`${at}.birthDate`, Boolean(person.birthDate) && (!isCalendarDate(person.birthDate) || person.birthDate > today));
  });
  complain('reason', form.reason.trim().length > 2000);
  return complaints;
}

/** the API's complaints (`400`, `errors[].field`) in Dutch, at the field they name */
export function reportComplaints(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const complaints: Record<string, string> = {};
  for (const field of Object.keys(error.fieldErrors)) {
    const rule = RULES[field];
    if (rule) complaints[rule[0]] = rule[1];
    else if (field === 'household.municipality' && /municipalit|CBS/i.test(error.fieldErrors[field])) {
      complaints[field] = 'Deze gemeentecode komt niet voor in de gemeentelijke indeling van het CBS.';
    } else complaints[field] = complaintFor(field);
  }
  return complaints;
}
