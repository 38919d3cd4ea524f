package nl.hgk.ledger.events.triage;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Triage of the reports received so far ended in one decision about the follow-up. */
@Revision("1")
public record TriageDecided(UUID caseId, TriageOutcome outcome) {
}
