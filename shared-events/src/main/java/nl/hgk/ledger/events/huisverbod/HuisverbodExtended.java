package nl.hgk.ledger.events.huisverbod;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The running huisverbod was extended; it never ends later than 28 days after it was imposed. */
@Revision("1")
public record HuisverbodExtended(UUID caseId, LocalDate previousEndsOn, LocalDate endsOn) {
}
