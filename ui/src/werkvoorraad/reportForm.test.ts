import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { checkReport, emptyPerson, emptyReport, ReportForm, reportBody, reportComplaints } from './reportForm';
import { SubmissionKey } from '../api/submissionKey';

const TODAY = '2026-12-03';

function filledIn(): ReportForm {
  return {
    ...emptyReport(),
    contactType: 'REPORT', reporterType: 'PROFESSIONAL', sector: 'EDUCATION', reporterName: ' J. de Mentor ',
    contactDetails: 'mentor@school.example', formsOfViolence: ['PARTNER_VIOLENCE'], postcode: '3311ab',
    houseNumber: '14-B', street: 'Voorstraat', city: '', municipality: 'gm0505',
    persons: [
      { ...emptyPerson(), role: 'VICTIM', fullName: 'A. Voorbeeld', bsn: '111 222 333', birthDate: '1990-04-01' },
      { ...emptyPerson(), role: 'CHILD', fullName: 'C. Voorbeeld', bsn: '', birthDate: '' },
    ],
    reason: 'de mentor zag blauwe plekken',
  };
}

describe('the body of a report', () => {
  it('is built from the form as the API takes it, without blanks', () => {
    expect(reportBody(filledIn())).toEqual({
      contactType: 'REPORT',
      reporter: { type: 'PROFESSIONAL', sector: 'EDUCATION', name: 'J. de Mentor', contactDetails: 'mentor@school.example' },
      formsOfViolence: ['PARTNER_VIOLENCE'],
      household: { postcode: '3311 AB', houseNumber: '14-B', street: 'Voorstraat', city: undefined, municipality: 'GM0505' },
      persons: [
        { role: 'VICTIM', fullName: 'A. Voorbeeld', bsn: '111222333', birthDate: '1990-04-01' },
        { role: 'CHILD', fullName: 'C. Voorbeeld', bsn: undefined, birthDate: undefined },
      ],
      reason: 'de mentor zag blauwe plekken',
    });
  });

  it('sends no name or contact details of an anonymous reporter, even when typed before', () => {
    const body = reportBody({ ...filledIn(), reporterType: 'ANONYMOUS', sector: '' });
    expect(body.reporter).toEqual({ type: 'ANONYMOUS', sector: undefined, name: undefined, contactDetails: undefined });
  });
});

describe('the checks of the form', () => {
  it('find nothing wrong in a complete report', () => {
    expect(checkReport(filledIn(), TODAY)).toEqual({});
  });

  it('name each wrong field by its path in the API', () => {
    const form = filledIn();
    form.reporterType = 'PROFESSIONAL';
    form.sector = '';
    form.formsOfViolence = [];
    form.postcode = '331 AB';
    form.municipality = 'Dordrecht';
    form.persons[1] = { ...form.persons[1], fullName: ' ', bsn: '111222334', birthDate: '2027-01-01' };
    expect(Object.keys(checkReport(form, TODAY)).sort()).toEqual([
      'formsOfViolence', 'household.municipality', 'household.postcode', 'persons[1].birthDate', 'persons[1].bsn',
      'persons[1].fullName', 'reporter.sector',
    ]);
  });
});

describe('the API complaints about a report', () => {
  it('are told in Dutch at the field, a rule over two fields at the field to change', () => {
    const problem = new ApiProblem(400, {
      type: 'urn:hgk-ledger:problem:invalid-request',
      errors: [
        { field: 'persons[1].bsn', message: 'is not a BSN: nine digits that pass the eleven test (elfproef)' },
        { field: 'household.municipality', message: "'GM9999' is not a municipality in the CBS division" },
        { field: 'reporter.sectorGivenForProfessionals', message: 'a professional reporter needs a sector' },
      ],
    });
    expect(reportComplaints(problem)).toEqual({
      'persons[1].bsn': 'Dit is geen BSN: 9 cijfers die voldoen aan de elfproef. Laat het leeg als u het niet weet.',
      'household.municipality': 'Deze gemeentecode komt niet voor in de gemeentelijke indeling van het CBS.',
      'reporter.sector': 'Kies de sector van de professional die meldt.',
    });
  });
});

describe('the Idempotency-Key of a submission', () => {
  it('stays the same for a retry of the same body and changes with the body', () => {
    let made = 0;
    const key = new SubmissionKey(() => `key-${++made}`);
    const body = reportBody(filledIn());
    expect(key.for(body)).toBe('key-1');
    expect(key.for(JSON.parse(JSON.stringify(body)))).toBe('key-1');
    expect(key.for({ ...body, reason: 'iets anders' })).toBe('key-2');
    key.forget();
    expect(key.for({ ...body, reason: 'iets anders' })).toBe('key-3');
  });
});
