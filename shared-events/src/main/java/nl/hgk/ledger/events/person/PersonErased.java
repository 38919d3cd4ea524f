package nl.hgk.ledger.events.person;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The personal data of one data subject of the case was erased: their key was destroyed, so every
 * {@link PersonalData} of theirs in the event store reads as {@link PersonalData#erasedPlaceholder()} from now on, in every
 * view and in every view rebuilt later. The erasure itself stays on the record, with who, when and why (the reason
 * is required) in its metadata; the rest of the case's history is untouched.
 *
 * @param personId the data subject: a person's {@code personId}, or a report's {@code reportId} for the contact
 *                 details of its reporter (a reporter has no id of their own)
 */
@Revision("1")
public record PersonErased(UUID caseId, UUID personId) {
}
