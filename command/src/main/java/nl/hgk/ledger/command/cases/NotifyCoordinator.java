package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;

/**
 * A notice to the coordinator about the help for one task of the family plan (seed 000 B2 §2.3): the six notices share
 * one step, and one rule of who gives them ({@link CareDelivery}).
 */
public interface NotifyCoordinator extends CaseCommand {

    UUID caseId();

    /** @return the task of the current plan version the notice is about */
    UUID taskId();

    @Override
    default CaseStep caseStep() {
        return CaseStep.NOTIFY_COORDINATOR;
    }
}
