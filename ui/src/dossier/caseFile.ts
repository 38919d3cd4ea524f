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

export interface Consent {
  personId: string;
  decision: string;
  clientOpinion?: PersonalData | null;
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
  triage?: { outcome: string; decidedAt: string; decidedBy?: Actor } | null;
  investigation?: { startedAt: string; concludedAt?: string | null; conclusion?: string | null } | null;
  coordinator?: { userId: string; organisation: string; since: string } | null;
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
