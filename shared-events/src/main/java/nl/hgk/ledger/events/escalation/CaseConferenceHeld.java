package nl.hgk.ledger.events.escalation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The case conference of escalation step 2 was held: the parties agreed who does what by when (the agreements go
 * into the family plan), as soon as possible and with no fixed term (seed 000 B2 §5.1.2). In cases recorded before that
 * was read right, it also met the limit of an "urgent" case conference ({@code TimeLimit.CASE_CONFERENCE}).
 */
@Revision("1")
public record CaseConferenceHeld(UUID caseId, LocalDate heldOn) {
}
