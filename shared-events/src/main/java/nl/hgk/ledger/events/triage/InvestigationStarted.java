package nl.hgk.ledger.events.triage;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Veilig Thuis started its own investigation (onderzoek) of the case. */
@Revision("1")
public record InvestigationStarted(UUID caseId) {
}
