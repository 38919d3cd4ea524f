import { formatDate, todayInTheNetherlands } from './dutch';

/**
 * When a time limit is due, as a Dutch professional says it. Most limits run out when a day is over (the fifth working
 * day after a report): the API gives that as the next midnight in Dutch time (`2026-12-10T23:00:00Z`), which read
 * literally would say "11 december 00:00", a day too late in a person's mind. Such a moment is shown as the last day
 * itself; a limit due within a day (a written confirmation in 24 hours) with its time.
 */
const ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

interface DutchMoment {
  /** the calendar day in the Netherlands, ISO */
  day: string;
  hour: number;
  minute: number;
}

function inTheNetherlands(instant: Date): DutchMoment {
  const byType: Record<string, string> = {};
  for (const part of parts.formatToParts(instant)) byType[part.type] = part.value;
  return { day: `${byType.year}-${byType.month}-${byType.day}`, hour: Number(byType.hour), minute: Number(byType.minute) };
}

function dayBefore(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().substring(0, 10);
}

/** the last day on which the limit can be met, in the Netherlands */
export function lastDay(dueAt: string): string {
  const moment = inTheNetherlands(new Date(dueAt));
  return moment.hour === 0 && moment.minute === 0 ? dayBefore(moment.day) : moment.day;
}

/** `10 december 2026`, or `10 december 2026 om 14:35` for a limit due in the course of a day */
export function describeDue(dueAt: string | null | undefined): string {
  if (!dueAt || Number.isNaN(new Date(dueAt).getTime())) return '';
  const moment = inTheNetherlands(new Date(dueAt));
  if (moment.hour === 0 && moment.minute === 0) return formatDate(dayBefore(moment.day));
  const time = `${String(moment.hour).padStart(2, '0')}:${String(moment.minute).padStart(2, '0')}`;
  return `${formatDate(moment.day)} om ${time}`;
}

/** the due moment with its word: `tot en met 10 december 2026`, or `uiterlijk 4 december 2026 om 14:30` */
export function describeDueInWords(dueAt: string | null | undefined): string {
  if (!dueAt || Number.isNaN(new Date(dueAt).getTime())) return '';
  const moment = inTheNetherlands(new Date(dueAt));
  return moment.hour === 0 && moment.minute === 0 ? `tot en met ${describeDue(dueAt)}` : `uiterlijk ${describeDue(dueAt)}`;
}

export type Urgency = 'overdue' | 'today' | 'later';

/**
 * How urgent a running limit is: overdue as the ledger says (its `overdue`: the due moment passed, or recorded as
 * missed; never worked out here), else due today in the Netherlands, else later.
 */
export function urgencyOf(limit: { dueAt: string; overdue: boolean }, now: Date = new Date()): Urgency {
  if (limit.overdue) return 'overdue';
  return lastDay(limit.dueAt) <= todayInTheNetherlands(now) ? 'today' : 'later';
}

/** the words beside a limit: never colour alone */
export const URGENCY_LABEL: Record<Urgency, string> = {
  overdue: 'te laat',
  today: 'vandaag',
  later: 'loopt',
};
