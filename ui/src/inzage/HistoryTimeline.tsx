import { Link as RouterLink } from 'react-router-dom';
import { OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { term } from '../text/terms';
import { formatMoment } from '../format/dutch';
import { HistoryEntry } from '../api/caseHistory';

/**
 * Every step of the case in order, in plain Dutch: when (to the second), what, who for which organisation in which
 * role, and why. Each step offers the case as it stood right after it.
 */
export function HistoryTimeline({ entries, momentOf }: { entries: HistoryEntry[]; momentOf: (entry: HistoryEntry) => string }) {
  return (
    <OrderedList className="hgk-timeline">
      {entries.map((entry) => (
        <OrderedListItem key={entry.eventId} className="hgk-timeline__step" value={entry.sequenceNumber + 1}>
          <Paragraph className="hgk-timeline__when">
            <time dateTime={entry.timestamp}>{formatMoment(entry.timestamp)}</time>
          </Paragraph>
          <Paragraph className="hgk-timeline__what">{entry.description}</Paragraph>
          <Paragraph className="hgk-timeline__who">
            Door {entry.user}, {term('ActorRole', entry.role)} bij {entry.organisation}
          </Paragraph>
          {entry.importedBy && entry.importedAt && (
            <Paragraph className="hgk-timeline__imported">
              Ingelezen uit de vorige registratie op {formatMoment(entry.importedAt)} door {entry.importedBy}: tijd en
              persoon zijn zoals die registratie ze gaf.
            </Paragraph>
          )}
          <Paragraph className="hgk-timeline__why">
            {entry.reason ? (
              <>
                Reden: <q>{entry.reason}</q>
              </>
            ) : (
              'Geen reden opgegeven.'
            )}
          </Paragraph>
          <Paragraph className="hgk-timeline__then hgk-no-print">
            <RouterLink className="utrecht-link" to={momentOf(entry)}>
              Toon de stand na stap {entry.sequenceNumber + 1}
            </RouterLink>
          </Paragraph>
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
