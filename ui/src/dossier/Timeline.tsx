import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { HistoryEntry } from './caseFile';

/**
 * The case's history in plain Dutch (GET /api/cases/{caseId}/history): every event with when, who, for which
 * organisation, in which role and why. Newest first: what a professional opening the file wants to know first.
 */
export function Timeline({ entries, headingId = 'tijdlijn' }: { entries: HistoryEntry[] | undefined; headingId?: string }) {
  return (
    <section aria-labelledby={headingId}>
      <Heading2 id={headingId}>Tijdlijn</Heading2>
      {!entries ? (
        <Paragraph role="status">De tijdlijn wordt geladen…</Paragraph>
      ) : (
        <>
          <Paragraph small>Nieuwste bovenaan. Elke regel is een vastgelegde gebeurtenis; het nummer is de versie van de casus.</Paragraph>
          <TimelineList entries={[...entries].reverse()} />
        </>
      )}
    </section>
  );
}

export function TimelineList({ entries }: { entries: HistoryEntry[] }) {
  return (
    <OrderedList className="hgk-timeline">
      {entries.map((entry) => (
        <OrderedListItem key={entry.eventId} className="hgk-timeline__entry" value={entry.sequenceNumber}>
          <span className="hgk-timeline__what">{entry.description}</span>
          <span className="hgk-timeline__who">
            {formatDateTime(entry.timestamp)} · {entry.user} · {entry.organisation} · {term('ActorRole', entry.role)}
          </span>
          {entry.reason && <span className="hgk-timeline__why">Reden: {entry.reason}</span>}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
