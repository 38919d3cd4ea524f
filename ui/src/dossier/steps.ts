import { options, term } from '../text/terms';
import { instantOfDutchLocalTime, todayInTheNetherlands } from '../format/dutch';
import { CaseFileView, Member } from './caseFile';
import { PlanDraft, planBody, planComplaints, planDraftOf } from './planDraft';
import { memberLabel } from './members';
import { Help, taskLabel, tasksWhere } from './taskNotices';

/**
 * Every command of the case API (command/…/cases/web/CaseController.java) as a step a professional records: its
 * Dutch name, its fields, the body it sends, and when the family plan view says it makes sense. One entry per
 * command, so each rule lives in one place. The view only narrows the choice: the ledger decides every step again.
 */
export type StepId =
  | 'code' | 'triage' | 'investigation-start' | 'investigation-conclusion'
  | 'coordinator' | 'coordinator-replacement' | 'plan' | 'plan-revision' | 'plan-evaluation'
  | 'escalation' | 'case-conference' | 'process-director' | 'care-meeting' | 'care-meeting-held'
  | 'administrative-decision' | 'decision-confirmation' | 'escalation-resolution'
  | 'huisverbod' | 'huisverbod-extension' | 'huisverbod-end' | 'reporter-informed' | 'closure'
  | 'help-started' | 'help-ended' | 'help-stopped-early' | 'no-shows' | 'client-transferred' | 'other-party-proposed';

export interface StepField {
  name: string;
  label: string;
  /** checkboxes: several of the options, kept as their values joined by commas */
  kind: 'text' | 'textarea' | 'date' | 'datetime-local' | 'select' | 'number' | 'checkboxes';
  required?: boolean;
  description?: string;
  options?: { value: string; label: string }[];
  /** a date field's earliest and latest day, as the browser's date picker shows them (the ledger checks again) */
  min?: string;
  max?: string;
  /** only shown (and sent) when this holds, e.g. the care meeting's date when it is not urgent */
  shownWhen?: (values: Record<string, string>) => boolean;
}

/** what the user filled in: plain fields by the API's names, and the plan for the plan's steps */
export interface StepDraft {
  values: Record<string, string>;
  plan?: PlanDraft;
}

export interface StepDefinition {
  id: StepId;
  group: string;
  label: (view: CaseFileView) => string;
  /** told after the ledger recorded it */
  done: string;
  offered: (view: CaseFileView) => boolean;
  fields: (view: CaseFileView) => StepField[];
  /** the plan editor is part of the form */
  withPlan?: boolean;
  initial: (view: CaseFileView) => StepDraft;
  path: (caseId: string, draft: StepDraft) => string;
  /** the body without `expectedVersion`, which the form adds from the version the user saw */
  body: (draft: StepDraft, view: CaseFileView) => Record<string, unknown>;
  /** the field a refusal is about, to show the refusal's sentence there too */
  refusalFields?: Record<string, string>;
}

export const GROUPS = [
  'Veiligheid en triage',
  'Onderzoek Veilig Thuis',
  'Regie en gezinsplan',
  'Opschaling',
  'Huisverbod',
  'Melder en afsluiting',
  'Berichten aan de regisseur',
] as const;

const REASON_LENGTH = 2000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const reason = (required = false, description?: string): StepField => ({
  name: 'reason',
  label: 'Reden',
  kind: 'textarea',
  required,
  description: description ?? (required ? 'Verplicht bij deze stap. Komt in de dossierhistorie.' : 'Komt in de dossierhistorie.'),
});

const heldOn = (label: string): StepField => ({
  name: 'heldOn', label, kind: 'date', required: true, max: todayInTheNetherlands(),
});

/** the fields as typed, trimmed; empty optional ones are left out, as the API reads an absent field */
function plain(values: Record<string, string>, names: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of names) {
    const value = (values[name] ?? '').trim();
    if (value !== '') body[name] = value;
  }
  return body;
}

const path = (caseId: string, tail: string) => `/api/cases/${encodeURIComponent(caseId)}${tail}`;
const isOpen = (view: CaseFileView) => view.status === 'OPEN';
const withValues = (values: Record<string, string> = {}): StepDraft => ({ values: { reason: '', ...values } });

