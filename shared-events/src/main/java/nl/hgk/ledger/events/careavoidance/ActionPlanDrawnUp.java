package nl.hgk.ledger.events.careavoidance;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The Meldpunt drew up the action plan for the care avoidance recorded before it, choosing how the care is realised
 * after all (seed 000 B2 §5.1.6). It answers every care avoidance the case recorded since the last plan.
 */
@Revision("1")
public record ActionPlanDrawnUp(UUID caseId, ActionPlanApproach approach) {
}
