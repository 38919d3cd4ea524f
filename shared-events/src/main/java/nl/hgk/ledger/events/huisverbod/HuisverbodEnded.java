package nl.hgk.ledger.events.huisverbod;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The huisverbod ended. */
@Revision("1")
public record HuisverbodEnded(UUID caseId, LocalDate endedOn, HuisverbodEndReason reason) {
}
