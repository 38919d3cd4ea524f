package nl.hgk.ledger.events.delivery;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The help for a task of the family plan was broken off before it was completed, with its cause (B2 §2.3: "het
 * tussentijds afbreken van de geboden hulp en de oorzaak daarvan"). A stagnation signal for the coordinator
 * ({@link StagnationSignal}); no notice about the task's help follows.
 *
 * @param coordinator the coordinator the notice was given to
 */
@Revision("1")
public record HelpStoppedEarly(UUID caseId, UUID taskId, LocalDate stoppedOn, EarlyStopCause cause,
                               Coordinator coordinator) implements DeliveryNotice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.HELP_STOPPED_EARLY;
    }
}
