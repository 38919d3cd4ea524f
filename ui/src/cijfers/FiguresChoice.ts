import { regionOf, VeiligThuisRegion } from '../reference/VeiligThuisRegions';

/**
 * What the reader chose to see, kept in the address (`/cijfers?regio=VT24&periode=2026-H1&gemeente=GM0505`) so that a
 * view can be bookmarked, shared with a colleague and reached with the browser's back button.
 */
export interface FiguresChoice {
  region: string;
  /** `2026` (the whole year), `2026-H1` (January to June) or `2026-H2` (July to December), as the API names them */
  period: string;
  /** one municipality of the region, or undefined for the whole region */
  municipality?: string;
}

const PERIOD = /^(\d{4})(?:-H([12]))?$/;
/** the ledger holds nothing older (query/…/figures/Period.FIRST_YEAR) */
const FIRST_YEAR = 2000;

/** the half-year `now` lies in, in Dutch time: the period the figures of recent work are in */
export function currentHalfYear(now: Date = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

export function isPeriod(text: string | null | undefined): text is string {
  const match = text ? PERIOD.exec(text) : null;
  return Boolean(match) && Number(match![1]) >= FIRST_YEAR;
}

export function yearOf(period: string): number {
  return Number(period.substring(0, 4));
}

/**
 * The choice an address holds; what is missing or not valid falls back to the reader's own region and the current
 * half-year, and a municipality outside the region is dropped.
 */
export function choiceFromSearch(search: URLSearchParams, ownRegion: string | null | undefined, now: Date = new Date()): FiguresChoice {
  const region: VeiligThuisRegion | undefined = regionOf(search.get('regio')) ?? regionOf(ownRegion) ?? undefined;
  const period = search.get('periode');
  const municipality = search.get('gemeente');
  return {
    region: region?.code ?? '',
    period: isPeriod(period) ? period : currentHalfYear(now),
    municipality: region?.municipalities.some((m) => m.code === municipality) ? municipality! : undefined,
  };
}

export function searchFromChoice(choice: FiguresChoice): URLSearchParams {
  const search = new URLSearchParams();
  search.set('regio', choice.region);
  search.set('periode', choice.period);
  if (choice.municipality) search.set('gemeente', choice.municipality);
  return search;
}

/** the periods offered: the whole year and both halves, for this year and the five before it, newest first */
export function periodOptions(now: Date = new Date()): { value: string; label: string }[] {
  const thisYear = yearOf(currentHalfYear(now));
  const options: { value: string; label: string }[] = [];
  for (let year = thisYear; year >= Math.max(FIRST_YEAR, thisYear - 5); year -= 1) {
    options.push({ value: `${year}-H2`, label: periodName(`${year}-H2`) });
    options.push({ value: `${year}-H1`, label: periodName(`${year}-H1`) });
    options.push({ value: `${year}`, label: periodName(`${year}`) });
  }
  return options;
}

/** `2026-H1` → `eerste halfjaar 2026 (januari tot en met juni)`, `2026` → `heel 2026` */
export function periodName(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year, half] = match;
  if (!half) return `heel ${year}`;
  return half === '1' ? `eerste halfjaar ${year} (januari tot en met juni)` : `tweede halfjaar ${year} (juli tot en met december)`;
}

/** `2026-H1` → `1e halfjaar 2026`: short enough for a chart's axis */
export function shortPeriodName(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year, half] = match;
  return half ? `${half}e halfjaar ${year}` : `heel ${year}`;
}
