package nl.hgk.ledger.events.escalation;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * Step 5 as the seed writes it (seed 000 B2 §5.2.4): not a step anyone raises after step 4, but the process director's
 * option inside it in a severe situation or when a care meeting will not help. The process director escalated to the
 * manager of the Meldpunt Zorg en Overlast (or the policy officer standing in), who consults the official or alderman
 * of the client's municipality; the municipality decides, and confirms in writing within 24 hours. The case is at
 * {@link EscalationStep#ADMINISTRATIVE}; the process director stays appointed. (An {@link EscalationRaised} to step 5,
 * recorded before, still reads as step 5.)
 *
 * @param bottleneck the description of the bottleneck, about the help and the parties, not a person's private life
 * @param advice     the process director's advice on a definitive approach, in the same terms
 */
@Revision("1")
public record EscalatedToMeldpuntManager(UUID caseId, String bottleneck, String advice) {
}
