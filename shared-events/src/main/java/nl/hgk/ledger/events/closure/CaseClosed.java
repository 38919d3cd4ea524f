package nl.hgk.ledger.events.closure;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The case was closed. A later report about the household opens a new case as a repeat report (hermelding). */
@Revision("1")
public record CaseClosed(UUID caseId, ClosureReason reason) {
}
