import { useEffect, useRef } from 'react';
import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { HistoryEntry } from './caseFile';
import { TimelineList } from './Timeline';

/**
 * The ledger refused the step because the case changed after the version the user saw (409 stale-version). Nothing
 * is overwritten: the user reads what changed, keeps what they typed, and records the step again on the current
 * version only by choosing to.
 */
export function StaleEdit({ seenVersion, currentVersion, changes, busy, onRetry }: {
  seenVersion: number;
  currentVersion: number | undefined;
  changes: HistoryEntry[] | undefined;
  busy: boolean;
  onRetry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // focus on the heading, which reads the news; the alert itself is not a live region, or it would be read twice
  useEffect(() => heading.current?.focus(), []);
  return (
    <Alert type="warning" className="hgk-stale" role="none">
      <Heading3 ref={heading} tabIndex={-1}>
        De casus is gewijzigd terwijl u deze stap invulde
      </Heading3>
      <Paragraph>
        U keek naar versie {seenVersion}; de casus is nu op versie {currentVersion ?? 'onbekend'}. Er is niets vastgelegd. Lees wat
        er intussen is veranderd, en beslis of uw stap nog klopt. Uw invoer staat er nog.
      </Paragraph>
      {changes === undefined ? (
        <Paragraph role="status">De wijzigingen worden geladen…</Paragraph>
      ) : changes.length === 0 ? (
        <Paragraph>De wijzigingen konden niet worden gelezen. Bekijk de tijdlijn.</Paragraph>
      ) : (
        <TimelineList entries={changes} />
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} disabled={busy || changes === undefined} onClick={onRetry}>
          Opnieuw vastleggen op de huidige versie
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
