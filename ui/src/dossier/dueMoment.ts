import { formatDate, formatDateTime } from '../format/dutch';

const ZONE = 'Europe/Amsterdam';

/**
 * A time limit's due moment as a professional reads it. Most limits run until the end of a Dutch day, which the API
 * gives as the next midnight (`2026-12-10T23:00:00Z`): shown as `tot en met 10 december 2026`, not as a moment on
 * a day the limit does not include. A limit of hours (the written confirmation, 24 hours) keeps its time.
 */
export function describeDue(dueAt: string): string {
  const moment = new Date(dueAt);
  if (Number.isNaN(moment.getTime())) return dueAt;
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(moment);
  if (clock !== '00:00') return `uiterlijk ${formatDateTime(dueAt)}`;
  const dayBefore = new Date(moment.getTime() - 60 * 60 * 1000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(dayBefore);
  return `tot en met ${formatDate(day)}`;
}
