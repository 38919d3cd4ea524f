import { options, term } from '../text/terms';
import { instantOfDutchLocalTime, todayInTheNetherlands } from '../format/dutch';
import { CaseFileView, Member } from './caseFile';
import { PlanDraft, planBody, planComplaints, planDraftOf } from './planDraft';
import { isErased, memberLabel } from './members';
import { CaseStep } from '../session/signedInUser';
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
  | 'inadequate-coordination' | 'care-order' | 'care-order-conclusion' | 'party-managers' | 'meldpunt-manager'
  | 'coordination-return'
  | 'care-avoidance' | 'action-plan'
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
  /** a select that may stay empty: the words of its empty choice, which the form always offers */
  emptyLabel?: string;
}

/** what the user filled in: plain fields by the API's names, and the plan for the plan's steps */
export interface StepDraft {
  values: Record<string, string>;
  plan?: PlanDraft;
}

export interface StepDefinition {
  id: StepId;
  /** the step of the ledger's table this form takes: offered only to whom `GET /api/me` lists it for */
  caseStep: CaseStep;
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
  /** advice shown above the fields: good practice the ledger does not enforce */
  hint?: (view: CaseFileView) => string | undefined;
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
/** steps 1 to 4 are raised; step 5 is the process director's option at step 4 (seed 000 B2 §5.2.4) */
const RAISED_STEPS = STEP_ORDER.slice(0, 4);

/** the escalation's level: 0 when none is open */
const escalationLevel = (view: CaseFileView) => view.escalation?.level ?? 0;

/** at step 4 with a process director appointed: the process director's options of B2 §5.2 */
const directedAtStepFour = (view: CaseFileView) =>
  isOpen(view) && view.escalation?.step === 'PROCESS_DIRECTOR' && Boolean(view.processDirector?.appointed);

function openCareOrders(view: CaseFileView) {
  return (view.careOrders ?? []).filter((order) => !order.concludedAt);
}

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
    caseStep: 'NOTIFY_COORDINATOR',
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

/** the people of the case whose data is kept: a parent who coordinates, or a client, is named by it */
function keptMemberOptions(members: Member[] = []) {
  return memberOptions(members.filter((member) => !isErased(member)));
}

/** the reports name domestic violence or child abuse: then Veilig Thuis is asked for advice first (B2 §2.1.4) */
function aboutDomesticViolence(view: CaseFileView): boolean {
  return (view.reports ?? []).some((report) => (report.formsOfViolence ?? []).length > 0);
}

/** the family may coordinate (seed 001 "Het gezin heeft de regie"): a parent of the case, supported by the organisation */
const familyCoordinator = (view: CaseFileView): StepField => ({
  name: 'personId',
  label: 'Het gezin heeft de regie: de ouder die regisseur is',
  kind: 'select',
  options: keptMemberOptions(view.members),
  emptyLabel: 'Nee: een professional voert de regie',
  description: 'Kies de ouder als het gezin zelf de regie voert. De organisatie hierboven ondersteunt het gezin en legt de stappen vast.',
});

export const STEPS: StepDefinition[] = [
  {
    id: 'code',
    caseStep: 'ASSIGN_CODE',
    group: 'Veiligheid en triage',
    label: (view) =>
      view.codeToBeDetermined ? 'Veiligheidscode vaststellen op de bevindingen van het onderzoek'
        : view.safetyCode ? 'Veiligheidscode wijzigen' : 'Veiligheidscode vaststellen',
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
    caseStep: 'DECIDE_TRIAGE',
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
    caseStep: 'START_INVESTIGATION',
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
    caseStep: 'CONCLUDE_INVESTIGATION',
    group: 'Onderzoek Veilig Thuis',
    label: () => 'Onderzoek afronden',
    done: 'De conclusie van het onderzoek is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.investigation) && !view.investigation?.concludedAt,
    fields: () => [
      { name: 'conclusion', label: 'Conclusie', kind: 'select', required: true, options: options('InvestigationConclusion') },
      {
        name: 'code', label: 'Veiligheidscode op de bevindingen', kind: 'select', options: options('SafetyCode'),
        emptyLabel: 'Nog te bepalen',
        description: 'De code van de triage was een eerste inschatting; op de bevindingen wordt de code bepaald. '
          + 'Kies ook als de code gelijk blijft. Blijft de code nog te bepalen, dan volgt die voordat een regisseur wordt aangewezen.',
      },
      reason(),
    ],
    // no code chosen beforehand: the code on the findings is a decision of its own, also when it confirms triage's
    initial: () => withValues({ conclusion: '', code: '' }),
    path: (caseId) => path(caseId, '/investigation/conclusion'),
    body: ({ values }) => plain(values, ['conclusion', 'code', 'reason']),
  },
  {
    id: 'coordinator',
    caseStep: 'APPOINT_COORDINATOR',
    group: 'Regie en gezinsplan',
    label: () => 'Regisseur aanwijzen',
    done: 'De regisseur is aangewezen.',
    // after an investigation concluded without a code, the code is determined first
    offered: (view) => isOpen(view) && !view.coordinator && !view.codeToBeDetermined,
    fields: (view) => [
      { name: 'userId', label: 'Gebruikersnaam van de regisseur', kind: 'text', required: true,
        description: 'Voert het gezin de regie, dan de professional die het gezin ondersteunt.' },
      { name: 'organisation', label: 'Organisatie van de regisseur', kind: 'text', required: true,
        description: 'De code van de organisatie, bijvoorbeeld sociaal-team-dordrecht.' },
      familyCoordinator(view),
      reason(),
    ],
    initial: () => withValues({ userId: '', organisation: '', personId: '' }),
    path: (caseId) => path(caseId, '/coordinator'),
    body: ({ values }) => plain(values, ['userId', 'organisation', 'personId', 'reason']),
    refusalFields: { COORDINATOR_ALREADY_APPOINTED: 'userId', UNKNOWN_PERSON: 'personId', PERSON_ERASED: 'personId' },
  },
  {
    id: 'coordinator-replacement',
    caseStep: 'REPLACE_COORDINATOR',
    group: 'Regie en gezinsplan',
    label: () => 'Regisseur vervangen',
    done: 'De nieuwe regisseur is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.coordinator),
    fields: (view) => [
      { name: 'userId', label: 'Gebruikersnaam van de nieuwe regisseur', kind: 'text', required: true,
        description: 'Voert het gezin de regie, dan de professional die het gezin ondersteunt.' },
      { name: 'organisation', label: 'Organisatie van de nieuwe regisseur', kind: 'text', required: true },
      familyCoordinator(view),
      reason(true),
    ],
    initial: () => withValues({ userId: '', organisation: '', personId: '' }),
    path: (caseId) => path(caseId, '/coordinator/replacement'),
    body: ({ values }) => plain(values, ['userId', 'organisation', 'personId', 'reason']),
    refusalFields: {
      COORDINATOR_UNCHANGED: 'userId', REASON_REQUIRED: 'reason', UNKNOWN_PERSON: 'personId', PERSON_ERASED: 'personId',
    },
  },
  {
    id: 'plan',
    caseStep: 'ADOPT_FAMILY_PLAN',
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
    caseStep: 'REVISE_FAMILY_PLAN',
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
    caseStep: 'EVALUATE_FAMILY_PLAN',
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
    id: 'care-avoidance',
    caseStep: 'RECORD_CARE_AVOIDANCE',
    group: 'Regie en gezinsplan',
    label: () => 'Zorgmijding vastleggen (melding bij het Meldpunt)',
    done: 'De zorgmijding is vastgelegd en gemeld bij het Meldpunt Zorg en Overlast. Het Meldpunt stelt een actieplan op.',
    offered: (view) => isOpen(view) && Boolean(view.coordinator),
    hint: (view) => (aboutDomesticViolence(view)
      ? 'Gaat het om huiselijk geweld of kindermishandeling? Vraag dan eerst advies aan Veilig Thuis (convenant, B2 §2.1.4). '
        + 'Werkt de cliënt daarna nog niet mee, dan volgt een melding bij Veilig Thuis.'
      : undefined),
    fields: (view) => [
      { name: 'personId', label: 'Cliënt die zorg mijdt', kind: 'select', required: true, options: keptMemberOptions(view.members) },
      { name: 'worryingSituation', label: 'Zorgelijke situatie', kind: 'textarea', required: true },
      { name: 'risks', label: 'Risico’s, en voor wie', kind: 'textarea', required: true },
      { name: 'clientView', label: 'Mening van de cliënt', kind: 'textarea',
        description: 'Wat vindt de cliënt zelf? Leeg als de cliënt geen mening gaf.' },
      reason(),
    ],
    initial: () => withValues({ personId: '', worryingSituation: '', risks: '', clientView: '' }),
    path: (caseId) => path(caseId, '/care-avoidance'),
    body: ({ values }) => plain(values, ['personId', 'worryingSituation', 'risks', 'clientView', 'reason']),
    refusalFields: { UNKNOWN_PERSON: 'personId', PERSON_ERASED: 'personId' },
  },
  {
    id: 'action-plan',
    caseStep: 'DRAW_UP_ACTION_PLAN',
    group: 'Regie en gezinsplan',
    label: () => 'Actieplan bij zorgmijding vastleggen (Meldpunt)',
    done: 'Het actieplan van het Meldpunt is vastgelegd.',
    offered: (view) => isOpen(view) && Boolean(view.actionPlanAwaited),
    fields: () => [
      { name: 'approach', label: 'Aanpak van het actieplan', kind: 'select', required: true, options: options('ActionPlanApproach'),
        description: 'Hoe de noodzakelijke zorg alsnog tot stand komt (convenant, B2 §5.1.6).' },
      reason(),
    ],
    initial: () => withValues({ approach: '' }),
    path: (caseId) => path(caseId, '/care-avoidance/action-plan'),
    body: ({ values }) => plain(values, ['approach', 'reason']),
    refusalFields: { NO_CARE_AVOIDANCE_RECORDED: 'approach' },
  },
  {
    id: 'escalation',
    caseStep: 'RAISE_ESCALATION',
    group: 'Opschaling',
    label: () => 'Opschalen',
    done: 'De opschaling is vastgelegd.',
    // the coordinator raises steps 1 to 4; from step 4 on the process director decides
    offered: (view) => isOpen(view) && Boolean(view.coordinator) && escalationLevel(view) < 4,
    fields: (view) => [
      {
        name: 'step', label: 'Naar stap', kind: 'select', required: true,
        options: options('EscalationStep').filter(
          (option) => RAISED_STEPS.includes(option.value)
            && STEP_ORDER.indexOf(option.value) > STEP_ORDER.indexOf(view.escalation?.step ?? ''),
        ),
        description: 'Opschalen gaat stap voor stap. Een stap overslaan kan alleen met een reden voor de urgentie. '
          + 'Stap 5 is een keuze van de procesregisseur op stap 4.',
      },
      { name: 'urgencyReason', label: 'Reden voor de urgentie', kind: 'textarea',
        description: 'Alleen nodig als u een stap overslaat.' },
      reason(true, 'Verplicht: waarom de hulp stagneert. Komt in de dossierhistorie.'),
    ],
    initial: () => withValues({ step: '', urgencyReason: '' }),
    path: (caseId) => path(caseId, '/escalations'),
    body: ({ values }) => plain(values, ['step', 'urgencyReason', 'reason']),
    refusalFields: {
      STEP_SKIPPED_WITHOUT_URGENCY: 'urgencyReason', STEP_NOT_HIGHER: 'step', ADMINISTRATIVE_STEP_NOT_RAISED: 'step',
      REASON_REQUIRED: 'reason',
    },
  },
  {
    id: 'case-conference',
    caseStep: 'HOLD_CASE_CONFERENCE',
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
    caseStep: 'APPOINT_PROCESS_DIRECTOR',
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
    caseStep: 'CALL_CARE_MEETING',
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
    caseStep: 'HOLD_CARE_MEETING',
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
    caseStep: 'RECORD_ADMINISTRATIVE_DECISION',
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
    caseStep: 'CONFIRM_ADMINISTRATIVE_DECISION',
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
    id: 'care-order',
    caseStep: 'ORDER_CARE',
    group: 'Opschaling',
    label: () => 'Zorg opdragen aan een partij (doorzettingsmacht)',
    done: 'De opdracht tot zorg is vastgelegd. De procesregisseur volgt haar tot de gekozen datum.',
    offered: directedAtStepFour,
    fields: () => [
      { name: 'party', label: 'Partij die de zorg levert', kind: 'text', required: true,
        description: 'De code van de organisatie, bijvoorbeeld jeugdhulp-dordrecht.' },
      { name: 'care', label: 'Vorm van zorg of dienst', kind: 'textarea', required: true,
        description: 'Over de hulp en de partij, niet over het privéleven van een persoon.' },
      { name: 'monitoredUntil', label: 'Gevolgd tot en met', kind: 'date', required: true, min: todayInTheNetherlands() },
      reason(),
    ],
    // the client chooses the order's id, once per form, so a retry records the same order
    initial: () => withValues({ orderId: crypto.randomUUID(), party: '', care: '', monitoredUntil: '' }),
    path: (caseId) => path(caseId, '/care-orders'),
    body: ({ values }) => ({ orderId: values.orderId, ...plain(values, ['party', 'care', 'monitoredUntil', 'reason']) }),
    refusalFields: { DATE_IN_PAST: 'monitoredUntil', CARE_ORDER_ALREADY_RECORDED: 'party' },
  },
  {
    id: 'care-order-conclusion',
    caseStep: 'CONCLUDE_CARE_ORDER',
    group: 'Opschaling',
    label: () => 'Opgedragen zorg afsluiten',
    done: 'De opdracht tot zorg is afgesloten.',
    offered: (view) => isOpen(view) && openCareOrders(view).length > 0,
    fields: (view) => [
      {
        name: 'orderId', label: 'Opdracht', kind: 'select', required: true,
        options: openCareOrders(view).map((order) => ({ value: order.orderId, label: `${order.party}: ${order.care}` })),
      },
      {
        name: 'complied', label: 'Geleverd zoals opgedragen', kind: 'select', required: true,
        options: [
          { value: 'true', label: 'Ja, de partij heeft geleverd' },
          { value: 'false', label: 'Nee, de partij heeft niet geleverd' },
        ],
      },
      reason(),
    ],
    initial: (view) => withValues({ orderId: openCareOrders(view)[0]?.orderId ?? '', complied: '' }),
    path: (caseId, { values }) => path(caseId, `/care-orders/${encodeURIComponent(values.orderId)}/conclusion`),
    body: ({ values }) => ({ complied: values.complied === 'true', ...plain(values, ['reason']) }),
    refusalFields: { UNKNOWN_CARE_ORDER: 'orderId', CARE_ORDER_ALREADY_CONCLUDED: 'orderId' },
  },
  {
    id: 'party-managers',
    caseStep: 'CONSULT_PARTY_MANAGERS',
    group: 'Opschaling',
    label: () => 'Rechtstreeks overleggen met de managers van de partijen (terug naar stap 3)',
    done: 'Het overleg met de managers is vastgelegd. De casus staat weer op stap 3; de regisseur volgt.',
    offered: directedAtStepFour,
    fields: () => [reason(true, 'Verplicht: wat de managers hebben afgesproken. Komt in de dossierhistorie.')],
    initial: () => withValues(),
    path: (caseId) => path(caseId, '/escalations/party-managers'),
    body: ({ values }) => plain(values, ['reason']),
    refusalFields: { REASON_REQUIRED: 'reason' },
  },
  {
    id: 'meldpunt-manager',
    caseStep: 'ESCALATE_TO_MELDPUNT_MANAGER',
    group: 'Opschaling',
    label: () => 'Opschalen naar de manager van het Meldpunt (stap 5)',
    done: 'De opschaling naar de manager van het Meldpunt is vastgelegd. De gemeente besluit en bevestigt binnen 24 uur.',
    offered: directedAtStepFour,
    fields: () => [
      { name: 'bottleneck', label: 'Knelpunt', kind: 'textarea', required: true,
        description: 'Over de hulp en de partijen, niet over het privéleven van een persoon.' },
      { name: 'advice', label: 'Advies voor een definitieve aanpak', kind: 'textarea', required: true },
      reason(),
    ],
    initial: () => withValues({ bottleneck: '', advice: '' }),
    path: (caseId) => path(caseId, '/escalations/meldpunt-manager'),
    body: ({ values }) => plain(values, ['bottleneck', 'advice', 'reason']),
  },
  {
    id: 'coordination-return',
    caseStep: 'RETURN_COORDINATION',
    group: 'Opschaling',
    label: () => 'Regie teruggeven aan een partij',
    done: 'De regie is teruggegeven. De opschaling is afgerond.',
    offered: (view) => isOpen(view) && escalationLevel(view) >= 4 && Boolean(view.processDirector?.appointed),
    fields: () => [
      { name: 'userId', label: 'Gebruikersnaam van de regisseur', kind: 'text', required: true },
      { name: 'organisation', label: 'Organisatie van de regisseur', kind: 'text', required: true,
        description: 'De regisseur van voor de opschaling, of een professional van een andere partij.' },
      reason(),
    ],
    initial: (view) => withValues({
      userId: view.coordinator?.userId ?? '', organisation: view.coordinator?.organisation ?? '',
    }),
    path: (caseId) => path(caseId, '/coordinator/return'),
    body: ({ values }) => plain(values, ['userId', 'organisation', 'reason']),
  },
  {
    id: 'inadequate-coordination',
    caseStep: 'REPORT_INADEQUATE_COORDINATION',
    group: 'Opschaling',
    label: () => 'Onvoldoende regie melden bij het Meldpunt',
    done: 'De melding is vastgelegd. De casus staat op stap 4: het Meldpunt wijst binnen 2 werkdagen een procesregisseur aan.',
    offered: (view) => isOpen(view) && Boolean(view.coordinator) && escalationLevel(view) < 4,
    fields: () => [
      { name: 'raisedWithCoordinatorOn', label: 'Eerst aan de regisseur gevraagd op', kind: 'date', required: true,
        max: todayInTheNetherlands(),
        description: 'Meld pas nadat u de regisseur zelf hebt gevraagd de hulp alsnog te regelen.' },
      { name: 'concern', label: 'Wat schiet tekort in de regie', kind: 'textarea', required: true,
        description: 'Over de hulp en de partijen, niet over het privéleven van een persoon.' },
      reason(),
    ],
    initial: () => withValues({ raisedWithCoordinatorOn: '', concern: '' }),
    path: (caseId) => path(caseId, '/inadequate-coordination'),
    body: ({ values }) => plain(values, ['raisedWithCoordinatorOn', 'concern', 'reason']),
    refusalFields: { DATE_IN_FUTURE: 'raisedWithCoordinatorOn' },
  },
  {
    id: 'escalation-resolution',
    caseStep: 'RESOLVE_ESCALATION',
    group: 'Opschaling',
    label: () => 'Opschaling afronden',
    done: 'De opschaling is afgerond; de casus is terug bij de reguliere regie.',
    // steps 4 and 5 are resolved by their process director, once the Meldpunt appointed one
    offered: (view) => isOpen(view) && Boolean(view.escalation)
      && (escalationLevel(view) < 4 || Boolean(view.processDirector?.appointed)),
    fields: () => [reason()],
    initial: () => withValues(),
    path: (caseId) => path(caseId, '/escalations/resolution'),
    body: ({ values }) => plain(values, ['reason']),
  },
  {
    id: 'huisverbod',
    caseStep: 'IMPOSE_HUISVERBOD',
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
    caseStep: 'EXTEND_HUISVERBOD',
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
    caseStep: 'END_HUISVERBOD',
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
    caseStep: 'INFORM_REPORTER',
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
    caseStep: 'CLOSE_CASE',
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

/**
 * the steps the view says make sense now and that are the user's to take (`mine`: `GET /api/me`'s `steps`, from the
 * ledger's table of who takes which step), in the catalogue's order
 */
export function offeredSteps(view: CaseFileView, mine: readonly CaseStep[]): StepDefinition[] {
  return STEPS.filter((step) => mine.includes(step.caseStep) && step.offered(view));
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
  if (step.withPlan && draft.plan) {
    const erased = (personId: string) => (view.members ?? []).some((member) => member.personId === personId && isErased(member));
    Object.assign(complaints, planComplaints(draft.plan, erased));
  }
  return complaints;
}