const STEP_ORDER = ['ADVICE', 'CASE_CONFERENCE', 'MANAGEMENT', 'PROCESS_DIRECTOR', 'ADMINISTRATIVE'];

/** reports (not advice requests) received after the last triage decision are still waiting for triage */
function reportsWaitingForTriage(view: CaseFileView): boolean {
  const decidedAt = view.triage?.decidedAt;
  return (view.reports ?? []).some(
    (report) => report.contactType === 'REPORT' && (!decidedAt || report.receivedAt > decidedAt),
  );
}

function reportersToInform(view: CaseFileView) {
  return (view.reports ?? []).filter((report) => !report.reporterInformed && report.reporterType !== 'ANONYMOUS');
}

function unevaluatedDates(view: CaseFileView): string[] {
  const plan = view.plan;
  if (!plan) return [];
  return plan.evaluationDates.filter((date) => !plan.evaluatedDates.includes(date));
}

/**
 * A notice of a task's owner to the coordinator (B2 §2.3): about a task of the current plan whose help is where
 * `about` says. The notices form one group; the ledger answers anyone but the task's owner with NOT_THE_TASK_OWNER.
 */
function notice(id: StepId, label: string, done: string, about: (help: Help) => boolean, fields: StepField[],
  names: string[], body: (values: Record<string, string>) => Record<string, unknown> = () => ({})): StepDefinition {
  const tasks = (view: CaseFileView) => tasksWhere(view, about);
  return {
    id,
    group: 'Berichten aan de regisseur',
    label: () => label,
    done,
    offered: (view) => isOpen(view) && tasks(view).length > 0,
    fields: (view) => [
      { name: 'taskId', label: 'Taak uit het gezinsplan', kind: 'select', required: true,
        options: tasks(view).map((task) => ({ value: task.taskId, label: taskLabel(task) })),
        description: 'Alleen de organisatie die de taak uitvoert, geeft hierover berichten door.' },
      ...fields,
      reason(),
    ],
    initial: (view) => withValues({
      taskId: tasks(view)[0]?.taskId ?? '',
      ...Object.fromEntries(fields.map((field) => [field.name, field.kind === 'date' ? todayInTheNetherlands() : ''])),
    }),
    path: (caseId) => path(caseId, `/notices/${id}`),
    body: ({ values }) => ({ ...plain(values, ['taskId', ...names, 'reason']), ...body(values) }),
    // each refusal at the field it is about, where this notice has that field
    refusalFields: Object.fromEntries(Object.entries(noticeRefusals(fields[0]?.kind === 'date' ? fields[0].name : 'taskId'))
      .filter(([, field]) => field === 'taskId' || fields.some((own) => own.name === field))),
  };
}

/** where a refusal of a notice belongs; a date's refusals at the notice's first field, its day */
const noticeRefusals = (day: string): Record<string, string> => ({
  NOT_THE_TASK_OWNER: 'taskId', UNKNOWN_TASK: 'taskId', HELP_ALREADY_STARTED: 'taskId', HELP_NOT_STARTED: 'taskId',
  HELP_ALREADY_ENDED: 'taskId', DATE_IN_FUTURE: day, HELP_ENDED_BEFORE_START: day,
  NO_SHOWS_NOT_REPEATED: 'missedAppointments', NO_SHOW_CAUSE_REQUIRED: 'causes', PROFESSIONAL_UNCHANGED: 'professional',
  PROPOSAL_NAMES_THE_TASK_OWNER: 'organisation',
});

const dayOfNotice = (name: string, label: string): StepField => ({
  name, label, kind: 'date', required: true, max: todayInTheNetherlands(),
});

const goingOn = (help: Help) => help.started && !help.over;
const notOver = (help: Help) => !help.over;

function memberOptions(members: Member[] = []) {
  return members.map((member) => ({ value: member.personId, label: memberLabel(member) }));
}

