import './beheer.css';
import { useEffect, useRef, useState } from 'react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client';
import { PageTitle } from '../layout/PageTitle';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { RebuildConfirmation } from './RebuildConfirmation';
import { RebuildProgress } from './RebuildProgress';
import { followRebuilds, RebuildsFollowed } from './rebuildsFollowed';
import { rebuildRefusal } from './rebuildRefusal';
import { useViews } from './useViews';
import { viewName, ViewStatus } from './viewStatus';
import { ViewsTable } from './ViewsTable';

/**
 * Beheer: the views of the query side (`GET /api/views`) with their position, and rebuilding one with a confirmation
 * and a live progress bar. Administrators read no case: this page shows counts of events only.
 */
export function AdministrationPage() {
  const { views, error, askedAt, refresh } = useViews();
  const [confirming, setConfirming] = useState<ViewStatus>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [followed, setFollowed] = useState<RebuildsFollowed>({});
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const progressHeading = useRef<HTMLHeadingElement>(null);
  const [focusProgress, setFocusProgress] = useState(false);

  useEffect(() => {
    if (views) setFollowed((previous) => followRebuilds(previous, views));
  }, [views]);

  useEffect(() => {
    if (focusProgress) {
      progressHeading.current?.focus();
      setFocusProgress(false);
    }
  }, [focusProgress]);

  async function rebuild(view: ViewStatus) {
    setBusy(true);
    setRefusal(undefined);
    try {
      await api.post<ViewStatus>(`/api/views/${encodeURIComponent(view.name)}/rebuild`);
      setFollowed((previous) => ({ ...previous, [view.name]: 'running' }));
      setConfirming(undefined);
      setFocusProgress(true);
      refresh();
    } catch (failure) {
      setRefusal(rebuildRefusal(failure, viewName(view.name)));
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    const name = confirming?.name;
    setConfirming(undefined);
    setRefusal(undefined);
    if (name) buttons.current[name]?.focus();
  }

  const shown = Object.entries(followed)
    .map(([name, progress]) => ({ view: views?.find((view) => view.name === name), progress }))
    .filter((entry): entry is { view: ViewStatus; progress: RebuildsFollowed[string] } => entry.view !== undefined);

  return (
    <>
      <PageTitle>Beheer</PageTitle>
      <Paragraph appearance="lead">
        De overzichten van het casusregister en hoe ver ze zijn. U ziet hier alleen aantallen gebeurtenissen, geen
        casussen.
      </Paragraph>
      <section aria-labelledby="overzichten" className="hgk-beheer-section">
        <Heading2 id="overzichten">Overzichten</Heading2>
        <Paragraph>
          Elk overzicht (gezinsplannen, casuslijst, termijnbewaking, regiocijfers) wordt opgebouwd uit de vastgelegde gebeurtenissen.
          Loopt een overzicht vast of is het na een fout onbetrouwbaar, dan herbouwt u het: het wordt leeggemaakt en
          leest alle gebeurtenissen opnieuw.
        </Paragraph>
        {!views && !error && <Loading what="De overzichten" />}
        {error !== undefined && <ProblemAlert error={error} />}
        {views && views.length === 0 && <Paragraph>Er zijn geen overzichten om te tonen.</Paragraph>}
        {views && views.length > 0 && (
          <ViewsTable
            views={views}
            askedAt={askedAt}
            buttons={buttons}
            onRebuild={(view) => {
              setRefusal(undefined);
              setConfirming(view);
            }}
          />
        )}
        {confirming && (
          <RebuildConfirmation
            view={views?.find((view) => view.name === confirming.name) ?? confirming}
            busy={busy}
            onConfirm={() => rebuild(confirming)}
            onCancel={cancel}
          />
        )}
        {refusal && (
          <Alert type="error" role="alert">
            <Paragraph>{refusal}</Paragraph>
          </Alert>
        )}
      </section>
      {shown.length > 0 && (
        <section aria-labelledby="voortgang" className="hgk-beheer-section">
          <Heading2 id="voortgang" ref={progressHeading} tabIndex={-1}>
            Voortgang van het herbouwen
          </Heading2>
          {shown.map(({ view, progress }) =>
            progress === 'failed' ? (
              <Alert key={view.name} type="error" role="alert">
                <Paragraph>
                  Het herbouwen van {viewName(view.name)} is gestopt ({view.state === 'ERROR' ? 'fout' : 'gestopt'})
                  {view.error ? `: ${view.error}` : ''}. Bekijk het logboek van de server en probeer het opnieuw.
                </Paragraph>
              </Alert>
            ) : (
              <RebuildProgress key={view.name} view={view} finished={progress === 'finished'} />
            ),
          )}
        </section>
      )}
    </>
  );
}
