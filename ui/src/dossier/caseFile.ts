export type { CaseHistory, HistoryEntry } from '../api/caseHistory';
/**
 * The family plan view (GET /api/family-plans/{caseId}) and the case history (GET /api/cases/{caseId}/history) as the
 * query API answers them (query/…/familyplan/FamilyPlanView.java, query/…/history/HistoryEntry.java). Absent parts of
 * the case (no code yet, no plan yet) are left out of the JSON, hence the optional fields.
 */
export interface Actor {
  user: string;
  organisation: string;
  role: string;
}

/** a person's data; `erased` when the privacy officer erased it (every other field is then absent) */
export interface PersonalData {
  fullName?: string | null;
  bsn?: string | null;
  birthDate?: string | null;
  address?: { street?: string; houseNumber?: string; postcode?: string; city?: string } | null;
  note?: string | null;
  erased?: boolean;
}

export interface Member {
  personId: string;
  role: string;
  personalData?: PersonalData | null;
  reportId?: string;
}

export interface Report {
  reportId: string;
  receivedAt: string;
  contactType: string;
  reporterType: string;
  reporterSector?: string | null;
  formsOfViolence?: string[];
  receivedBy?: Actor;
  reporterInformed: boolean;
}

export interface PlanTask {
  taskId: string;
  description: string;
  ownerOrganisation: string;
  dueDate: string;
  status: string;
}

/**
 * One answer to the plan: about `personId`, given by the person or by a legal representative (`representativeId`,
 * absent in answers recorded before representatives were named); `signed` absent in answers of before signing was
 * recorded; the client's opinion when not signed.
 */
export interface Consent {
  personId: string;
  decidedBy?: 'PERSON' | 'LEGAL_REPRESENTATIVE';
  representativeId?: string | null;
  decision: string;
  signed?: boolean | null;
  clientOpinion?: PersonalData | null;
}

/** per person of the case: whose answers the law asked on the day of the plan version, and which it lacks */
export interface ConsentNeed {
  personId: string;
  needed: ('PERSON' | 'LEGAL_REPRESENTATIVE')[];
  missing: ('PERSON' | 'LEGAL_REPRESENTATIVE')[];
}

export interface PlanVersion {
  planVersion: number;
  adoptedAt: string;
  adoptedBy?: Actor;
  goals: { lifeDomain: string; description: string }[];
  tasks: PlanTask[];
  safetyAgreements: string[];
  evaluationDates: string[];
  evaluatedDates: string[];
  consents: Consent[];
  consentNeeds?: ConsentNeed[];
}

/** a client's care avoidance the coordinator recorded, and the Meldpunt's action plan once drawn up */
export interface CareAvoidance {
  personId: string;
  worryingSituation?: PersonalData | null;
  risks?: PersonalData | null;
  clientView?: PersonalData | null;
  recordedAt: string;
  recordedBy?: Actor;
  actionPlan?: { approach: string; drawnUpAt: string; drawnUpBy?: Actor } | null;
}

/** a notice of a task's owner to the coordinator (B2 §2.3); only the fields of its kind are present */
export interface TaskNotice {
  taskId: string;
  kind: 'HELP_STARTED' | 'HELP_ENDED' | 'HELP_STOPPED_EARLY' | 'NO_SHOWS' | 'CLIENT_TRANSFERRED' | 'OTHER_PARTY_PROPOSED';
  givenAt: string;
  givenBy?: Actor;
  /** the day the help started, ended or stopped early */
  date?: string | null;
  effect?: string | null;
  cause?: string | null;
  missedAppointments?: number | null;
  noShowCauses?: string[] | null;
  professional?: string | null;
  previousProfessional?: string | null;
  organisation?: string | null;
  formOfHelp?: string | null;
}

export interface TaskNotices {
  taskId: string;
  /** the task is in the current plan version */
  inCurrentPlan: boolean;
  notices: TaskNotice[];
}

/** help stopped early or repeated no-shows the coordinator has not acted on yet */
export interface StagnationSignal {
  taskId: string;
  kind: string;
  raisedAt: string;
  raisedBy: string;
}

export interface RunningLimit {
  limit: string;
  subject?: string | null;
  dueAt: string;
  overdue: boolean;
  missed: boolean;
  raisedWith: string;
}

/** a party the process director ordered to deliver care (doorzettingsmacht), monitored until a day */
export interface CareOrder {
  orderId: string;
  party: string;
  care: string;
  monitoredUntil: string;
  orderedAt: string;
  orderedBy?: Actor;
  concludedAt?: string | null;
  complied?: boolean | null;
}

export interface CaseFileView {
  caseId: string;
  version: number;
  status: 'OPEN' | 'CLOSED';
  municipality?: string;
  repeatOfCaseId?: string | null;
  openedAt?: string;
  lastChangedAt?: string;
  members?: Member[];
  safetyCode?: { code: string; processDirection?: string; assignedAt: string; assignedBy?: Actor } | null;
  /** an investigation concluded without the code its findings determine: the code shown is triage's first assessment */
  codeToBeDetermined?: boolean;
  triage?: { outcome: string; decidedAt: string; decidedBy?: Actor } | null;
  investigation?: { startedAt: string; concludedAt?: string | null; conclusion?: string | null } | null;
  /** `personId`: the person of the case who coordinates when the family does, supported by the organisation */
  coordinator?: { userId: string; organisation: string; personId?: string | null; since: string } | null;
  processDirector?: {
    escalationStep: string;
    since: string;
    escalatedBy?: Actor;
    appointed?: { userId: string; organisation: string } | null;
  } | null;
  plan?: PlanVersion | null;
  escalation?: { step: string; level: number; raisedAt: string; raisedBy?: Actor; urgencyReason?: string | null } | null;
  huisverbod?: { personId: string; imposedOn: string; endsOn: string } | null;
  timeLimits?: RunningLimit[];
  administrativeDecisions?: { decisionId: string; decidedAt: string; decision: string; confirmedAt?: string | null }[];
  caseConferenceHeldOn?: string | null;
  careMeeting?: { urgent: boolean; meetBy?: string | null; calledAt: string; calledBy?: Actor; heldOn?: string | null } | null;
  careOrders?: CareOrder[];
  meldpuntManagerEscalation?: { bottleneck: string; advice: string; escalatedAt: string; escalatedBy?: Actor } | null;
  inadequateCoordinationReports?: { raisedWithCoordinatorOn: string; concern: string; reportedAt: string; reportedBy?: Actor }[];
  careAvoidances?: CareAvoidance[];
  /** a care avoidance awaits the Meldpunt's action plan */
  actionPlanAwaited?: boolean;
  reports?: Report[];
  organisations?: string[];
  /** per task, the notices its owner gave the coordinator */
  notices?: TaskNotices[];
  stagnationSignals?: StagnationSignal[];
  closureReason?: string | null;
  closedAt?: string | null;
}

export const familyPlanPath = (caseId: string) => `/api/family-plans/${encodeURIComponent(caseId)}`;
export const updatesPath = (caseId: string) => `/api/family-plans/${encodeURIComponent(caseId)}/updates`;
