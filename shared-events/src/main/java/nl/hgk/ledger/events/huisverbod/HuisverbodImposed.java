package nl.hgk.ledger.events.huisverbod;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The mayor imposed a huisverbod on a person of the case.
 *
 * @param personId  the person who may not enter the home
 * @param imposedOn the first day
 * @param endsOn    the day it ends unless extended: ten days after {@code imposedOn}
 */
@Revision("1")
public record HuisverbodImposed(UUID caseId, UUID personId, LocalDate imposedOn, LocalDate endsOn) {
}
