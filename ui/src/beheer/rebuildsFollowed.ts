import { ViewStatus } from './viewStatus';

/** How far the page has followed each rebuild it shows: one started here, or one it saw running. */
export type RebuildsFollowed = Record<string, 'running' | 'finished' | 'failed'>;

/**
 * The rebuilds to show after a new answer of `GET /api/views`. A rebuild is running while its view rebuilds or
 * catches up, finished once the view is up to date again, failed when the view stopped or erred. A quick rebuild may
 * be over before the page first looks again: it goes from started straight to finished.
 */
export function followRebuilds(previous: RebuildsFollowed, views: ViewStatus[]): RebuildsFollowed {
  const next: RebuildsFollowed = {};
  for (const [name, progress] of Object.entries(previous)) {
    const view = views.find((candidate) => candidate.name === name);
    if (!view) continue;
    if (progress !== 'running') {
      next[name] = view.state === 'REBUILDING' ? 'running' : progress;
    } else if (view.state === 'REBUILDING' || view.state === 'CATCHING_UP') {
      next[name] = 'running';
    } else if (view.state === 'UP_TO_DATE') {
      next[name] = 'finished';
    } else {
      next[name] = 'failed';
    }
  }
  for (const view of views) {
    if (view.state === 'REBUILDING') next[view.name] = 'running';
  }
  return next;
}
