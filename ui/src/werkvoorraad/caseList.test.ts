import { describe, expect, it } from 'vitest';
import { caseNumber, signalsInWords } from './caseList';

describe('a case in the list', () => {
  it('is told by the first part of its id', () => {
    expect(caseNumber('0f6c1c52-3a1e-4f7b-9a43-6a2b1d6f0001')).toBe('0f6c1c52');
  });

  it('names its open stagnation signals in words, and nothing when there are none', () => {
    expect(signalsInWords(0)).toBe('');
    expect(signalsInWords(undefined)).toBe('');
    expect(signalsInWords(1)).toBe('1 stagnatiesignaal');
    expect(signalsInWords(3)).toBe('3 stagnatiesignalen');
  });
});
