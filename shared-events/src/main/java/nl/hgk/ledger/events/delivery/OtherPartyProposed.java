package nl.hgk.ledger.events.delivery;

import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import org.axonframework.serialization.Revision;

/**
 * The organisation that owns a task proposes that another party give help or guidance (B2 §2.3: "voorstellen voor
 * hulp of begeleiding door een andere partij"). A proposal to the coordinator, who decides: the plan changes only by
 * the coordinator's revision.
 *
 * @param organisation the organisation proposed, never the task's owner itself
 * @param formOfHelp   the help or guidance it would give
 * @param coordinator  the coordinator the notice was given to
 */
@Revision("1")
public record OtherPartyProposed(UUID caseId, UUID taskId, String organisation, FormOfHelp formOfHelp,
                                 Coordinator coordinator) implements DeliveryNotice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.OTHER_PARTY_PROPOSED;
    }
}
