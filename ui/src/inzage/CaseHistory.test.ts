import { describe, expect, it } from 'vitest';
import { isCaseId, printableHistoryAddress } from '../api/caseHistory';
import { readingReasons } from './ReadingReasons';

describe('reading a case\'s history', () => {
  it('knows a case id when it sees one', () => {
    expect(isCaseId('072f4ac8-6077-4dcb-9675-bd8fb40c9b07')).toBe(true);
    expect(isCaseId(' 072F4AC8-6077-4DCB-9675-BD8FB40C9B07 ')).toBe(true);
    expect(isCaseId('dossier 12')).toBe(false);
    expect(isCaseId('072f4ac8-6077-4dcb-9675')).toBe(false);
  });

  it('asks the printable history with the reason and the moment', () => {
    expect(printableHistoryAddress({ caseId: 'c1', reason: 'toezicht op triage', asOf: '2026-12-03T13:00:27.999Z' }))
      .toBe('/api/cases/c1/history?format=html&reason=toezicht+op+triage&asOf=2026-12-03T13%3A00%3A27.999Z');
    expect(printableHistoryAddress({ caseId: 'c1', reason: 'toezicht' })).toBe('/api/cases/c1/history?format=html&reason=toezicht');
  });

  it('remembers a reason per user and case, never in the browser\'s storage', () => {
    readingReasons.give('inspecteur', 'C1', ' toezicht ');
    expect(readingReasons.of('inspecteur', 'c1')).toBe('toezicht');
    expect(readingReasons.of('inspecteur-hm', 'c1')).toBeUndefined();
    expect(readingReasons.of('inspecteur', 'c2')).toBeUndefined();
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    readingReasons.forget('inspecteur', 'c1');
    expect(readingReasons.of('inspecteur', 'c1')).toBeUndefined();
  });
});
