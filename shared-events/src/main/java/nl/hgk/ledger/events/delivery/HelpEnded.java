package nl.hgk.ledger.events.delivery;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The help for a task of the family plan was completed, with its effect (B2 §2.3: "de afsluiting en de effecten van
 * de geboden hulp"). No notice about the task's help follows.
 *
 * @param coordinator the coordinator the notice was given to
 */
@Revision("1")
public record HelpEnded(UUID caseId, UUID taskId, LocalDate endedOn, HelpEffect effect, Coordinator coordinator)
        implements DeliveryNotice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.HELP_ENDED;
    }
}
