import { describe, expect, it } from 'vitest';
import { announcementStep, completion, pace, percentDone, progressLabel } from './rebuildProgress';

describe('a rebuild in numbers and words', () => {
  it('rounds the percentage down, so that 100% means done', () => {
    expect(percentDone({ done: 4500, total: 10000 })).toBe(45);
    expect(percentDone({ done: 9999, total: 10000 })).toBe(99);
    expect(percentDone({ done: 10000, total: 10000 })).toBe(100);
    expect(percentDone({ done: 12, total: 10 })).toBe(100);
    expect(percentDone({ done: 0, total: 0 })).toBe(100);
  });

  it('labels the bar in Dutch with grouped thousands', () => {
    expect(progressLabel({ done: 4500, total: 10000 })).toBe('Herbouwen: 45% (4.500 van 10.000 gebeurtenissen)');
    expect(completion('gezinsplannen', { done: 48320 })).toBe(
      'Herbouwen van gezinsplannen voltooid: 48.320 gebeurtenissen verwerkt.',
    );
  });

  it('says the pace and the expected finish in Dutch time', () => {
    expect(pace({ eventsPerSecond: 1234.6, expectedFinish: '2026-12-03T13:05:00Z' })).toBe(
      'ongeveer 1.235 gebeurtenissen per seconde; naar verwachting klaar op 3 december 2026 om 14:05',
    );
    expect(pace({ eventsPerSecond: null, expectedFinish: null })).toBe('');
  });

  it('announces at most every tenth of the way', () => {
    expect(announcementStep(undefined, { done: 3, total: 100 })).toBe(0);
    expect(announcementStep(0, { done: 9, total: 100 })).toBeUndefined();
    expect(announcementStep(0, { done: 45, total: 100 })).toBe(40);
    expect(announcementStep(40, { done: 49, total: 100 })).toBeUndefined();
    expect(announcementStep(40, { done: 100, total: 100 })).toBe(100);
  });
});
