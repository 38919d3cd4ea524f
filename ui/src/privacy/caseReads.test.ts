import { describe, expect, it } from 'vitest';
import { describeRead, pageCount, pageRange } from './caseReads';

describe('a read of a case in words', () => {
  it('says what was read and how, in Dutch', () => {
    expect(describeRead({ what: 'FAMILY_PLAN', detail: null })).toBe('gezinsplan');
    expect(describeRead({ what: 'FAMILY_PLAN', detail: 'minVersion=1234' })).toBe('gezinsplan, na wijziging (versie 1.234)');
    expect(describeRead({ what: 'CASE_HISTORY', detail: 'json' })).toBe('dossierhistorie');
    expect(describeRead({ what: 'CASE_HISTORY', detail: 'html download asOf=2026-12-03T09:15:00Z' })).toBe(
      'dossierhistorie, als afdruk, gedownload, zoals op 3 december 2026 om 10:15',
    );
    expect(describeRead({ what: 'FAMILY_PLAN_UPDATES', detail: null })).toBe('gezinsplan, live gevolgd');
    expect(describeRead({ what: 'CASE_SEARCH', detail: 'zoeken op bsn' })).toBe('zoekopdracht in de casuslijst (zoeken op bsn)');
  });

  it('counts the rows of a page and the pages', () => {
    const entries = new Array(50).fill({});
    expect(pageRange({ entries, page: 1, size: 50, total: 230 })).toBe('Inzagen 51–100 van 230');
    expect(pageCount({ total: 230, size: 50 })).toBe(5);
    expect(pageCount({ total: 0, size: 50 })).toBe(1);
  });
});
