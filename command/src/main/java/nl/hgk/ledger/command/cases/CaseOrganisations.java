package nl.hgk.ledger.command.cases;

import java.util.HashSet;
import java.util.Set;

import nl.hgk.ledger.events.audit.InvolvedOrganisations;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * The organisations involved in the case, by the one rule every side shares ({@link InvolvedOrganisations}): whoever
 * acted on it, its coordinators and process directors, the owners of its plan's tasks, the parties ordered to deliver
 * care. A step that belongs to a party "directly involved" asks here (seed 000 B2 §5.1.5).
 */
class CaseOrganisations {

    private final Set<String> involved = new HashSet<>();

    boolean isInvolved(String organisation) {
        return involved.contains(organisation);
    }

    /** every event of the case, whatever its type: who recorded it is an organisation involved too */
    @EventSourcingHandler
    void on(Object event, MetaData metaData) {
        involved.addAll(InvolvedOrganisations.of(event, metaData));
    }
}
