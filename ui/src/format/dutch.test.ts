import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercentage, formatShortDate, todayInTheNetherlands } from './dutch';

describe('Dutch formats', () => {
  it('writes a calendar date in words, without moving it between zones', () => {
    expect(formatDate('2026-12-03')).toBe('3 december 2026');
    expect(formatDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatShortDate('2026-03-09')).toBe('09-03-2026');
  });

  it('shows an instant in Dutch time, summer and winter', () => {
    expect(formatDateTime('2026-12-03T09:15:00Z')).toBe('3 december 2026 om 10:15');
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('2 juli 2026 om 00:30');
  });

  it('groups thousands with a dot and writes a decimal comma', () => {
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatPercentage(0.125)).toBe('12,5%');
  });

  it('knows the Dutch day around midnight UTC', () => {
    expect(todayInTheNetherlands(new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-03');
  });

  it('leaves an empty value empty and an unreadable one as it is', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('onbekend')).toBe('onbekend');
  });
});
