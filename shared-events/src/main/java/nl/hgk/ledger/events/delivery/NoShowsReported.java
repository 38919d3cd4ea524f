package nl.hgk.ledger.events.delivery;

import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The client repeatedly did not come, or was not there, when the help of a task was to be given, with the possible
 * causes (B2 §2.3: "het stelselmatig niet verschijnen of niet aanwezig zijn van de cliënt ... en de mogelijke
 * oorzaken daarvan"). A stagnation signal for the coordinator ({@link StagnationSignal}).
 *
 * @param missedAppointments how many appointments were missed since the last such notice: 2 or more
 * @param causes             the possible causes, at least one ({@link NoShowCause#UNKNOWN} when none is known)
 * @param coordinator        the coordinator the notice was given to
 */
@Revision("1")
public record NoShowsReported(UUID caseId, UUID taskId, int missedAppointments, Set<NoShowCause> causes,
                              Coordinator coordinator) implements DeliveryNotice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.NO_SHOWS;
    }
}
