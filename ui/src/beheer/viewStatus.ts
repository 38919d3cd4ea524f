import { formatNumber } from '../format/dutch';
import { term } from '../text/terms';

/** Where a view stands, as `GET /api/views` and `GET /api/views/{name}` answer it (query/…/rebuild/ViewStatus). */
export interface ViewStatus {
  name: string;
  state: 'UP_TO_DATE' | 'CATCHING_UP' | 'REBUILDING' | 'STOPPED' | 'ERROR' | string;
  /** the position in the event stream the view has processed */
  done: number;
  /** the position of the newest event */
  total: number;
  eventsPerSecond?: number | null;
  expectedFinish?: string | null;
  rebuildStartedAt?: string | null;
  error?: string | null;
}

/** the view's Dutch name, with the technical name for whoever reads the server's log */
export function viewName(name: string): string {
  return term('View', name);
}

export function stateWord(state: string): string {
  return term('ViewState', state);
}

/** how many events the view still has to process; never negative (the head is read after the position) */
export function behindBy(view: Pick<ViewStatus, 'done' | 'total'>): number {
  return Math.max(0, view.total - view.done);
}

/** `0`, or `1.234 gebeurtenissen` */
export function behindText(view: Pick<ViewStatus, 'done' | 'total'>): string {
  const behind = behindBy(view);
  if (behind === 0) return 'niet achter';
  return `${formatNumber(behind)} ${behind === 1 ? 'gebeurtenis' : 'gebeurtenissen'}`;
}

/** whether the page should look again soon: something is moving */
export function isMoving(view: Pick<ViewStatus, 'state'>): boolean {
  return view.state === 'REBUILDING' || view.state === 'CATCHING_UP';
}
