import { api, query } from './client';

/** One event of a case as `GET /api/cases/{id}/history` gives it: when, who, why and what, in Dutch. */
export interface HistoryEntry {
  sequenceNumber: number;
  eventId: string;
  /** UTC, to the millisecond */
  timestamp: string;
  user: string;
  organisation: string;
  role: string;
  reason?: string | null;
  eventType: string;
  description: string;
  /** who imported the step from a former registration (POST /api/imports); absent for a step taken in the ledger */
  importedBy?: string | null;
  importedAt?: string | null;
}

interface Actor {
  user: string;
  organisation: string;
  role: string;
}

/**
 * The case as it stood at the moment (query/…/casestate/CaseState.java). It also holds the people's personal data;
 * the page shows their roles only, as the printable history keeps names apart.
 */
export interface CaseStateAtMoment {
  caseId: string;
  version: number;
  status?: 'OPEN' | 'CLOSED';
  municipality?: string;
  repeatOfCaseId?: string;
  openedAt?: string;
  members?: { role: string }[];
  reports?: { receivedAt: string; contactType: string; reporterType?: string }[];
  code?: { code: string; processDirection?: string; assignedAt: string; assignedBy?: Actor };
  triage?: { outcome: string; decidedAt: string; decidedBy?: Actor };
  investigation?: { startedAt: string; concludedAt?: string; conclusion?: string };
  coordination?: { coordinator: { userId?: string; organisation?: string }; since: string };
  plan?: { planVersion: number; adoptedAt: string; adoptedBy?: Actor };
  escalation?: { step: string; level: number; raisedAt: string; raisedBy?: Actor; urgencyReason?: string };
  huisverbod?: { imposedOn: string; endsOn: string };
  timeLimits?: { limit: string; dueAt: string; overdue: boolean }[];
  organisations?: string[];
  closureReason?: string;
  closedAt?: string;
}

export interface CaseHistory {
  caseId: string;
  /** the moment asked for; absent for now */
  asOf?: string | null;
  generatedAt: string;
  entries: HistoryEntry[];
  state: CaseStateAtMoment;
}

/** what a history is read for: the case, why (required of an inspector), and the moment (absent: now) */
export interface HistoryRead {
  caseId: string;
  reason?: string;
  asOf?: string;
}

export function fetchHistory(read: HistoryRead): Promise<CaseHistory> {
  return api.get<CaseHistory>(`/api/cases/${encodeURIComponent(read.caseId)}/history${query({ reason: read.reason, asOf: read.asOf })}`);
}

/**
 * The API's printable document (Dossierhistorie, A4, docs/reading.md) of the same read. Opened in a tab of its own it
 * is a read of its own: with the reason, and recorded in the access log like every other.
 */
export function printableHistoryAddress(read: HistoryRead): string {
  return `/api/cases/${encodeURIComponent(read.caseId)}/history${query({ format: 'html', reason: read.reason, asOf: read.asOf })}`;
}

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** whether text is a case id as the ledger gives them (a UUID); spaces around it are forgiven */
export function isCaseId(text: string): boolean {
  return CASE_ID.test(text.trim());
}
