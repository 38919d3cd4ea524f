import { describe, expect, it } from 'vitest';
import { accessLogRequest, complaintsAbout, filterFromSearch, NO_FILTER, searchFromFilter, startOfDutchDay } from './accessLogFilter';

const CASE = '3f2b8c1e-5a7d-4e21-9c4b-1d2e3f4a5b6c';

describe('the access log filter', () => {
  it('asks for the whole first page without filters', () => {
    expect(accessLogRequest(NO_FILTER)).toBe('/api/access-log?page=0&size=50');
  });

  it('turns Dutch calendar days into moments with the offset of the day, the last day included', () => {
    const request = accessLogRequest({ caseId: CASE, from: '2026-03-01', to: '2026-07-31', page: 2, size: 25 });
    const search = new URL(request, 'http://x').searchParams;
    expect(search.get('caseId')).toBe(CASE);
    expect(search.get('from')).toBe('2026-03-01T00:00:00+01:00');
    // the API's `to` is exclusive: the day after the last day, in summer time
    expect(search.get('to')).toBe('2026-08-01T00:00:00+02:00');
    expect(search.get('page')).toBe('2');
    expect(search.get('size')).toBe('25');
    // a plus sign in a query would be read as a space
    expect(request).toContain('%2B01%3A00');
  });

  it('takes the offset of local midnight on the days the clocks change', () => {
    expect(startOfDutchDay('2026-03-29')).toBe('2026-03-29T00:00:00+01:00');
    expect(startOfDutchDay('2026-03-30')).toBe('2026-03-30T00:00:00+02:00');
    expect(startOfDutchDay('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
    expect(startOfDutchDay('2026-10-26')).toBe('2026-10-26T00:00:00+01:00');
    expect(startOfDutchDay('2026-12-31')).toBe('2026-12-31T00:00:00+01:00');
  });

  it('keeps the filter in the address bar with Dutch names and pages counted from 1', () => {
    const filter = { caseId: CASE, from: '2026-03-01', to: '', page: 1, size: 100 };
    const search = searchFromFilter(filter);
    expect(search.toString()).toBe(`casus=${CASE}&van=2026-03-01&pagina=2&per=100`);
    expect(filterFromSearch(search)).toEqual(filter);
    expect(searchFromFilter(NO_FILTER).toString()).toBe('');
  });

  it('ignores a page or size in the address bar that the page does not offer', () => {
    expect(filterFromSearch(new URLSearchParams('pagina=-3&per=7'))).toEqual(NO_FILTER);
  });

  it('complains in Dutch about a case id that is no id and a period that ends before it starts', () => {
    expect(complaintsAbout({ ...NO_FILTER, caseId: '12345' }).caseId).toMatch(/36 tekens/);
    expect(complaintsAbout({ ...NO_FILTER, from: '2026-03-02', to: '2026-03-01' }).to).toBe(
      'De einddatum ligt vóór de begindatum.',
    );
    expect(complaintsAbout({ ...NO_FILTER, from: '2026-03-01', to: '2026-03-01' })).toEqual({});
  });
});
