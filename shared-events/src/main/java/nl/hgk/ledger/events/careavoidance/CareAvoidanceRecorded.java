package nl.hgk.ledger.events.careavoidance;

import java.util.UUID;

import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The coordinator recorded that a client of the case avoids the care they need, and so (re)reported it to the
 * Meldpunt, where an action plan follows (seed 000 B2 §5.1.6; what the plan records, B2 §2.1.4). The three texts are
 * about the client, so each travels inside {@link PersonalData}, encrypted under the client's {@code personId}: erasing
 * the client erases them.
 *
 * @param personId          the client, a person of the case
 * @param worryingSituation the worrying situation (de zorgelijke situatie)
 * @param risks             the risks it brings, and for whom
 * @param clientView        the client's view of the plan; absent when the client gave none
 */
@Revision("1")
public record CareAvoidanceRecorded(UUID caseId, UUID personId, PersonalData worryingSituation, PersonalData risks,
                                    PersonalData clientView) {
}
