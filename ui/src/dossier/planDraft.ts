import { PlanVersion } from './caseFile';

/** `answeredBy` of an answer the person gave themselves; otherwise the legal representative's person id */
export const SELF = 'SELF';

/**
 * One answer to the plan as the form edits it: about whom, who answered (the person, {@link SELF}, or a legal
 * representative by person id; empty for an answer recorded before representatives were named), the decision,
 * whether the plan was signed (empty until chosen) and the client's opinion.
 */
export interface ConsentDraft {
  personId: string;
  answeredBy: string;
  decision: string;
  signed: '' | 'true' | 'false';
  clientOpinion: string;
}

/**
 * The family plan as the form edits it: text as typed, rows the user can add and remove. A revision starts from the
 * current plan version, keeping each task's id so the ledger knows it is the same task (its TASK limit moves with
 * it instead of starting anew).
 */
export interface PlanDraft {
  goals: { lifeDomain: string; description: string }[];
  tasks: { taskId?: string; description: string; ownerOrganisation: string; dueDate: string; status: string }[];
  safetyAgreements: string[];
  evaluationDates: string[];
  consents: ConsentDraft[];
}

export const emptyGoal = () => ({ lifeDomain: 'SAFETY', description: '' });
export const emptyTask = () => ({ description: '', ownerOrganisation: '', dueDate: '', status: 'PLANNED' });
export const emptyConsent = (personId = '', answeredBy = SELF): ConsentDraft =>
  ({ personId, answeredBy, decision: 'GIVEN', signed: '', clientOpinion: '' });

export function planDraftOf(plan: PlanVersion | null | undefined): PlanDraft {
  if (!plan) {
    return { goals: [emptyGoal()], tasks: [], safetyAgreements: [], evaluationDates: [], consents: [] };
  }
  return {
    goals: plan.goals.map((goal) => ({ ...goal })),
    tasks: plan.tasks.map((task) => ({ ...task })),
    safetyAgreements: [...plan.safetyAgreements],
    evaluationDates: [...plan.evaluationDates],
    consents: plan.consents.map((consent) => ({
      personId: consent.personId,
      answeredBy: consent.decidedBy === 'LEGAL_REPRESENTATIVE' ? consent.representativeId ?? '' : SELF,
      decision: consent.decision,
      // a plan of before signing was recorded says nothing of it: the user chooses again
      signed: consent.signed === true ? 'true' : consent.signed === false ? 'false' : '',
      // an erased opinion is not sent back: the ledger refuses an opinion for an erased person (PERSON_ERASED)
      clientOpinion: consent.clientOpinion?.erased ? '' : consent.clientOpinion?.note ?? '',
    })),
  };
}

/** the plan as the API reads it (CaseRequests.Plan): trimmed text, no empty optional parts */
export function planBody(draft: PlanDraft) {
  return {
    goals: draft.goals.map((goal) => ({ lifeDomain: goal.lifeDomain, description: goal.description.trim() })),
    tasks: draft.tasks.map((task) => ({
      ...(task.taskId ? { taskId: task.taskId } : {}),
      description: task.description.trim(),
      ownerOrganisation: task.ownerOrganisation.trim(),
      dueDate: task.dueDate,
      status: task.status,
    })),
    safetyAgreements: draft.safetyAgreements.map((agreement) => agreement.trim()),
    evaluationDates: [...draft.evaluationDates],
    consents: draft.consents.map((consent) => ({
      personId: consent.personId,
      ...(consent.answeredBy !== SELF ? { representativeId: consent.answeredBy } : {}),
      decision: consent.decision,
      signed: consent.signed === 'true',
      ...(consent.clientOpinion.trim() ? { clientOpinion: consent.clientOpinion.trim() } : {}),
    })),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the API would refuse with 400 (CaseRequests.Plan: blank text, a missing date or choice), by the field name the
 * API uses (`plan.tasks[0].dueDate`), so the complaint lands at the same field whichever side found it. Dates in the
 * past are the case's rules (EVALUATION_DATE_IN_PAST, DUE_DATE_IN_PAST): the ledger decides those, and which consents
 * a plan needs (CONSENT_MISSING). One of the ledger's rules is checked here too, because it is about one field: an
 * answer not signed carries the client's opinion (OPINION_REQUIRED), unless the person's data was erased (`erased`).
 */
export function planComplaints(draft: PlanDraft, erased: (personId: string) => boolean = () => false): Record<string, string> {
  const complaints: Record<string, string> = {};
  draft.goals.forEach((goal, index) => {
    if (!goal.description.trim()) complaints[`plan.goals[${index}].description`] = 'Beschrijf het doel.';
  });
  draft.tasks.forEach((task, index) => {
    if (!task.description.trim()) complaints[`plan.tasks[${index}].description`] = 'Beschrijf de taak.';
    if (!task.ownerOrganisation.trim()) complaints[`plan.tasks[${index}].ownerOrganisation`] = 'Vul de uitvoerende organisatie in.';
    if (!ISO_DATE.test(task.dueDate)) complaints[`plan.tasks[${index}].dueDate`] = 'Vul een datum in.';
  });
  draft.safetyAgreements.forEach((agreement, index) => {
    if (!agreement.trim()) complaints[`plan.safetyAgreements[${index}]`] = 'Vul de afspraak in of verwijder deze regel.';
  });
  draft.evaluationDates.forEach((date, index) => {
    if (!ISO_DATE.test(date)) complaints[`plan.evaluationDates[${index}]`] = 'Vul een datum in of verwijder deze regel.';
  });
  draft.consents.forEach((consent, index) => {
    const field = `plan.consents[${index}]`;
    if (!consent.personId) complaints[`${field}.personId`] = 'Kies de persoon.';
    if (!consent.answeredBy) complaints[`${field}.representativeId`] = 'Kies de wettelijk vertegenwoordiger.';
    if (!consent.signed) complaints[`${field}.signed`] = 'Geef aan of het plan is ondertekend.';
    if (consent.signed === 'false' && !consent.clientOpinion.trim() && !erased(consent.personId)) {
      complaints[`${field}.clientOpinion`] = 'Zonder handtekening: leg de mening van de cliënt over het plan vast.';
    }
  });
  return complaints;
}
