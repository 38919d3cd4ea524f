import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { checkSearch, EMPTY_SEARCH, searchComplaints, searchParameters } from './personSearch';

const TODAY = '2026-12-03';

describe('a search by BSN', () => {
  it('is sent as nine digits when it passes the elfproef', () => {
    const search = { ...EMPTY_SEARCH, bsn: '111 222 333' };
    expect(checkSearch(search, TODAY)).toEqual({});
    expect(searchParameters(search)).toEqual({ bsn: '111222333', reason: undefined, page: 0 });
  });

  it('is told at its field when it fails the elfproef', () => {
    expect(Object.keys(checkSearch({ ...EMPTY_SEARCH, bsn: '111222334' }, TODAY))).toEqual(['bsn']);
  });
});

describe('a search by address', () => {
  it('needs a Dutch postcode and a house number, and sends nothing of another kind of search', () => {
    const search = { ...EMPTY_SEARCH, kind: 'address' as const, bsn: '111222333', postcode: '3311ab', houseNumber: '12-A' };
    expect(checkSearch(search, TODAY)).toEqual({});
    expect(searchParameters(search, 2)).toEqual({ postcode: '3311ab', houseNumber: '12-A', reason: undefined, page: 2 });
    expect(Object.keys(checkSearch({ ...search, postcode: '331 AB', houseNumber: '' }, TODAY)))
      .toEqual(['postcode', 'houseNumber']);
  });
});

describe('a search by name and birth date', () => {
  it('needs both, and a birth date not in the future', () => {
    const search = { ...EMPTY_SEARCH, kind: 'name' as const, name: ' A. Voorbeeld ', birthDate: '1990-04-01', reason: 'melding' };
    expect(checkSearch(search, TODAY)).toEqual({});
    expect(searchParameters(search)).toEqual({ name: 'A. Voorbeeld', birthDate: '1990-04-01', reason: 'melding', page: 0 });
    expect(Object.keys(checkSearch({ ...search, name: ' ', birthDate: '2026-12-04' }, TODAY))).toEqual(['name', 'birthDate']);
  });
});

describe('the API complaints', () => {
  it('are told in Dutch at the field they name', () => {
    const problem = new ApiProblem(400, {
      type: 'urn:hgk-ledger:problem:invalid-query',
      errors: [{ field: 'bsn', message: 'must be nine digits (spaces, dots and dashes between them are fine)' }],
    });
    expect(searchComplaints(problem)).toEqual({ bsn: 'Vul een BSN in van 9 cijfers dat voldoet aan de elfproef.' });
    expect(searchComplaints(new Error('boom'))).toEqual({});
  });
});