export const STEPS: StepDefinition[] = [
  {
    id: 'code',
    group: 'Veiligheid en triage',
    label: (view) => (view.safetyCode ? 'Veiligheidscode wijzigen' : 'Veiligheidscode vaststellen'),
    done: 'De veiligheidscode is vastgelegd.',
    offered: (view) => isOpen(view) && (view.reports ?? []).some((report) => report.contactType === 'REPORT'),
    fields: () => [
      { name: 'code', label: 'Veiligheidscode', kind: 'select', required: true, options: options('SafetyCode') },
      reason(),
    ],
    initial: () => withValues({ code: '' }),
    path: (caseId) => path(caseId, '/code'),
    body: ({ values }) => plain(values, ['code', 'reason']),
    refusalFields: { CODE_UNCHANGED: 'code', NO_REPORT: 'code' },
  },
  {
    id: 'triage',
    group: 'Veiligheid en triage',
    label: () => 'Triage besluiten',
    done: 'Het triagebesluit is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.safetyCode) && reportsWaitingForTriage(view),
    fields: () => [
      { name: 'outcome', label: 'Uitkomst van de triage', kind: 'select', required: true, options: options('TriageOutcome') },
      reason(),
    ],
    initial: () => withValues({ outcome: '' }),
    path: (caseId) => path(caseId, '/triage'),
    body: ({ values }) => plain(values, ['outcome', 'reason']),
    refusalFields: { NOTHING_TO_TRIAGE: 'outcome' },
  },
  {
    id: 'investigation-start',
    group: 'Onderzoek Veilig Thuis',
    label: () => 'Onderzoek starten',
    done: 'De start van het onderzoek is vastgelegd. De termijn van 10 weken loopt.',
    offered: (view) =>
      isOpen(view) &&
      view.triage?.outcome === 'VEILIG_THUIS_INVESTIGATION' &&
      (!view.investigation || (Boolean(view.investigation.concludedAt) && view.triage.decidedAt > view.investigation.startedAt)),
    fields: () => [reason()],
    initial: () => withValues(),
    path: (caseId) => path(caseId, '/investigation/start'),
    body: ({ values }) => plain(values, ['reason']),
  },
  {
    id: 'investigation-conclusion',
    group: 'Onderzoek Veilig Thuis',
    label: () => 'Onderzoek afronden',
    done: 'De conclusie van het onderzoek is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.investigation) && !view.investigation?.concludedAt,
    fields: () => [
      { name: 'conclusion', label: 'Conclusie', kind: 'select', required: true, options: options('InvestigationConclusion') },
      reason(),
    ],
    initial: () => withValues({ conclusion: '' }),
    path: (caseId) => path(caseId, '/investigation/conclusion'),
    body: ({ values }) => plain(values, ['conclusion', 'reason']),
  },
  {
    id: 'coordinator',
    group: 'Regie en gezinsplan',
    label: () => 'Regisseur aanwijzen',
    done: 'De regisseur is aangewezen.',
    offered: (view) => isOpen(view) && !view.coordinator,
    fields: () => [
      { name: 'userId', label: 'Gebruikersnaam van de regisseur', kind: 'text', required: true },
      { name: 'organisation', label: 'Organisatie van de regisseur', kind: 'text', required: true,
        description: 'De code van de organisatie, bijvoorbeeld sociaal-team-dordrecht.' },
      reason(),
    ],
    initial: () => withValues({ userId: '', organisation: '' }),
    path: (caseId) => path(caseId, '/coordinator'),
    body: ({ values }) => plain(values, ['userId', 'organisation', 'reason']),
    refusalFields: { COORDINATOR_ALREADY_APPOINTED: 'userId' },
  },
  {
    id: 'coordinator-replacement',
    group: 'Regie en gezinsplan',
    label: () => 'Regisseur vervangen',
    done: 'De nieuwe regisseur is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.coordinator),
    fields: () => [
      { name: 'userId', label: 'Gebruikersnaam van de nieuwe regisseur', kind: 'text', required: true },
      { name: 'organisation', label: 'Organisatie van de nieuwe regisseur', kind: 'text', required: true },
      reason(true),
    ],
    initial: () => withValues({ userId: '', organisation: '' }),
    path: (caseId) => path(caseId, '/coordinator/replacement'),
    body: ({ values }) => plain(values, ['userId', 'organisation', 'reason']),
    refusalFields: { COORDINATOR_UNCHANGED: 'userId', REASON_REQUIRED: 'reason' },
  },
  {
    id: 'plan',
    group: 'Regie en gezinsplan',
    label: () => 'Gezinsplan vaststellen',
    done: 'Het gezinsplan is vastgesteld.',
    offered: (view) => isOpen(view) && Boolean(view.coordinator) && !view.plan,
    fields: () => [reason()],
    withPlan: true,
    initial: () => ({ ...withValues(), plan: planDraftOf(undefined) }),
    path: (caseId) => path(caseId, '/plan'),
    body: ({ values, plan }) => ({ plan: planBody(plan!), ...plain(values, ['reason']) }),
  },
  {
    id: 'plan-revision',
    group: 'Regie en gezinsplan',
    label: () => 'Gezinsplan herzien',
    done: 'De herziening van het gezinsplan is vastgesteld.',
    offered: (view) => isOpen(view) && Boolean(view.plan),
    fields: () => [reason(true, 'Verplicht: waarom het plan wordt herzien. Komt in de dossierhistorie.')],
    withPlan: true,
    initial: (view) => ({ ...withValues({ planVersion: String((view.plan?.planVersion ?? 0) + 1) }), plan: planDraftOf(view.plan) }),
    path: (caseId) => path(caseId, '/plan/revisions'),
    body: ({ values, plan }) => ({
      planVersion: Number(values.planVersion),
      plan: planBody(plan!),
      ...plain(values, ['reason']),
    }),
    refusalFields: { REASON_REQUIRED: 'reason' },
  },
  {
    id: 'plan-evaluation',
    group: 'Regie en gezinsplan',
    label: () => 'Evaluatie van het gezinsplan vastleggen',
    done: 'De evaluatie van het gezinsplan is vastgelegd.',
    offered: (view) => isOpen(view) && unevaluatedDates(view).length > 0,
    fields: (view) => [
      {
        name: 'evaluationDate', label: 'Evaluatiedatum', kind: 'select', required: true,
        options: unevaluatedDates(view).map((date) => ({ value: date, label: date.split('-').reverse().join('-') })),
      },
      reason(),
    ],
    initial: (view) => withValues({ evaluationDate: unevaluatedDates(view)[0] ?? '' }),
    path: (caseId) => path(caseId, '/plan/evaluations'),
    body: ({ values }) => plain(values, ['evaluationDate', 'reason']),
    refusalFields: { NOT_AN_EVALUATION_DATE: 'evaluationDate', EVALUATION_ALREADY_RECORDED: 'evaluationDate' },
  },
  {
    id: 'escalation',
    group: 'Opschaling',
    label: () => 'Opschalen',
    done: 'De opschaling is vastgelegd.',
    offered: (view) => isOpen(view) && view.escalation?.step !== 'ADMINISTRATIVE',
    fields: (view) => [
      {
        name: 'step', label: 'Naar stap', kind: 'select', required: true,
        options: options('EscalationStep').filter(
          (option) => STEP_ORDER.indexOf(option.value) > STEP_ORDER.indexOf(view.escalation?.step ?? ''),
        ),
        description: 'Opschalen gaat stap voor stap. Een stap overslaan kan alleen met een reden voor de urgentie.',
      },
      { name: 'urgencyReason', label: 'Reden voor de urgentie', kind: 'textarea',
        description: 'Alleen nodig als u een stap overslaat.' },
      reason(true, 'Verplicht: waarom de hulp stagneert. Komt in de dossierhistorie.'),
    ],
    initial: () => withValues({ step: '', urgencyReason: '' }),
    path: (caseId) => path(caseId, '/escalations'),
    body: ({ values }) => plain(values, ['step', 'urgencyReason', 'reason']),
    refusalFields: { STEP_SKIPPED_WITHOUT_URGENCY: 'urgencyReason', STEP_NOT_HIGHER: 'step', REASON_REQUIRED: 'reason' },
  },
  {
    id: 'case-conference',
    group: 'Opschaling',
    label: () => 'Casusoverleg (stap 2) vastleggen',
    done: 'Het casusoverleg is vastgelegd.',
    offered: (view) => isOpen(view) && view.escalation?.step === 'CASE_CONFERENCE',
    fields: () => [heldOn('Gehouden op'), reason()],
    initial: () => withValues({ heldOn: todayInTheNetherlands() }),
    path: (caseId) => path(caseId, '/case-conference'),
    body: ({ values }) => plain(values, ['heldOn', 'reason']),
    refusalFields: { DATE_IN_FUTURE: 'heldOn', HELD_BEFORE_CALLED: 'heldOn' },
  },
  {
    id: 'process-director',
    group: 'Opschaling',
    label: () => 'Procesregisseur aanwijzen',
    done: 'De procesregisseur is aangewezen.',
    offered: (view) => isOpen(view) && Boolean(view.processDirector) && !view.processDirector?.appointed,
    fields: () => [
      { name: 'userId', label: 'Gebruikersnaam van de procesregisseur', kind: 'text', required: true },
      { name: 'organisation', label: 'Organisatie van de procesregisseur', kind: 'text', required: true,
        description: 'Bijvoorbeeld meldpunt-zhz.' },
      reason(),
    ],
    initial: () => withValues({ userId: '', organisation: '' }),
    path: (caseId) => path(caseId, '/process-director'),
    body: ({ values }) => plain(values, ['userId', 'organisation', 'reason']),
  },
  {
    id: 'care-meeting',
    group: 'Opschaling',
    label: () => 'Zorgoverleg bijeenroepen',
    done: 'Het zorgoverleg is bijeengeroepen.',
    offered: (view) =>
      isOpen(view) && Boolean(view.processDirector?.appointed) && (!view.careMeeting || Boolean(view.careMeeting.heldOn)),
    fields: () => [
      {
        name: 'urgent', label: 'Spoed', kind: 'select', required: true,
        options: [
          { value: 'true', label: 'Ja: binnen 2 werkdagen' },
          { value: 'false', label: 'Nee: uiterlijk op een datum die de procesregisseur kiest' },
        ],
      },
      { name: 'meetBy', label: 'Uiterlijk op', kind: 'date', required: true, min: todayInTheNetherlands(),
        shownWhen: (values) => values.urgent === 'false' },
      reason(),
    ],
    initial: () => withValues({ urgent: 'true', meetBy: '' }),
    path: (caseId) => path(caseId, '/care-meeting'),
    body: ({ values }) => ({
      urgent: values.urgent === 'true',
      ...(values.urgent === 'true' ? {} : plain(values, ['meetBy'])),
      ...plain(values, ['reason']),
    }),
    refusalFields: { URGENT_MEETING_HAS_NO_DATE: 'meetBy', MEETING_DATE_REQUIRED: 'meetBy', DATE_IN_PAST: 'meetBy' },
  },
  {
    id: 'care-meeting-held',
    group: 'Opschaling',
    label: () => 'Zorgoverleg gehouden',
    done: 'Het zorgoverleg is vastgelegd als gehouden.',
    offered: (view) => isOpen(view) && Boolean(view.careMeeting) && !view.careMeeting?.heldOn,
    fields: () => [heldOn('Gehouden op'), reason()],
    initial: () => withValues({ heldOn: todayInTheNetherlands() }),
    path: (caseId) => path(caseId, '/care-meeting/held'),
    body: ({ values }) => plain(values, ['heldOn', 'reason']),
    refusalFields: { DATE_IN_FUTURE: 'heldOn', HELD_BEFORE_CALLED: 'heldOn' },
  },
  {
    id: 'administrative-decision',
    group: 'Opschaling',
    label: () => 'Bestuurlijk besluit vastleggen (stap 5)',
    done: 'Het bestuurlijk besluit is vastgelegd. De schriftelijke bevestiging volgt binnen 24 uur.',
    offered: (view) => isOpen(view) && view.escalation?.step === 'ADMINISTRATIVE',
    fields: () => [
      { name: 'decision', label: 'Besluit', kind: 'textarea', required: true },
      { name: 'decidedAt', label: 'Mondeling genomen op', kind: 'datetime-local', required: true,
        description: 'Datum en tijd in Nederlandse tijd. De termijn van 24 uur voor de schriftelijke bevestiging loopt vanaf dit moment.' },
      reason(),
    ],
    // the client chooses the decision's id, once per form, so a retry records the same decision
    initial: () => withValues({ decisionId: crypto.randomUUID(), decision: '', decidedAt: '' }),
    path: (caseId) => path(caseId, '/administrative-decisions'),
    body: ({ values }) => ({
      decisionId: values.decisionId,
      decidedAt: instantOfDutchLocalTime(values.decidedAt),
      ...plain(values, ['decision', 'reason']),
    }),
    refusalFields: { DATE_IN_FUTURE: 'decidedAt' },
  },
  {
    id: 'decision-confirmation',
    group: 'Opschaling',
    label: () => 'Schriftelijke bevestiging van een besluit vastleggen',
    done: 'De schriftelijke bevestiging is vastgelegd.',
    offered: (view) => isOpen(view) && (view.administrativeDecisions ?? []).some((decision) => !decision.confirmedAt),
    fields: (view) => [
      {
        name: 'decisionId', label: 'Besluit', kind: 'select', required: true,
        options: (view.administrativeDecisions ?? [])
          .filter((decision) => !decision.confirmedAt)
          .map((decision) => ({ value: decision.decisionId, label: decision.decision })),
      },
      reason(),
    ],
    initial: (view) => withValues({
      decisionId: (view.administrativeDecisions ?? []).find((decision) => !decision.confirmedAt)?.decisionId ?? '',
    }),
    path: (caseId, { values }) => path(caseId, `/administrative-decisions/${encodeURIComponent(values.decisionId)}/confirmation`),
    body: ({ values }) => plain(values, ['reason']),
    refusalFields: { DECISION_ALREADY_CONFIRMED: 'decisionId', UNKNOWN_DECISION: 'decisionId' },
  },
  {
    id: 'escalation-resolution',
    group: 'Opschaling',
    label: () => 'Opschaling afronden',
    done: 'De opschaling is afgerond; de casus is terug bij de reguliere regie.',
    offered: (view) => isOpen(view) && Boolean(view.escalation),
    fields: () => [reason()],
    initial: () => withValues(),
    path: (caseId) => path(caseId, '/escalations/resolution'),
    body: ({ values }) => plain(values, ['reason']),
  },
  {
    id: 'huisverbod',
    group: 'Huisverbod',
    label: () => 'Huisverbod vastleggen',
    done: 'Het huisverbod is vastgelegd. Het loopt 10 dagen.',
    offered: (view) => isOpen(view) && !view.huisverbod,
    fields: (view) => [
      { name: 'personId', label: 'Persoon aan wie het huisverbod is opgelegd', kind: 'select', required: true,
        options: memberOptions(view.members) },
      { name: 'imposedOn', label: 'Opgelegd op', kind: 'date', required: true, max: todayInTheNetherlands(),
        description: 'Vandaag of ten hoogste 3 dagen geleden.' },
      reason(),
    ],
    initial: (view) => withValues({
      personId: view.members?.find((member) => member.role === 'PERPETRATOR')?.personId ?? '',
      imposedOn: todayInTheNetherlands(),
    }),
    path: (caseId) => path(caseId, '/huisverbod'),
    body: ({ values }) => plain(values, ['personId', 'imposedOn', 'reason']),
    refusalFields: {
      HUISVERBOD_IMPOSED_IN_FUTURE: 'imposedOn', HUISVERBOD_IMPOSED_TOO_LONG_AGO: 'imposedOn', UNKNOWN_PERSON: 'personId',
    },
  },
  {
    id: 'huisverbod-extension',
    group: 'Huisverbod',
    label: () => 'Huisverbod verlengen',
    done: 'De verlenging van het huisverbod is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.huisverbod),
    fields: (view) => [
      { name: 'endsOn', label: 'Loopt tot en met', kind: 'date', required: true, min: view.huisverbod?.endsOn,
        description: 'Na de huidige einddatum en ten hoogste 28 dagen na het opleggen.' },
      reason(),
    ],
    initial: () => withValues({ endsOn: '' }),
    path: (caseId) => path(caseId, '/huisverbod/extension'),
    body: ({ values }) => plain(values, ['endsOn', 'reason']),
    refusalFields: { EXTENSION_NOT_LATER: 'endsOn', HUISVERBOD_TOO_LONG: 'endsOn' },
  },
  {
    id: 'huisverbod-end',
    group: 'Huisverbod',
    label: () => 'Einde van het huisverbod vastleggen',
    done: 'Het einde van het huisverbod is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.huisverbod),
    fields: () => [
      { name: 'endedOn', label: 'Geëindigd op', kind: 'date', required: true, max: todayInTheNetherlands() },
      { name: 'endReason', label: 'Waarom', kind: 'select', required: true, options: options('HuisverbodEndReason') },
      reason(),
    ],
    initial: () => withValues({ endedOn: todayInTheNetherlands(), endReason: '' }),
    path: (caseId) => path(caseId, '/huisverbod/end'),
    body: ({ values }) => plain(values, ['endedOn', 'endReason', 'reason']),
    refusalFields: {
      END_IN_FUTURE: 'endedOn', END_BEFORE_START: 'endedOn', END_AFTER_TERM: 'endedOn', EXPIRED_BEFORE_END: 'endReason',
    },
  },
  {
    id: 'reporter-informed',
    group: 'Melder en afsluiting',
    label: () => 'Terugkoppeling aan de melder vastleggen',
    done: 'De terugkoppeling aan de melder is vastgelegd.',
    // also after closure: the ledger takes feedback on a closed case
    offered: (view) => reportersToInform(view).length > 0,
    fields: (view) => [
      {
        name: 'reportId', label: 'Melding', kind: 'select', required: true,
        options: reportersToInform(view).map((report) => ({
          value: report.reportId,
          label: `${term('ContactType', report.contactType)} van ${term('ReporterType', report.reporterType)}`
            + `${report.reporterSector ? ` (${term('ReporterSector', report.reporterSector)})` : ''}`
            + `, ontvangen ${report.receivedAt.substring(0, 10).split('-').reverse().join('-')}`,
        })),
      },
      reason(),
    ],
    initial: (view) => withValues({ reportId: reportersToInform(view)[0]?.reportId ?? '' }),
    path: (caseId, { values }) => path(caseId, `/reports/${encodeURIComponent(values.reportId)}/reporter-informed`),
    body: ({ values }) => plain(values, ['reason']),
    refusalFields: { ANONYMOUS_REPORTER: 'reportId', UNKNOWN_REPORT: 'reportId' },
  },
  {
    id: 'closure',
    group: 'Melder en afsluiting',
    label: () => 'Casus afsluiten',
    done: 'De casus is afgesloten. Lopende termijnen zijn vervallen.',
    offered: (view) => isOpen(view) && !view.escalation && !view.huisverbod,
    fields: () => [
      { name: 'closureReason', label: 'Reden van afsluiten', kind: 'select', required: true, options: options('ClosureReason') },
      reason(),
    ],
    initial: () => withValues({ closureReason: '' }),
    path: (caseId) => path(caseId, '/closure'),
    body: ({ values }) => plain(values, ['closureReason', 'reason']),
    refusalFields: { ESCALATION_OPEN: 'closureReason', HUISVERBOD_RUNNING: 'closureReason' },
  },
  notice('help-started', 'Start van de hulp doorgeven', 'De start van de hulp is doorgegeven aan de regisseur.',
    (help) => !help.started && !help.over,
    [
      dayOfNotice('startedOn', 'Gestart op'),
      { name: 'professional', label: 'Medewerker die de hulp geeft', kind: 'text',
        description: 'De gebruikersnaam. Leeg: uzelf.' },
    ],
    ['startedOn', 'professional']),
  notice('help-ended', 'Afsluiting van de hulp doorgeven', 'De afsluiting van de hulp is doorgegeven aan de regisseur.', goingOn,
    [
      dayOfNotice('endedOn', 'Afgerond op'),
      { name: 'effect', label: 'Effect van de hulp', kind: 'select', required: true, options: options('HelpEffect') },
    ],
    ['endedOn', 'effect']),
  notice('help-stopped-early', 'Voortijdig afbreken van de hulp doorgeven',
    'Het afbreken van de hulp is doorgegeven aan de regisseur. Het is een stagnatiesignaal voor de regisseur.', goingOn,
    [
      dayOfNotice('stoppedOn', 'Afgebroken op'),
      { name: 'cause', label: 'Oorzaak', kind: 'select', required: true, options: options('EarlyStopCause') },
    ],
    ['stoppedOn', 'cause']),
  notice('no-shows', 'Herhaald niet verschijnen doorgeven',
    'Het niet verschijnen is doorgegeven aan de regisseur. Het is een stagnatiesignaal voor de regisseur.', notOver,
    [
      { name: 'missedAppointments', label: 'Aantal gemiste afspraken', kind: 'number', required: true,
        min: '2', max: '100', description: 'Sinds de vorige melding; herhaald is 2 of meer.' },
      { name: 'causes', label: 'Mogelijke oorzaken', kind: 'checkboxes', required: true,
        options: options('NoShowCause'), description: 'Kies er ten minste één; ‘onbekend’ als u het niet weet.' },
    ],
    [],
    (values) => ({
      missedAppointments: Number(values.missedAppointments),
      causes: (values.causes ?? '').split(',').filter(Boolean),
    })),
  notice('client-transferred', 'Doorgeleiding binnen de organisatie doorgeven',
    'De doorgeleiding is doorgegeven aan de regisseur.', goingOn,
    [{ name: 'professional', label: 'Medewerker die de hulp nu geeft', kind: 'text', required: true,
      description: 'De gebruikersnaam van de collega binnen uw organisatie.' }],
    ['professional']),
  notice('other-party-proposed', 'Andere partij voorstellen', 'Het voorstel is doorgegeven aan de regisseur.', notOver,
    [
      { name: 'organisation', label: 'Voorgestelde partij', kind: 'text', required: true,
        description: 'De code van de organisatie, bijvoorbeeld ggz-dordrecht.' },
      { name: 'formOfHelp', label: 'Vorm van hulp of begeleiding', kind: 'select', required: true,
        options: options('FormOfHelp') },
    ],
    ['organisation', 'formOfHelp']),
];

