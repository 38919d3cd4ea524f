package nl.hgk.ledger.events.delivery;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The organisation that owns a task of the family plan told the coordinator its help started (B2 §2.3).
 *
 * @param taskId       the task of the plan the help carries out
 * @param startedOn    the day the help started
 * @param professional the user name of the professional who gives the help: the family's contact at the organisation
 * @param coordinator  the coordinator the notice was given to
 */
@Revision("1")
public record HelpStarted(UUID caseId, UUID taskId, LocalDate startedOn, String professional,
                          Coordinator coordinator) implements DeliveryNotice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.HELP_STARTED;
    }
}
