import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { CaseFileView, HistoryEntry, familyPlanPath, updatesPath } from './caseFile';
import { fetchHistory } from '../api/caseHistory';
import { changesSince, whoChanged } from './changesSince';

/** what a live update tells: who changed the case and what, from the history entries after the version shown */
export interface LiveNotice {
  fromVersion: number;
  toVersion: number;
  by: string[];
  changes: HistoryEntry[];
}

/**
 * The case as the page shows it: the family plan view, kept current by the view's event stream
 * (GET /api/family-plans/{caseId}/updates, Server-Sent Events named `family-plan`), and the case's history, read again
 * whenever the version changes. A change by someone else becomes a notice; the user's own steps do not.
 */
export function useCaseFile(caseId: string, me: string | undefined) {
  const [view, setView] = useState<CaseFileView>();
  const [history, setHistory] = useState<HistoryEntry[]>();
  const [error, setError] = useState<unknown>();
  const [historyError, setHistoryError] = useState<unknown>();
  const [notice, setNotice] = useState<LiveNotice>();
  const [live, setLive] = useState(false);
  const toldUpTo = useRef<number>(undefined);

  /** a newer view replaces the shown one; an older one (a late event) never does */
  const show = useCallback((next: CaseFileView) => {
    setView((current) => (current && current.version >= next.version ? current : next));
  }, []);

  useEffect(() => {
    let cancelled = false;
    setView(undefined);
    setError(undefined);
    api
      .get<CaseFileView>(familyPlanPath(caseId))
      .then((answer) => !cancelled && show(answer))
      .catch((failure) => !cancelled && setError(failure));
    return () => {
      cancelled = true;
    };
  }, [caseId, show]);

  // the stream opens once the view holds the case: a stream asked for before that is refused (404) and not retried
  const loaded = view !== undefined;
  useEffect(() => {
    if (!loaded || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(updatesPath(caseId), { withCredentials: true });
    source.addEventListener('open', () => setLive(true));
    source.addEventListener('error', () => setLive(false));
    source.addEventListener('family-plan', (event) => {
      try {
        show(JSON.parse((event as MessageEvent<string>).data) as CaseFileView);
      } catch {
        // a malformed event changes nothing on screen; the next one or a reload brings the case
      }
    });
    return () => source.close();
  }, [caseId, loaded, show]);

  const version = view?.version;
  useEffect(() => {
    if (version === undefined) return undefined;
    let cancelled = false;
    fetchHistory({ caseId })
      .then((answer) => {
        if (cancelled) return;
        setHistory(answer.entries);
        setHistoryError(undefined);
        // from the last version whose changes were told, so a quick run of changes is told in full
        const previous = toldUpTo.current;
        toldUpTo.current = Math.max(previous ?? -1, version);
        if (previous === undefined || previous >= version) return;
        const byOthers = changesSince(answer.entries, previous).filter(
          (entry) => entry.sequenceNumber <= version && entry.user !== me,
        );
        if (byOthers.length > 0) {
          setNotice({ fromVersion: previous, toVersion: version, by: whoChanged(byOthers), changes: byOthers });
        }
      })
      .catch((failure) => !cancelled && setHistoryError(failure));
    return () => {
      cancelled = true;
    };
  }, [caseId, version, me]);

  /** the view once it holds `minVersion` (the version a command answered); waits while the view is behind */
  const readAt = useCallback(
    async (minVersion: number) => {
      for (let attempt = 0; ; attempt += 1) {
        try {
          const answer = await api.get<CaseFileView>(`${familyPlanPath(caseId)}?minVersion=${minVersion}`);
          show(answer);
          return answer;
        } catch (failure) {
          if (!(failure instanceof ApiProblem && failure.kind === 'view-behind') || attempt >= 3) throw failure;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    },
    [caseId, show],
  );

  const readHistory = useCallback(async () => {
    const answer = await fetchHistory({ caseId });
    setHistory(answer.entries);
    return answer.entries;
  }, [caseId]);

  return { view, history, error, historyError, notice, dismissNotice: () => setNotice(undefined), live, readAt, readHistory };
}
