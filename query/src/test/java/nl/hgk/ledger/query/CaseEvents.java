package nl.hgk.ledger.query;

import nl.hgk.ledger.events.CaseStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.hgk.ledger.events.audit.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * Builds the event stream of one case for tests, as the event store would give it: sequence numbers in order, a
 * timestamp, and the who/why metadata.
 */
public final class CaseEvents {

    private final UUID caseId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant clock;
    private Map<String, Object> actor = Map.of(AuditMetadata.USER, "casemanager", AuditMetadata.ORGANISATION,
            "veilig-thuis-zhz", AuditMetadata.ROLE, "CASE_WORKER");

    public CaseEvents(UUID caseId, Instant start) {
        this.caseId = caseId;
        this.clock = start;
    }

    /** Later events are given by this user. */
    public CaseEvents by(String user, String organisation, String role) {
        actor = Map.of(AuditMetadata.USER, user, AuditMetadata.ORGANISATION, organisation, AuditMetadata.ROLE, role);
        return this;
    }

    /** Later events also carry this metadata of who gave them (an organisation type, a qualification). */
    public CaseEvents with(String key, String value) {
        Map<String, Object> more = new HashMap<>(actor);
        more.put(key, value);
        actor = Map.copyOf(more);
        return this;
    }

    /** Later events are given by this user, for an organisation of this type ({@code OrganisationType}'s name). */
    public CaseEvents by(String user, String organisation, String role, String organisationType) {
        actor = Map.of(AuditMetadata.USER, user, AuditMetadata.ORGANISATION, organisation, AuditMetadata.ROLE, role,
                AuditMetadata.ORGANISATION_TYPE, organisationType);
        return this;
    }

    /** Later events happen this much later. */
    public CaseEvents at(Instant time) {
        clock = time;
        return this;
    }

    public DomainEventMessage<?> add(Object payload) {
        return add(payload, null);
    }

    public DomainEventMessage<?> add(Object payload, String reason) {
        Map<String, Object> metaData = new HashMap<>(actor);
        if (reason != null) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        DomainEventMessage<?> event = new GenericDomainEventMessage<>(CaseStream.AGGREGATE_TYPE, caseId.toString(), events.size(),
                payload, metaData, UUID.randomUUID().toString(), clock);
        events.add(event);
        return event;
    }

    /** Hands every event so far to a projection's handler, in order, as its tracking processor would. */
    public void deliverTo(EventMessageHandler handler) {
        for (DomainEventMessage<?> event : events) {
            try {
                handler.handle(event);
            } catch (Exception failed) {
                throw new AssertionError("the projection failed on " + event.getPayloadType().getSimpleName(), failed);
            }
        }
    }

    public List<DomainEventMessage<?>> all() {
        return List.copyOf(events);
    }

    public UUID caseId() {
        return caseId;
    }
}
