package nl.hgk.ledger.events.intake;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The reporter of a contact was told what was done with it (terugkoppeling), as is owed in every case. */
@Revision("1")
public record ReporterInformed(UUID caseId, UUID reportId) {
}
