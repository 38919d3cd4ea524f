package nl.hgk.ledger.events.escalation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * At escalation step 4 the process director used the doorzettingsmacht: a party must deliver a form of care or
 * service, and the process director monitors it for an agreed period (seed 000 B2 §5.2.1-§5.2.2). The party is
 * involved in the case from then on.
 *
 * @param orderId        chosen by the process director's client, to conclude the order later
 * @param party          the organisation ordered to deliver (its organisation id, as its users act for it)
 * @param care           the form of care or service, about the help and the party, not about a person's private life
 * @param monitoredUntil the last day of the monitoring: the order is due to be concluded when that day is over
 */
@Revision("1")
public record CareOrdered(UUID caseId, UUID orderId, String party, String care, LocalDate monitoredUntil) {
}
