package nl.hgk.ledger.events.delivery;

import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The organisation that owns a task passed the client on to another of its professionals (B2 §2.3: "het doorgeleiden
 * van een cliënt naar een andere medewerker binnen de instelling"): the family's contact for the task changed.
 *
 * @param previousProfessional the user name of the professional who gave the help until now
 * @param nextProfessional     the user name of the professional of the same organisation who gives it from now on
 * @param coordinator          the coordinator the notice was given to
 */
@Revision("1")
public record ClientTransferred(UUID caseId, UUID taskId, String previousProfessional, String nextProfessional,
                                Coordinator coordinator) implements DeliveryNotice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.CLIENT_TRANSFERRED;
    }
}
