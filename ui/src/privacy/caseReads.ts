import { formatDateTime, formatNumber } from '../format/dutch';
import { term } from '../text/terms';

/** One page of the access log as `GET /api/access-log` answers it (query/…/access/AccessLogPage). */
export interface AccessLogPage {
  entries: CaseReadEntry[];
  page: number;
  size: number;
  total: number;
}

/** One read of a case: who, when, which case, what and why. */
export interface CaseReadEntry {
  readAt: string;
  user: string;
  organisation: string;
  role: string;
  userRegion: string | null;
  caseId: string;
  caseRegion: string | null;
  what: string;
  detail: string | null;
  reason: string | null;
}

/**
 * How a case was read, in Dutch: what (`FAMILY_PLAN` → `gezinsplan`) and the API's `detail` (`html download`,
 * `asOf=…`, `minVersion=12`), which the server writes as short technical text.
 */
export function describeRead(entry: Pick<CaseReadEntry, 'what' | 'detail'>): string {
  const what = term('CaseRead', entry.what);
  const parts = (entry.detail ?? '').split(' ').filter(Boolean);
  const how = parts.map(wayOfReading);
  if (how.some((words) => words === undefined)) {
    // a detail this page does not know (a newer ledger, or one already in words such as `zoeken op bsn`): as it is
    return `${what} (${entry.detail})`;
  }
  const said = how.filter(Boolean);
  return said.length ? `${what}, ${said.join(', ')}` : what;
}

/** one word of the API's detail in Dutch; '' for what needs no saying; undefined when unknown */
function wayOfReading(part: string): string | undefined {
  if (part === 'json') return '';
  if (part === 'html') return 'als afdruk';
  if (part === 'download') return 'gedownload';
  if (part.startsWith('asOf=')) return `zoals op ${formatDateTime(part.substring(5))}`;
  if (part.startsWith('minVersion=')) return `na wijziging (versie ${formatNumber(Number(part.substring(11)))})`;
  return undefined;
}

/** `Inzagen 51–100 van 230` */
export function pageRange(page: AccessLogPage): string {
  if (page.total === 0 || page.entries.length === 0) return `Geen inzagen op deze pagina (${formatNumber(page.total)} in totaal)`;
  const first = page.page * page.size + 1;
  const last = first + page.entries.length - 1;
  return `Inzagen ${formatNumber(first)}–${formatNumber(last)} van ${formatNumber(page.total)}`;
}

export function pageCount(page: Pick<AccessLogPage, 'total' | 'size'>): number {
  return Math.max(1, Math.ceil(page.total / page.size));
}
