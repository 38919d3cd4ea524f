import { useEffect, useId, useState } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { announcementStep, completion, pace, percentDone, progressLabel } from './rebuildProgress';
import { viewName, ViewStatus } from './viewStatus';

/**
 * One view's rebuild: a labelled `<progress>`, the numbers in words, and a polite announcement every tenth of the way
 * and at the end (the bar itself changes every second, too often to read aloud).
 */
export function RebuildProgress({ view, finished }: { view: ViewStatus; finished: boolean }) {
  const id = useId();
  const name = viewName(view.name);
  const [announced, setAnnounced] = useState<number>();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (finished) return setAnnouncement(completion(name, view));
    const step = announcementStep(announced, view);
    if (step !== undefined) {
      setAnnounced(step);
      setAnnouncement(progressLabel(view));
    }
  }, [view, finished, announced, name]);

  const shown = finished ? { ...view, done: view.total } : view;
  // a ledger without events has nothing to read: its rebuild is complete from the start, the bar full
  const max = Math.max(1, shown.total);
  const value = shown.total <= 0 ? max : Math.min(shown.done, shown.total);
  return (
    <div className="hgk-rebuild">
      <label htmlFor={id} className="utrecht-form-label hgk-rebuild__label">
        Herbouwen van {name}
      </label>
      <progress id={id} className="hgk-rebuild__bar" max={max} value={value}>
        {percentDone(shown)}%
      </progress>
      <Paragraph className="hgk-rebuild__numbers">
        {progressLabel(shown)}
      </Paragraph>
      {!finished && pace(view) && <Paragraph small>{pace(view)}</Paragraph>}
      <p role="status" aria-live="polite" className="hgk-visually-hidden">
        {announcement}
      </p>
      {finished && (
        // the live region above says it; an alert mounted with its text is not reliably read out
        <Alert type="ok" role="note">
          <Paragraph>{completion(name, view)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
