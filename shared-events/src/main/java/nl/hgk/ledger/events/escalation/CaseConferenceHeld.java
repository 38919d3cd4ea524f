package nl.hgk.ledger.events.escalation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The case conference of escalation step 2 was held: the parties agreed who does what by when (the agreements go
 * into the family plan). Meets the limit of an urgent case conference.
 */
@Revision("1")
public record CaseConferenceHeld(UUID caseId, LocalDate heldOn) {
}
