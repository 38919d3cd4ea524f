import { describe, expect, it } from 'vitest';
import { csrfToken, query } from './client';
import { ApiProblem, describeProblem } from './problem';

describe('the API client', () => {
  it('finds the CSRF token among the cookies', () => {
    expect(csrfToken('a=1; XSRF-TOKEN=abc%3D; b=2')).toBe('abc=');
    expect(csrfToken('a=1')).toBeUndefined();
  });

  it('leaves empty parameters out of a query', () => {
    expect(query({ status: 'OPEN', code: '', page: 0, size: undefined })).toBe('?status=OPEN&page=0');
    expect(query({})).toBe('');
  });
});

describe('problem details in Dutch', () => {
  it('says a step that is not the user\'s organisation\'s in Dutch (403 not-your-step)', () => {
    const notYours = new ApiProblem(403, {
      type: 'urn:hgk-ledger:problem:not-your-step', refusal: 'OUTSIDE_CAPACITY',
      detail: 'an organisation of type LOCAL_TEAM does not take the step ASSIGN_CODE',
    });
    expect(describeProblem(notYours)).toMatch(/^Deze stap hoort niet bij uw organisatie \(/);
    expect(describeProblem(new ApiProblem(403, { type: 'urn:hgk-ledger:problem:not-your-step' })))
      .toContain('hoort in deze casus niet bij u');
  });

  it('says a refusal in its own sentence', () => {
    const refused = new ApiProblem(422, { type: 'urn:hgk-ledger:problem:command-refused', refusal: 'NO_CODE' });
    expect(describeProblem(refused)).toContain('veiligheidscode');
  });

  it('collects each field complaint at its field', () => {
    const invalid = new ApiProblem(400, {
      type: 'urn:hgk-ledger:problem:invalid-request',
      errors: [{ field: 'bsn', message: 'voldoet niet aan de elfproef' }],
    });
    expect(invalid.kind).toBe('invalid-request');
    expect(invalid.fieldErrors).toEqual({ bsn: 'voldoet niet aan de elfproef' });
  });

  it('tells a stale edit apart', () => {
    const stale = new ApiProblem(409, { type: 'urn:hgk-ledger:problem:stale-version' });
    expect(describeProblem(stale)).toContain('Iemand anders');
  });
});
