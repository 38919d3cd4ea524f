/**
 * The moment an inspector chooses, between the date-and-time field (a wall time in the Netherlands, to the second) and
 * the API's `asOf` (an instant in UTC). The field means the whole second it shows: everything recorded up to and in
 * that second counts, as a reader of "14:00:27" expects; events are stored to the millisecond.
 */
const ZONE = 'Europe/Amsterdam';

const wallTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  hourCycle: 'h23',
});

/** an instant as the field shows it: `2026-12-03T14:00:27` in Dutch time */
export function toWallTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(wallTime.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** how far Dutch time is ahead of UTC at an instant, in milliseconds (one or two hours) */
function offsetAt(epochMillis: number): number {
  const shown = toWallTime(new Date(epochMillis));
  return Date.parse(`${shown}Z`) - Math.floor(epochMillis / 1000) * 1000;
}

/**
 * The last millisecond of the second a wall time in the Netherlands names, as an ISO instant (`…T13:00:27.999Z`);
 * undefined for text that is no such time. A time without seconds (`…T14:00`) is second 00: a datetime-local field
 * with step 1 leaves the seconds out of its value when they are zero.
 */
export function fromWallTime(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  if (Number.isNaN(asUtc)) return undefined;
  // the offset of the instant itself: around the change to summer time the first guess can be an hour off
  let instant = asUtc - offsetAt(asUtc);
  instant = asUtc - offsetAt(instant);
  return new Date(instant + 999).toISOString();
}
