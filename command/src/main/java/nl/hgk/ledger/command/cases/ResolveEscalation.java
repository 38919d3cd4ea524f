package nl.hgk.ledger.command.cases;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Resolves the open escalation.
 *
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record ResolveEscalation(@TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion) {
}
