import { query } from '../api/client';

/**
 * The filters of the access log as the page keeps them (in the address bar, so that a filtered log can be bookmarked
 * and the back button undoes a filter) and as `GET /api/access-log` takes them. The API filters by case and by
 * period only, and pages; who read and what was read are shown per row but are not filters of the API.
 */
export interface AccessLogFilter {
  /** a case id, or '' for every case */
  caseId: string;
  /** the first calendar day (ISO `2026-03-01`), Dutch time, or '' */
  from: string;
  /** the last calendar day, inclusive, or '' */
  to: string;
  /** from 0 */
  page: number;
  size: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;
const DEFAULT_SIZE = 50;
const ZONE = 'Europe/Amsterdam';
const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const NO_FILTER: AccessLogFilter = { caseId: '', from: '', to: '', page: 0, size: DEFAULT_SIZE };

/** the filter in the address bar (`?casus=…&van=…&tot=…&pagina=2&per=50`, pages counted from 1 for people) */
export function filterFromSearch(search: URLSearchParams): AccessLogFilter {
  const page = Number.parseInt(search.get('pagina') ?? '', 10);
  const size = Number.parseInt(search.get('per') ?? '', 10);
  return {
    caseId: (search.get('casus') ?? '').trim(),
    from: search.get('van') ?? '',
    to: search.get('tot') ?? '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
}

export function searchFromFilter(filter: AccessLogFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.caseId) search.set('casus', filter.caseId);
  if (filter.from) search.set('van', filter.from);
  if (filter.to) search.set('tot', filter.to);
  if (filter.page > 0) search.set('pagina', String(filter.page + 1));
  if (filter.size !== DEFAULT_SIZE) search.set('per', String(filter.size));
  return search;
}

/** What is wrong with a filter before the API is asked, per field, in Dutch; empty when it can be asked. */
export function complaintsAbout(filter: AccessLogFilter): Record<string, string> {
  const complaints: Record<string, string> = {};
  if (filter.caseId && !CASE_ID.test(filter.caseId)) {
    complaints.caseId = 'Een casus-id bestaat uit 36 tekens, zoals 3f2b8c1e-5a7d-4e21-9c4b-1d2e3f4a5b6c.';
  }
  if (filter.from && !CALENDAR_DAY.test(filter.from)) {
    complaints.from = 'Geef een datum, zoals 1-3-2026.';
  }
  if (filter.to && !CALENDAR_DAY.test(filter.to)) {
    complaints.to = 'Geef een datum, zoals 31-3-2026.';
  }
  if (!complaints.from && !complaints.to && filter.from && filter.to && filter.to < filter.from) {
    complaints.to = 'De einddatum ligt vóór de begindatum.';
  }
  return complaints;
}

/**
 * The API's request for the filter. Days are Dutch calendar days: `from` is the start of its day in Amsterdam,
 * and `to` (inclusive for people) becomes the start of the next day, since the API's `to` is exclusive.
 */
export function accessLogRequest(filter: AccessLogFilter): string {
  return `/api/access-log${query({
    caseId: filter.caseId || undefined,
    from: filter.from ? startOfDutchDay(filter.from) : undefined,
    to: filter.to ? startOfDutchDay(nextDay(filter.to)) : undefined,
    page: filter.page,
    size: filter.size,
  })}`;
}

/** `2026-03-29` → `2026-03-29T00:00:00+01:00`: midnight in the Netherlands, with the offset that holds then */
export function startOfDutchDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  // Dutch clocks change at 01:00 UTC, after local midnight: the offset an hour before UTC midnight of the day is
  // the offset at its local midnight, in winter (+01:00, 23:00 UTC = 00:00) and in summer (+02:00, = 01:00) alike
  const probe = new Date(Date.UTC(year, month - 1, date) - 60 * 60 * 1000);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(probe)
    .find((part) => part.type === 'timeZoneName')?.value.replace('GMT', '') || '+00:00';
  return `${day}T00:00:00${offset}`;
}

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().substring(0, 10);
}

/** whether any filter narrows the log (for the empty state's wording) */
export function isFiltered(filter: AccessLogFilter): boolean {
  return Boolean(filter.caseId || filter.from || filter.to);
}
