package nl.hgk.ledger.events.triage;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Veilig Thuis completed its investigation. */
@Revision("1")
public record InvestigationConcluded(UUID caseId, InvestigationConclusion conclusion) {
}
