import { describe, expect, it } from 'vitest';
import { Member } from './caseFile';
import { consentNeeds, neededAnswers } from './consentNeeds';

const PLAN_DAY = '2025-03-03';

describe('whose answers a person owes the plan (a hint; the ledger decides)', () => {
  it.each([
    ['2013-06-01', '11', ['LEGAL_REPRESENTATIVE']],
    ['2013-03-04', 'the day before the 12th birthday', ['LEGAL_REPRESENTATIVE']],
    ['2013-03-03', 'the 12th birthday', ['PERSON', 'LEGAL_REPRESENTATIVE']],
    ['2009-09-01', '15', ['PERSON', 'LEGAL_REPRESENTATIVE']],
    ['2009-03-04', 'the day before the 16th birthday', ['PERSON', 'LEGAL_REPRESENTATIVE']],
    ['2009-03-03', 'the 16th birthday', ['PERSON']],
    ['2008-09-01', '16', ['PERSON']],
  ])('born %s (%s)', (born, _age, needed) => {
    expect(neededAnswers(born, PLAN_DAY)).toEqual(needed);
  });

  it('asks the own answer of a person without a birth date', () => {
    expect(neededAnswers(undefined, PLAN_DAY)).toEqual(['PERSON']);
  });

  it('counts a 29 February birthday on 1 March in a year without one, as the ledger does', () => {
    expect(neededAnswers('2012-02-29', '2024-02-28')).toEqual(['LEGAL_REPRESENTATIVE']);
    expect(neededAnswers('2012-02-29', '2024-02-29')).toEqual(['PERSON', 'LEGAL_REPRESENTATIVE']);
    expect(neededAnswers('2009-02-28', '2025-02-28')).toEqual(['PERSON']);
  });

  const member = (personId: string, role: string, birthDate?: string, erased = false): Member =>
    ({ personId, role, personalData: erased ? { erased: true } : { fullName: personId, birthDate } });

  it('says per person what the plan lacks and what the age does not allow', () => {
    const members = [member('moeder', 'VICTIM', '1990-02-03'), member('kind', 'CHILD', '2016-05-01'),
      member('oma', 'SUPPORT_NETWORK', undefined, true)];
    const needs = consentNeeds(members, [
      { personId: 'moeder', byRepresentative: false },
      { personId: 'kind', byRepresentative: false },
    ], PLAN_DAY);

    expect(needs.map((need) => need.personId)).toEqual(['moeder', 'kind']);
    expect(needs[0]).toMatchObject({ needed: ['PERSON'], missing: [], notAllowed: [] });
    expect(needs[1]).toMatchObject({ needed: ['LEGAL_REPRESENTATIVE'], missing: ['LEGAL_REPRESENTATIVE'], notAllowed: ['PERSON'] });
  });

  it('takes the birth date a later report recorded', () => {
    const needs = consentNeeds([member('kind', 'CHILD'), member('kind', 'CHILD', '2010-01-01')], [], PLAN_DAY);
    expect(needs).toHaveLength(1);
    expect(needs[0].needed).toEqual(['PERSON', 'LEGAL_REPRESENTATIVE']);
  });
});
