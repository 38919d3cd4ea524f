package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A process director took over the escalated case (step 4 of the escalation model). */
@Revision("1")
public record ProcessDirectorAppointed(UUID caseId, ProcessDirector processDirector) {
}
