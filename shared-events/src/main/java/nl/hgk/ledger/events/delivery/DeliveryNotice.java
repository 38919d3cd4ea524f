package nl.hgk.ledger.events.delivery;

import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;

/**
 * A notice about the help for one task of the family plan, given to the case's coordinator by the organisation that
 * owns the task (seed 000 B2 §2.3): what every reader of the six notices may rely on.
 */
public sealed interface DeliveryNotice
        permits HelpStarted, HelpEnded, HelpStoppedEarly, NoShowsReported, ClientTransferred, OtherPartyProposed {

    UUID caseId();

    /** @return the task of the family plan the notice is about */
    UUID taskId();

    /** @return the coordinator the notice was given to */
    Coordinator coordinator();

    /** @return which of the six notices it is */
    NoticeKind kind();
}
