import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { isMoving, ViewStatus } from './viewStatus';

/** every second while a view rebuilds or catches up: a rebuild's bar moves visibly */
const WHILE_MOVING_MS = 1000;
/** otherwise now and then, so that a rebuild started elsewhere shows up */
const AT_REST_MS = 15000;

/**
 * The views as `GET /api/views` answers them, asked again every second while any is moving. The API offers no push
 * for this, so the page polls; it stops when the page is left.
 */
export function useViews() {
  const [views, setViews] = useState<ViewStatus[]>();
  const [error, setError] = useState<unknown>();
  const [askedAt, setAskedAt] = useState<Date>();
  const [hurry, setHurry] = useState(0);
  const timer = useRef<number>(undefined);

  const ask = useCallback(async () => {
    try {
      const answer = await api.get<ViewStatus[]>('/api/views');
      setViews(answer);
      setError(undefined);
      setAskedAt(new Date());
      return answer;
    } catch (failure) {
      setError(failure);
      return undefined;
    }
  }, []);

  useEffect(() => {
    let stopped = false;
    async function round() {
      const answer = await ask();
      if (stopped) return;
      const moving = answer?.some(isMoving) ?? false;
      timer.current = window.setTimeout(round, moving ? WHILE_MOVING_MS : AT_REST_MS);
    }
    void round();
    return () => {
      stopped = true;
      window.clearTimeout(timer.current);
    };
  }, [ask, hurry]);

  /** ask at once and from then on at the pace of what is happening (after a rebuild was started) */
  const refresh = useCallback(() => {
    window.clearTimeout(timer.current);
    setHurry((count) => count + 1);
  }, []);

  return { views, error, askedAt, refresh };
}
