import { useEffect, useRef } from 'react';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { rebuildWarning } from './rebuildWarning';
import { viewName, ViewStatus } from './viewStatus';

/** Asks before a rebuild: it empties a view that people are using. Focus goes to its heading when it opens. */
export function RebuildConfirmation({
  view,
  busy,
  onConfirm,
  onCancel,
}: {
  view: ViewStatus;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [view.name]);
  const name = viewName(view.name);
  return (
    <section className="hgk-confirm" aria-labelledby="herbouwen-bevestigen">
      <Heading3 id="herbouwen-bevestigen" ref={heading} tabIndex={-1}>
        {name[0].toUpperCase() + name.substring(1)} herbouwen?
      </Heading3>
      <Paragraph>{rebuildWarning(view)}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={onConfirm}>
          Ja, {name} herbouwen
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </section>
  );
}
