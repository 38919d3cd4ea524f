import { query } from '../api/client';

/** One page of `GET /api/cases` (query/…/caselist/CaseList.java, docs/reading.md "Case list and search"). */
export interface CaseList {
  items: CaseListItem[];
  page: number;
  size: number;
  totalItems: number;
  /** the moment of the answer: what "today" and "overdue" are measured against */
  now: string;
}

export type CaseStatus = 'OPEN' | 'CLOSED';
export type SafetyCode = 'GREEN' | 'ORANGE' | 'RED';

export interface CaseListItem {
  caseId: string;
  version: number;
  status: CaseStatus;
  /** absent before triage assigned one */
  code?: SafetyCode;
  /** an investigation concluded without the code its findings determine: `code` is triage's first assessment */
  codeToBeDetermined?: boolean;
  municipality: string;
  municipalityName?: string;
  region: string;
  openedAt: string;
  lastActivityAt: string;
  /** the coordinator's organisation; absent until one is appointed */
  coordinator?: string;
  organisations: string[];
  persons: number;
  /** the names of the case's people; an erased person as "verwijderd" */
  label: string;
  overdue: boolean;
  /** the running limit due first; absent when none runs */
  nextLimit?: { limit: string; subject?: string; dueAt: string; overdue: boolean };
  /** how many stagnation signals the coordinator has not acted on yet */
  stagnationSignals: number;
}

/** cases a page: the API's default */
export const PAGE_SIZE = 25;

/** the API's parameters of the list; blank ones are left out */
export type CaseListParameters = Record<string, string | number | undefined>;

export function caseListPath(parameters: CaseListParameters): string {
  return `/api/cases${query({ size: PAGE_SIZE, ...parameters })}`;
}

/** the short number a case is told by on the phone: the first part of its id */
export function caseNumber(caseId: string): string {
  return caseId.substring(0, 8);
}

/** `1 stagnatiesignaal`, `2 stagnatiesignalen`; nothing for none */
export function signalsInWords(count: number | undefined): string {
  if (!count) return '';
  return `${count} ${count === 1 ? 'stagnatiesignaal' : 'stagnatiesignalen'}`;
}
