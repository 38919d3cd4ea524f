package nl.hgk.ledger.query.familyplan;

import java.util.Optional;
import java.util.UUID;

import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What the event store, the record itself, says of a case, for a read the family plan view cannot answer yet: the
 * view follows the record a little later, the record is never behind.
 */
@Component
class CaseRecord {

    private final EventStore events;

    CaseRecord(EventStore events) {
        this.events = events;
    }

    /** @return the case's version on the record (its last event's sequence number); empty when there is no case */
    Optional<Long> version(UUID caseId) {
        return events.lastSequenceNumberFor(caseId.toString());
    }

    /** @return the case folded from every event on the record, from the first on (never from a snapshot) */
    CaseState fold(UUID caseId) {
        CaseState state = CaseState.empty();
        events.readEvents(caseId.toString(), 0).asStream().forEach(state::apply);
        return state;
    }
}
