import { describe, expect, it } from 'vitest';
import { HistoryEntry } from './caseFile';
import { changesSince, whoChanged } from './changesSince';

const entry = (sequenceNumber: number, user: string, organisation: string, description: string): HistoryEntry => ({
  sequenceNumber, eventId: `e${sequenceNumber}`, timestamp: '2026-12-03T10:00:00Z', user, organisation, role: 'CASE_WORKER',
  eventType: 'X', description,
});

describe('what changed since the version a user saw', () => {
  const entries = [
    entry(0, 'casemanager', 'veilig-thuis-zhz', 'Melding ontvangen'),
    entry(1, 'casemanager', 'veilig-thuis-zhz', 'Termijn loopt: triage'),
    entry(3, 'casemanager', 'veilig-thuis-zhz', 'Triage besloten'),
    entry(2, 'regisseur', 'sociaal-team-dordrecht', 'Veiligheidscode ORANJE toegekend'),
  ];

  it('is every entry after that version, in the order of the case', () => {
    expect(changesSince(entries, 1).map((change) => change.sequenceNumber)).toEqual([2, 3]);
    expect(changesSince(entries, 3)).toEqual([]);
  });

  it('names each person who changed it once, in the order they acted', () => {
    expect(whoChanged(changesSince(entries, 1))).toEqual(['regisseur (sociaal-team-dordrecht)', 'casemanager (veilig-thuis-zhz)']);
  });
});
