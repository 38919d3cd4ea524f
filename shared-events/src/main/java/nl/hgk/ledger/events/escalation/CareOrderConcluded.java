package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The process director concluded the monitoring of a care order: whether the party delivered what it was ordered to.
 * Meets the order's time limit.
 */
@Revision("1")
public record CareOrderConcluded(UUID caseId, UUID orderId, boolean complied) {
}
