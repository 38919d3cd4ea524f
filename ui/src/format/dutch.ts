/**
 * Dates, times and numbers as a Dutch reader expects them. Dates of the API are ISO text (`2026-12-03`) and
 * instants are UTC (`2026-12-03T09:15:00Z`); both are shown in Europe/Amsterdam.
 */
const ZONE = 'Europe/Amsterdam';

const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: ZONE });
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONE,
});
const moment = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: ZONE,
});
const number = new Intl.NumberFormat('nl-NL');
const percentage = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** `2026-12-03` → `3 december 2026`; a calendar date is not moved between zones */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.substring(0, 10).split('-').map(Number);
  if (!year || !month || !day) return iso;
  return date.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** `2026-12-03` → `03-12-2026` */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.substring(0, 10).split('-').map(Number);
  if (!year || !month || !day) return iso;
  return shortDate.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** an instant in Dutch time: `3 december 2026 om 10:15` */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return dateTime.format(instant);
}

/** an instant to the second, where steps follow each other within a minute: `3 december 2026 om 10:15:27` */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return moment.format(instant);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : number.format(value);
}

/** 0.125 → `12,5%` */
export function formatPercentage(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '' : percentage.format(fraction);
}

/** today in the Netherlands as ISO text, for date fields' defaults and limits */
export function todayInTheNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A moment typed as Dutch wall-clock time (`2026-12-03T14:30`, an input of type datetime-local) as an instant in UTC,
 * whatever zone the browser is in; summer and winter time as the Netherlands had them on that day.
 */
export function instantOfDutchLocalTime(local: string): string {
  const asIfUtc = new Date(`${local}:00Z`);
  if (Number.isNaN(asIfUtc.getTime())) return local;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    }).formatToParts(asIfUtc).map((part) => [part.type, part.value]),
  );
  const shownThere = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  const offset = shownThere - asIfUtc.getTime();
  return new Date(asIfUtc.getTime() - offset).toISOString();
}
