package nl.hgk.ledger.command.cases;

import java.time.LocalDate;
import java.util.UUID;

import nl.hgk.ledger.access.CaseStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The process director orders a party to deliver a form of care (doorzettingsmacht, seed 000 B2 §5.2.2) and monitors
 * it until the end of {@code monitoredUntil}.
 *
 * @param orderId         chosen by the caller, to conclude the order later
 * @param party           the organisation id of the party that must deliver
 * @param care            the form of care or service, about the help, not a person's private life
 * @param expectedVersion the case version the user saw; a stale one is refused, absent skips the check
 */
public record OrderCare(@TargetAggregateIdentifier UUID caseId, UUID orderId, String party, String care,
        LocalDate monitoredUntil, @TargetAggregateVersion Long expectedVersion) implements CaseCommand {

    @Override
    public CaseStep caseStep() {
        return CaseStep.ORDER_CARE;
    }
}
