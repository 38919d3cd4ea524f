import { formatDateTime, formatNumber } from '../format/dutch';
import { ViewStatus } from './viewStatus';

/**
 * A rebuild's progress in words and numbers. The percentage is rounded down, so that 100% is shown only when every
 * event is processed, and held at 0–100 (the head may move while the view catches up).
 */
export function percentDone(view: Pick<ViewStatus, 'done' | 'total'>): number {
  if (view.total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor((view.done / view.total) * 100)));
}

/** `Herbouwen: 45% (4.500 van 10.000 gebeurtenissen)` */
export function progressLabel(view: Pick<ViewStatus, 'done' | 'total'>): string {
  const done = Math.min(view.done, view.total);
  return `Herbouwen: ${percentDone(view)}% (${formatNumber(done)} van ${formatNumber(view.total)} gebeurtenissen)`;
}

/** `ongeveer 1.250 gebeurtenissen per seconde; naar verwachting klaar op 3 december 2026 om 14:05` */
export function pace(view: Pick<ViewStatus, 'eventsPerSecond' | 'expectedFinish'>): string {
  const parts: string[] = [];
  if (view.eventsPerSecond && view.eventsPerSecond > 0) {
    parts.push(`ongeveer ${formatNumber(Math.round(view.eventsPerSecond))} gebeurtenissen per seconde`);
  }
  if (view.expectedFinish) {
    parts.push(`naar verwachting klaar op ${formatDateTime(view.expectedFinish)}`);
  }
  return parts.join('; ');
}

/** `Herbouwen van termijnbewaking voltooid: 48.320 gebeurtenissen verwerkt.` */
export function completion(viewName: string, view: Pick<ViewStatus, 'done'>): string {
  return `Herbouwen van ${viewName} voltooid: ${formatNumber(view.done)} gebeurtenissen verwerkt.`;
}

/**
 * What a screen reader is told, at most every tenth of the way: the bar changes every second, and reading each
 * change aloud would drown everything else. Returns the new announcement, or undefined to keep the last one.
 */
export function announcementStep(previousPercent: number | undefined, view: Pick<ViewStatus, 'done' | 'total'>): number | undefined {
  const step = Math.floor(percentDone(view) / 10) * 10;
  if (previousPercent === undefined || step > previousPercent) return step;
  return undefined;
}
