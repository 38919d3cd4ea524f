package nl.hgk.ledger.events.escalation;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A professional of a party involved in the plan, not the coordinating one, reported to the Meldpunt Zorg en Overlast
 * that help fails to come because coordination falls short, after raising it with the coordinator first (seed 000 B2
 * §5.1.5). The case is at escalation step 4: the Meldpunt appoints a process director within 2 working days, who assigns
 * coordination anew. Who reported is the event's metadata.
 *
 * @param raisedWithCoordinatorOn the day the professional asked the coordinator to act
 * @param concern                 what falls short in the coordination, about the help and the parties, not a
 *                                person's private life
 * @param previousStep            the escalation step the case was at; absent when no escalation was open
 */
@Revision("1")
public record InadequateCoordinationReported(UUID caseId, LocalDate raisedWithCoordinatorOn, String concern,
                                             EscalationStep previousStep) {
}
