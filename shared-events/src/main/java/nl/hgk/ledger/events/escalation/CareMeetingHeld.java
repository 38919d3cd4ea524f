package nl.hgk.ledger.events.escalation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The care meeting the process director called was held (seed 000 B2 §5.2.3). Meets its time limit. */
@Revision("1")
public record CareMeetingHeld(UUID caseId, LocalDate heldOn) {
}