export function stepById(id: string): StepDefinition | undefined {
  return STEPS.find((step) => step.id === id);
}

/** the steps the view says make sense now, in the catalogue's order */
export function offeredSteps(view: CaseFileView): StepDefinition[] {
  return STEPS.filter((step) => step.offered(view));
}

/**
 * What the API would answer 400 to (CaseRequests: @NotNull, @NotBlank, @Size, dates as ISO days), in Dutch, by the
 * API's field names, so it is shown at the field before anything is sent. The case's rules (a date in the past, a
 * skipped step) stay the ledger's.
 */
export function complaintsAbout(step: StepDefinition, draft: StepDraft, view: CaseFileView): Record<string, string> {
  const complaints: Record<string, string> = {};
  for (const field of step.fields(view)) {
    if (field.shownWhen && !field.shownWhen(draft.values)) continue;
    const value = (draft.values[field.name] ?? '').trim();
    if (!value) {
      if (field.required) complaints[field.name] = field.kind === 'select' || field.kind === 'checkboxes' ? 'Maak een keuze.' : field.kind === 'date' || field.kind === 'datetime-local' ? 'Vul een datum in.' : 'Vul dit veld in.';
      continue;
    }
    if (field.kind === 'date' && !ISO_DATE.test(value)) complaints[field.name] = 'Vul een geldige datum in.';
    if (field.kind === 'number' && !/^\d{1,3}$/.test(value)) complaints[field.name] = 'Vul een geheel getal in.';
    if (field.kind === 'datetime-local' && !LOCAL_MOMENT.test(value)) complaints[field.name] = 'Vul een geldige datum en tijd in.';
    if (field.kind === 'textarea' && value.length > REASON_LENGTH) {
      complaints[field.name] = `Ten hoogste ${REASON_LENGTH} tekens (nu ${value.length}).`;
    }
  }
  if (step.withPlan && draft.plan) Object.assign(complaints, planComplaints(draft.plan));
  return complaints;
}
