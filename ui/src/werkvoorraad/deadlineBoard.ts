import { query } from '../api/client';

/** `GET /api/deadlines` (query/…/deadlines/DeadlineBoard.java, docs/time-limits.md "The deadline board"). */
export interface DeadlineBoard {
  now: string;
  /** the end of the last working day looked ahead to */
  until: string;
  withinWorkingDays: number;
  /** how many limits match; items holds at most maxItems of them */
  total: number;
  items: DeadlineItem[];
  /** the open stagnation signals of the cases the reader's organisation coordinates, the oldest first */
  signals: StagnationSignalItem[];
}

/** help stopped early or repeated no-shows (B2 §2.3), open until the coordinator revises the plan or escalates */
export interface StagnationSignalItem {
  caseId: string;
  taskId: string;
  kind: 'HELP_STOPPED_EARLY' | 'NO_SHOWS';
  raisedAt: string;
  /** the organisation that told it: the task's owner */
  raisedBy: string;
  municipality: string;
  region: string;
  safetyCode?: 'GREEN' | 'ORANGE' | 'RED';
}

export interface DeadlineItem {
  caseId: string;
  limit: string;
  subject?: string;
  dueAt: string;
  overdue: boolean;
  /** the ledger recorded it as missed and raised it with `raisedWith` */
  missed: boolean;
  raisedWith: string;
  municipality: string;
  region: string;
  safetyCode?: 'GREEN' | 'ORANGE' | 'RED';
  escalationLevel?: number;
}

export const BOARD_SIZE = 200;

export function deadlineBoardPath(withinWorkingDays: number, organisation: string): string {
  return `/api/deadlines${query({ withinWorkingDays, organisation: organisation.trim() || undefined, maxItems: BOARD_SIZE })}`;
}
