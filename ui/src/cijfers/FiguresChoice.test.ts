import { describe, expect, it } from 'vitest';
import { choiceFromSearch, currentHalfYear, periodName, periodOptions, searchFromChoice } from './FiguresChoice';

const DECEMBER = new Date('2026-12-03T12:00:00Z');

describe('the choice of figures in the address', () => {
  it('defaults to the reader\'s own region and the current half-year', () => {
    expect(choiceFromSearch(new URLSearchParams(), 'VT24', DECEMBER)).toEqual({ region: 'VT24', period: '2026-H2', municipality: undefined });
  });

  it('reads region, period and municipality from the address', () => {
    const search = new URLSearchParams('regio=VT24&periode=2025-H1&gemeente=GM0505');
    expect(choiceFromSearch(search, 'VT10', DECEMBER)).toEqual({ region: 'VT24', period: '2025-H1', municipality: 'GM0505' });
  });

  it('falls back where the address holds something the API would refuse', () => {
    const search = new URLSearchParams('regio=VT99&periode=2026-H3&gemeente=GM0546');
    // GM0546 Leiden lies in VT10, not in the own region VT24 the choice falls back to
    expect(choiceFromSearch(search, 'VT24', DECEMBER)).toEqual({ region: 'VT24', period: '2026-H2', municipality: undefined });
    expect(choiceFromSearch(new URLSearchParams('periode=1999'), 'VT24', DECEMBER).period).toBe('2026-H2');
  });

  it('has no region for a reader without one until one is chosen', () => {
    expect(choiceFromSearch(new URLSearchParams(), null, DECEMBER).region).toBe('');
  });

  it('writes the choice back, without an empty municipality', () => {
    expect(searchFromChoice({ region: 'VT24', period: '2026' }).toString()).toBe('regio=VT24&periode=2026');
    expect(searchFromChoice({ region: 'VT24', period: '2026-H1', municipality: 'GM0505' }).toString()).toBe('regio=VT24&periode=2026-H1&gemeente=GM0505');
  });

  it('takes the half-year in Dutch time', () => {
    expect(currentHalfYear(new Date('2026-06-30T22:30:00Z'))).toBe('2026-H2');
    expect(currentHalfYear(new Date('2026-06-30T21:30:00Z'))).toBe('2026-H1');
  });

  it('names periods in Dutch and offers six years, newest first', () => {
    expect(periodName('2026-H1')).toBe('eerste halfjaar 2026 (januari tot en met juni)');
    expect(periodName('2025')).toBe('heel 2025');
    const options = periodOptions(DECEMBER);
    expect(options[0]).toEqual({ value: '2026-H2', label: 'tweede halfjaar 2026 (juli tot en met december)' });
    expect(options).toHaveLength(18);
    expect(options.at(-1)?.value).toBe('2021');
  });
});
