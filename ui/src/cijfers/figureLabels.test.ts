import { describe, expect, it } from 'vitest';
import { figureLabel, sectionTitle } from './figureLabels';

describe('the Dutch names of the figures', () => {
  it('names figures from their keys and the words of the enumerations', () => {
    expect(figureLabel('contacts.reports.CHILD_ABUSE')).toBe('Meldingen over kindermishandeling');
    expect(figureLabel('reports.byReporterType.CITIZEN')).toBe('Meldingen door melder: burger');
    expect(figureLabel('safetyCodes.first.ORANGE')).toBe('Eerste veiligheidscode oranje');
    expect(figureLabel('escalations.raised.PROCESS_DIRECTOR')).toBe('Opschalingen naar stap 4: procesregisseur');
    expect(figureLabel('leadTimes.reportToPlan.medianDays')).toBe('Mediaan in dagen van de eerste melding tot het vastgestelde gezinsplan');
    expect(figureLabel('timeLimits.TRIAGE.shareMetInTime')).toBe('Termijn triage binnen 5 werkdagen na een melding: aandeel op tijd gehaald');
    expect(figureLabel('providerNotices.noShows.PROVIDER')).toBe('Herhaald niet verschijnen, gemeld door zorgaanbieder');
    expect(figureLabel('providerNotices.stoppedEarly.OTHER'))
      .toBe('Hulp voortijdig afgebroken, gemeld door een andere of geen vastgelegde soort organisatie');
    expect(sectionTitle('providerNotices', 'Help stopped early')).toBe('Voortijdig afgebroken hulp en herhaald niet verschijnen, per soort organisatie');
  });

  it('keeps the API\'s label for a figure of a newer ledger', () => {
    expect(figureLabel('shelter.placements', 'Shelter placements')).toBe('Shelter placements');
    expect(sectionTitle('shelter', 'Shelter')).toBe('Shelter');
    expect(sectionTitle('triage', 'Triage')).toBe('Triage');
  });
});
