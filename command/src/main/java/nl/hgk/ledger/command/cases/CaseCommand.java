package nl.hgk.ledger.command.cases;

import nl.hgk.ledger.access.CaseStep;

/**
 * A command on a case, and the step it takes: which organisation types may give it is decided by
 * {@link nl.hgk.ledger.access.Capacities}, before the case's handler runs ({@link Case#guard}).
 */
public interface CaseCommand {

    /** @return the step this command takes in the case */
    CaseStep caseStep();
}
