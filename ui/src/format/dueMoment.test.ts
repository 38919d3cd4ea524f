import { describe, expect, it } from 'vitest';
import { describeDue, lastDay, urgencyOf } from './dueMoment';

describe('a due moment in Dutch', () => {
  it('shows a limit ending at midnight as the day it ends, in winter and in summer time', () => {
    expect(describeDue('2026-12-10T23:00:00Z')).toBe('10 december 2026');
    expect(lastDay('2026-12-10T23:00:00Z')).toBe('2026-12-10');
    expect(describeDue('2026-06-10T22:00:00Z')).toBe('10 juni 2026');
    expect(lastDay('2026-01-01T23:00:00Z')).toBe('2026-01-01');
    expect(lastDay('2025-12-31T23:00:00Z')).toBe('2025-12-31');
  });

  it('shows a limit due in the course of a day with its Dutch time', () => {
    expect(describeDue('2026-12-04T09:39:47Z')).toBe('4 december 2026 om 10:39');
  });

  it('shows nothing for no moment', () => {
    expect(describeDue(undefined)).toBe('');
    expect(describeDue('geen datum')).toBe('');
  });
});

describe('the urgency of a limit', () => {
  const now = new Date('2026-12-03T10:00:00Z');

  it('takes overdue from the ledger, also when the due moment seems to lie ahead', () => {
    expect(urgencyOf({ dueAt: '2026-12-10T23:00:00Z', overdue: true }, now)).toBe('overdue');
  });

  it('is today when the last day is today in the Netherlands', () => {
    expect(urgencyOf({ dueAt: '2026-12-03T23:00:00Z', overdue: false }, now)).toBe('today');
    expect(urgencyOf({ dueAt: '2026-12-03T15:00:00Z', overdue: false }, now)).toBe('today');
  });

  it('is later otherwise', () => {
    expect(urgencyOf({ dueAt: '2026-12-04T23:00:00Z', overdue: false }, now)).toBe('later');
  });
});
