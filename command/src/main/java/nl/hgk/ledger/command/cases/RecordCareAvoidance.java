package nl.hgk.ledger.command.cases;

import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.events.person.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The coordinator records that a client avoids the care they need (zorgmijding), which (re)reports it to the
 * Meldpunt. The texts are about the client: personal data of {@code personId}.
 *
 * @param clientView      the client's view; absent when the client gave none
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record RecordCareAvoidance(@TargetAggregateIdentifier UUID caseId, UUID personId,
        PersonalData worryingSituation, PersonalData risks, PersonalData clientView,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.RECORD_CARE_AVOIDANCE;
    }
}
