package nl.hgk.ledger.command.cases;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A professional of an involved party, not the coordinating one, reports inadequate coordination to the Meldpunt
 * (seed 000 B2 §5.1.5), after raising it with the coordinator.
 *
 * @param raisedWithCoordinatorOn the day they asked the coordinator to act
 * @param concern                 what falls short, about the help and the parties, not a person's private life
 * @param expectedVersion         the case version the user saw; a stale one is refused, absent skips the check
 */
public record ReportInadequateCoordination(@TargetAggregateIdentifier UUID caseId, LocalDate raisedWithCoordinatorOn,
        String concern, @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.REPORT_INADEQUATE_COORDINATION;
    }
}
