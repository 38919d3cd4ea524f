import { CaseListParameters } from './caseList';

/**
 * The filters of the werkvoorraad and where they live: in the page's address (`?status=CLOSED&code=RED&pagina=2`), so
 * that a reload, the back button or a link shared with a colleague shows the same list. Only filters live there, never
 * a search for a person: that stays in the page (see CaseSearchPage).
 */
export interface CaseFilters {
  /** '' is every case, open or closed */
  status: '' | 'OPEN' | 'CLOSED';
  /** NONE asks for the cases without a safety code */
  code: '' | 'GREEN' | 'ORANGE' | 'RED' | 'NONE';
  /** the coordinator's organisation */
  coordinator: string;
  /** an organisation involved in the case */
  organisation: string;
  /** 0 for the first page */
  page: number;
  /** how far the deadline board looks ahead */
  withinWorkingDays: number;
}

/** what a case worker sees first: the open cases, the board five working days ahead (the triage term) */
export const FIRST_VIEW: CaseFilters = {
  status: 'OPEN', code: '', coordinator: '', organisation: '', page: 0, withinWorkingDays: 5,
};

export const BOARD_HORIZONS = [0, 5, 10, 20];

const STATUSES = ['OPEN', 'CLOSED'] as const;
const CODES = ['GREEN', 'ORANGE', 'RED', 'NONE'] as const;
/** the address's word for every case, open or closed (an absent status means the first view: open) */
const EVERY_STATUS = 'ALLE';
const MAX_TEXT = 100;

function oneOf<T extends string>(values: readonly T[], given: string | null): T | undefined {
  return values.find((value) => value === given);
}

function text(given: string | null): string {
  const trimmed = (given ?? '').trim();
  return trimmed.length <= MAX_TEXT ? trimmed : '';
}

/** the filters an address asks for; what it gets wrong falls back to the first view */
export function filtersFrom(search: URLSearchParams): CaseFilters {
  const status = search.get('status');
  const page = Number(search.get('pagina'));
  const horizon = Number(search.get('werkdagen'));
  return {
    status: status === EVERY_STATUS ? '' : (oneOf(STATUSES, status) ?? FIRST_VIEW.status),
    code: oneOf(CODES, search.get('code')) ?? '',
    coordinator: text(search.get('regie')),
    organisation: text(search.get('organisatie')),
    page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page - 1 : 0,
    withinWorkingDays: BOARD_HORIZONS.includes(horizon) && search.has('werkdagen') ? horizon : FIRST_VIEW.withinWorkingDays,
  };
}

/** the address of these filters; what equals the first view is left out, so the plain page is the first view */
export function searchFrom(filters: CaseFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status !== FIRST_VIEW.status) search.set('status', filters.status || EVERY_STATUS);
  if (filters.code) search.set('code', filters.code);
  if (filters.coordinator.trim()) search.set('regie', filters.coordinator.trim());
  if (filters.organisation.trim()) search.set('organisatie', filters.organisation.trim());
  if (filters.page > 0) search.set('pagina', String(filters.page + 1));
  if (filters.withinWorkingDays !== FIRST_VIEW.withinWorkingDays) search.set('werkdagen', String(filters.withinWorkingDays));
  return search;
}

/** the case list's parameters of the API for these filters */
export function listParameters(filters: CaseFilters): CaseListParameters {
  return {
    status: filters.status || undefined,
    code: filters.code || undefined,
    coordinator: filters.coordinator.trim() || undefined,
    organisation: filters.organisation.trim() || undefined,
    page: filters.page,
  };
}

/** whether anything narrows the list beyond the status: the empty state then says to widen the filters */
export function narrowed(filters: CaseFilters): boolean {
  return Boolean(filters.code || filters.coordinator.trim() || filters.organisation.trim());
}
