package nl.hgk.ledger.events.coordination;

import java.util.UUID;

import nl.hgk.ledger.events.person.PersonalData;

/**
 * One answer to the request to consent to the plan (seed 000 B2 §2.2): about one person of the case, given by that
 * person or by a legal representative of theirs. Signing is preferred ("bij voorkeur"), not required: without a
 * signature, the consent or the refusal is recorded with the client's opinion of the plan. The opinion is free text
 * about the person and so travels inside {@link PersonalData}, encrypted under {@code personId}.
 *
 * @param personId         who the consent is about: the data subject of the opinion
 * @param decidedBy        who answered: the person, or a legal representative
 * @param representativeId the legal representative who answered, a person of the case; absent when the person
 *                         answered, and in consents recorded before representatives were named (revision 1 of the
 *                         plan events: "by a legal representative" without saying who)
 * @param decision         consent given or refused
 * @param signed           whether the plan was signed; absent in consents recorded before signing was recorded
 * @param clientOpinion    the client's opinion of the plan: required when not signed, unless the person's data was
 *                         erased (then none can be recorded)
 */
public record Consent(UUID personId, ConsentDecider decidedBy, UUID representativeId, ConsentDecision decision,
                      Boolean signed, PersonalData clientOpinion) {

    /** @return the person's own answer */
    public static Consent own(UUID personId, ConsentDecision decision, boolean signed, PersonalData clientOpinion) {
        return new Consent(personId, ConsentDecider.PERSON, null, decision, signed, clientOpinion);
    }

    /** @return the answer a legal representative gave for the person */
    public static Consent byRepresentative(UUID personId, UUID representativeId, ConsentDecision decision,
                                           boolean signed, PersonalData clientOpinion) {
        return new Consent(personId, ConsentDecider.LEGAL_REPRESENTATIVE, representativeId, decision, signed,
                clientOpinion);
    }

    /** @return the same answer with another opinion (the placeholder, once the person's data is erased) */
    public Consent withOpinion(PersonalData opinion) {
        return new Consent(personId, decidedBy, representativeId, decision, signed, opinion);
    }
}
