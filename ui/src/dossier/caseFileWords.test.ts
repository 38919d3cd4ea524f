import { describe, expect, it } from 'vitest';
import { describeDueInWords as describeDue } from '../format/dueMoment';
import { ERASED, ageOn, maskedBsn, memberLabel, memberName } from './members';
import { SubmissionKey } from '../api/submissionKey';
import { instantOfDutchLocalTime } from '../format/dutch';

describe('the words of the case file', () => {
  it('shows a limit that runs to the end of a Dutch day as that day, and one of hours with its time', () => {
    expect(describeDue('2026-12-10T23:00:00Z')).toBe('tot en met 10 december 2026');
    expect(describeDue('2026-07-10T22:00:00Z')).toBe('tot en met 10 juli 2026');
    expect(describeDue('2026-12-04T13:30:00Z')).toBe('uiterlijk 4 december 2026 om 14:30');
  });

  it('marks an erased person plainly and names the others with their role', () => {
    expect(memberName({ personId: 'p', role: 'VICTIM', personalData: { erased: true } })).toBe(ERASED);
    expect(memberLabel({ personId: 'p', role: 'PERPETRATOR', personalData: { fullName: 'B. Voorbeeld' } })).toBe('B. Voorbeeld (pleger)');
  });

  it('counts age in whole years, as a birthday does', () => {
    expect(ageOn('2016-02-20', '2026-02-19')).toBe(9);
    expect(ageOn('2016-02-20', '2026-02-20')).toBe(10);
  });

  it('hides all but the last three digits of a BSN', () => {
    expect(maskedBsn('111222333')).toBe('••••••333');
  });

  it('keeps the Idempotency-Key for the same request and takes a new one for a different request', () => {
    const submission = new SubmissionKey();
    const first = submission.for({ path: '/api/cases/c/code', body: { code: 'RED', expectedVersion: 2 } });
    expect(submission.for({ path: '/api/cases/c/code', body: { code: 'RED', expectedVersion: 2 } })).toBe(first);
    expect(submission.for({ path: '/api/cases/c/code', body: { code: 'RED', expectedVersion: 3 } })).not.toBe(first);
  });

  it('reads a moment typed in Dutch time as UTC, in winter and in summer', () => {
    expect(instantOfDutchLocalTime('2026-12-03T14:30')).toBe('2026-12-03T13:30:00.000Z');
    expect(instantOfDutchLocalTime('2026-07-01T00:30')).toBe('2026-06-30T22:30:00.000Z');
  });
});

describe('the API\'s complaints at their fields', () => {
  it('are shown in Dutch where the message is a standard one, and as written otherwise', async () => {
    const { ApiProblem } = await import('../api/problem');
    const { fieldComplaintsInDutch } = await import('./fieldComplaints');
    const problem = new ApiProblem(400, {
      type: 'urn:hgk-ledger:problem:invalid-request',
      errors: [
        { field: 'plan.goals[0].description', message: 'must not be blank' },
        { field: 'reason', message: 'size must be between 0 and 2000' },
        { field: 'code', message: 'expected one of GREEN, ORANGE, RED, given 2' },
      ],
    });
    expect(fieldComplaintsInDutch(problem)).toEqual({
      'plan.goals[0].description': 'Vul dit veld in.',
      reason: 'Ten hoogste 2000 tekens.',
      code: 'expected one of GREEN, ORANGE, RED, given 2',
    });
  });
});
