import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { complaintsAbout, ERASED_FOR_EVER, erasureDone, erasureRefusal, erasureWarning, KEPT } from './erasure';

const CASE = '3f2b8c1e-5a7d-4e21-9c4b-1d2e3f4a5b6c';
const PERSON = '7a1c9e3d-2b4f-4d6a-8e0c-5f1b3a7d9c2e';

function refused(refusal: string) {
  return new ApiProblem(422, { type: 'urn:hgk-ledger:problem:command-refused', refusal, detail: 'in English' });
}

describe('erasing a person', () => {
  it('needs a case id, a person id and a reason before it asks for confirmation', () => {
    expect(complaintsAbout({ caseId: '', personId: 'x', reason: ' ' })).toEqual({
      caseId: 'Vul het casus-id in.',
      personId: expect.stringMatching(/36 tekens/),
      reason: expect.stringMatching(/^Geef de reden/),
    });
    expect(complaintsAbout({ caseId: ` ${CASE} `, personId: PERSON, reason: 'verzoek van de betrokkene' })).toEqual({});
  });

  it('names in the confirmation what becomes unreadable for ever, and what stays', () => {
    const warning = erasureWarning({ caseId: CASE, personId: PERSON });
    expect(warning).toContain(PERSON);
    expect(warning).toContain(CASE);
    expect(warning).toMatch(/voor altijd onleesbaar/);
    expect(warning).toMatch(/crypto-shredding/);
    expect(warning).toMatch(/niet ongedaan/);
    expect(ERASED_FOR_EVER).toEqual(expect.arrayContaining(['naam', 'BSN', 'geboortedatum', 'adres']));
    expect(KEPT.join(' ')).toMatch(/alle gebeurtenissen/);
  });

  it('tells the outcome with the case version and the placeholder people will see', () => {
    expect(erasureDone({ caseId: CASE, personId: PERSON }, { caseId: CASE, version: 7 })).toBe(
      `De persoonsgegevens van persoon ${PERSON} in casus ${CASE} zijn gewist (casusversie 7). Overal waar deze `
        + 'persoon voorkomt, staat nu "verwijderd" in plaats van naam, BSN, geboortedatum en adres.',
    );
  });

  it('tells the refusals in Dutch', () => {
    expect(erasureRefusal(refused('PERSON_ALREADY_ERASED'))).toBe('De gegevens van deze persoon zijn al gewist. Er is niets meer te wissen.');
    expect(erasureRefusal(refused('UNKNOWN_PERSON'))).toMatch(/^Deze casus heeft geen persoonsgegevens van dit persoons-id/);
    expect(erasureRefusal(new ApiProblem(404, { type: 'urn:hgk-ledger:problem:unknown-case' }))).toMatch(/bestaat niet/);
  });
});
