import { ApiProblem, describeProblem } from '../api/problem';

/**
 * The erasure of one person's personal data (`POST /api/cases/{caseId}/persons/{personId}/erasure`, docs/privacy.md):
 * what the privacy officer is told before and after. A privacy officer reads no family plan and no history, so the
 * page cannot show the person's name: it asks for the ids the case worker gives, and says plainly what goes.
 */
export interface ErasureRequest {
  caseId: string;
  personId: string;
  reason: string;
}

/** the ledger's answer: the case at its new version */
export interface ErasureOutcome {
  caseId: string;
  version: number;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** what a privacy officer must fill in before the confirmation step, per field */
export function complaintsAbout(request: ErasureRequest): Record<string, string> {
  const complaints: Record<string, string> = {};
  if (!request.caseId.trim()) complaints.caseId = 'Vul het casus-id in.';
  else if (!ID.test(request.caseId.trim())) complaints.caseId = 'Een casus-id bestaat uit 36 tekens, zoals 3f2b8c1e-5a7d-4e21-9c4b-1d2e3f4a5b6c.';
  if (!request.personId.trim()) complaints.personId = 'Vul het persoons-id in.';
  else if (!ID.test(request.personId.trim())) complaints.personId = 'Een persoons-id bestaat uit 36 tekens, zoals 7a1c9e3d-2b4f-4d6a-8e0c-5f1b3a7d9c2e.';
  if (!request.reason.trim()) complaints.reason = 'Geef de reden van het wissen, bijvoorbeeld het verzoek van de betrokkene.';
  else if (request.reason.trim().length > 2000) complaints.reason = 'De reden is te lang: ten hoogste 2.000 tekens.';
  return complaints;
}

/** What becomes unreadable for ever: every field of the person's `PersonalData`, wherever it is stored. */
export const ERASED_FOR_EVER = [
  'naam',
  'BSN',
  'geboortedatum',
  'adres',
  'notities en de mening van de persoon over het plan',
  'bij een melder: de contactgegevens',
];

/** What stays, so that the history remains honest. */
export const KEPT = [
  'alle gebeurtenissen van de casus, met wie wat wanneer deed en waarom',
  'de rol van de persoon in de casus (bijvoorbeeld kind of slachtoffer) en het persoons-id',
  'uw reden voor het wissen: die komt in de geschiedenis van de casus, met uw naam. Noem daarin geen namen.',
];

/** the sentence above the lists of the confirmation step */
export function erasureWarning(request: Pick<ErasureRequest, 'personId' | 'caseId'>): string {
  return `Na het wissen zijn de persoonsgegevens van persoon ${request.personId.trim()} in casus `
    + `${request.caseId.trim()} voor altijd onleesbaar, in elke gebeurtenis en in elk overzicht. De sleutel waarmee `
    + 'ze versleuteld zijn wordt vernietigd (crypto-shredding). Dit kan niet ongedaan worden gemaakt.';
}

/** the outcome, for the privacy officer and for the record they may keep */
export function erasureDone(request: Pick<ErasureRequest, 'personId' | 'caseId'>, outcome: ErasureOutcome): string {
  return `De persoonsgegevens van persoon ${request.personId.trim()} in casus ${outcome.caseId} zijn gewist `
    + `(casusversie ${outcome.version}). Overal waar deze persoon voorkomt, staat nu "verwijderd" in plaats van `
    + 'naam, BSN, geboortedatum en adres.';
}

/**
 * A refusal of the erasure in Dutch. `UNKNOWN_PERSON` means here that the case holds no personal data of that id,
 * which the general sentence ("not involved in the case") says less precisely.
 */
export function erasureRefusal(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.problem.refusal === 'UNKNOWN_PERSON') {
      return 'Deze casus heeft geen persoonsgegevens van dit persoons-id. Controleer het id bij de casemanager; '
        + 'een anonieme melder heeft geen gegevens om te wissen.';
    }
    if (error.problem.refusal === 'PERSON_ALREADY_ERASED') {
      return 'De gegevens van deze persoon zijn al gewist. Er is niets meer te wissen.';
    }
    if (error.kind === 'unknown-case') {
      return 'Deze casus bestaat niet of valt buiten uw bevoegdheid. Controleer het casus-id.';
    }
  }
  return describeProblem(error);
}
