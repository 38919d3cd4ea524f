import { describe, expect, it } from 'vitest';
import { fromWallTime, toWallTime } from './DutchMoment';

describe('the moment of the inzage, between the field and the API', () => {
  it('shows an instant in Dutch time, winter and summer', () => {
    expect(toWallTime('2026-12-03T13:00:27.430Z')).toBe('2026-12-03T14:00:27');
    expect(toWallTime('2026-07-01T10:00:00Z')).toBe('2026-07-01T12:00:00');
  });

  it('takes a field\'s second as the whole second, so a step recorded in it counts', () => {
    expect(fromWallTime('2026-12-03T14:00:27')).toBe('2026-12-03T13:00:27.999Z');
    expect(fromWallTime('2026-07-01T12:00:00')).toBe('2026-07-01T10:00:00.999Z');
  });

  it('takes a time without seconds as second 00, as a seconds field gives it then', () => {
    // a datetime-local field with step 1 showing 14:00:00 has the value "…T14:00": not the whole minute, or a step at
    // 14:00:03 would show in a case "as it stood at 14:00:00"
    expect(fromWallTime('2026-12-03T14:00')).toBe('2026-12-03T13:00:00.999Z');
  });

  it('finds the right offset on the days the clocks change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 25 October 2026: 03:00 CEST becomes 02:00 CET
    expect(fromWallTime('2026-03-29T01:30:00')).toBe('2026-03-29T00:30:00.999Z');
    expect(fromWallTime('2026-03-29T03:30:00')).toBe('2026-03-29T01:30:00.999Z');
    expect(fromWallTime('2026-10-25T04:00:00')).toBe('2026-10-25T03:00:00.999Z');
  });

  it('refuses what is no time', () => {
    expect(fromWallTime('')).toBeUndefined();
    expect(fromWallTime('3 december')).toBeUndefined();
  });

  it('goes there and back', () => {
    const instant = '2026-12-03T13:00:27.000Z';
    expect(toWallTime(fromWallTime(toWallTime(instant))!)).toBe(toWallTime(instant));
  });
});
