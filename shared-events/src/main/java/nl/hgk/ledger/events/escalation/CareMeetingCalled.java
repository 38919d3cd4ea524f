package nl.hgk.ledger.events.escalation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The process director called a care meeting (zorgoverleg) at escalation step 4 (seed 000 B2 §5.2.3); the coordinator
 * and the parties involved must attend.
 *
 * @param urgent  the process director judged it urgent: it is held within 2 working days
 * @param meetBy  when not urgent, the date by which the process director wants it held; absent when urgent
 */
@Revision("1")
public record CareMeetingCalled(UUID caseId, boolean urgent, LocalDate meetBy) {
}
