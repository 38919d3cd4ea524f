package nl.hgk.ledger.query.history;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.query.web.NotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCaseHistory} from the event store itself, never from a view: the history is the record, so it
 * can be neither behind nor different.
 */
@Component
class CaseHistoryService {

    private final EventStore events;
    private final Clock clock;

    /** @param clock the ledger's one clock: "now", for a history without a moment */
    CaseHistoryService(EventStore events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads the case's events in order and stops at the first one recorded after {@code asOf}. The cut is a prefix of
     * the stream, not a filter on timestamps: the state must be the fold of events that all happened, in order, so an
     * event is never shown without the ones before it. Sequence order is the order of recording; should a clock ever
     * have stamped a later event earlier, that event still counts as recorded after the one that came before it.
     *
     * @throws NotFound when the event store holds no event of the case; {@link NotYet} when none yet at {@code asOf}
     */
    @QueryHandler
    CaseHistory handle(FindCaseHistory query) {
        UUID caseId = query.caseId();
        Instant asOf = query.asOf();
        Instant generatedAt = clock.instant();
        // from sequence 0, never readEvents(id): that would start at the last snapshot once snapshots are taken, and
        // the history would silently lose its beginning
        DomainEventStream stream = events.readEvents(caseId.toString(), 0);
        if (!stream.hasNext()) {
            throw new NotFound("no case " + caseId);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        CaseState state = CaseState.empty();
        CaseState now = CaseState.empty();
        while (stream.hasNext() && (asOf == null || !stream.peek().getTimestamp().isAfter(asOf))) {
            DomainEventMessage<?> event = stream.next();
            // described with the state before the event, which knows the role of every person the event names
            entries.add(entry(event, state));
            state.apply(event);
            now.apply(event);
        }
        Instant firstRecorded = entries.isEmpty() ? stream.peek().getTimestamp() : null;
        // who may read the history is decided by the case as it is now, not as of the moment asked for: an
        // organisation that joined later reads the whole history anyway (organisations are only ever added)
        while (stream.hasNext()) {
            now.apply(stream.next());
        }
        if (entries.isEmpty()) {
            throw new NotYet("case " + caseId + " did not exist yet at " + asOf + ": its first event was recorded at "
                    + firstRecorded, now);
        }
        return new CaseHistory(caseId, asOf, generatedAt, entries, state, now.getOrganisations());
    }

    /**
     * The case exists but not yet at the moment asked for. Carries the case as it is now, so that the reader's scope
     * is checked before this is told: to anyone else the case does not exist at all.
     */
    static final class NotYet extends NotFound {

        private final transient CaseState now;

        NotYet(String message, CaseState now) {
            super(message);
            this.now = now;
        }

        CaseState now() {
            return now;
        }
    }

    private static HistoryEntry entry(DomainEventMessage<?> event, CaseState before) {
        MetaData metaData = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(), event.getTimestamp(),
                text(metaData, AuditMetadata.USER), text(metaData, AuditMetadata.ORGANISATION),
                text(metaData, AuditMetadata.ROLE), text(metaData, AuditMetadata.REASON),
                event.getPayloadType().getSimpleName(), HistoryDescriptions.describe(event, before),
                text(metaData, AuditMetadata.IMPORTED_BY), importedAt(metaData));
    }

    private static Instant importedAt(MetaData metaData) {
        String at = text(metaData, AuditMetadata.IMPORTED_AT);
        return at == null ? null : Instant.parse(at);
    }

    private static String text(MetaData metaData, String key) {
        return Objects.toString(metaData.get(key), null);
    }
}
