package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import nl.hgk.ledger.events.person.PersonalData;

/**
 * One person's consent to the plan. A refusal is recorded with the client's opinion, which is free text about
 * the person and so travels inside {@link PersonalData}.
 */
public record Consent(UUID personId, ConsentDecision decision, PersonalData clientOpinion) {
}
