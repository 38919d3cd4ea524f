package nl.hgk.ledger.command.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.consent.ConsentRequirement;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;

/**
 * The answers a plan version records, as the ledger accepts them (seed 000 B2 §2.2): each about a person of the case,
 * given by that person or by a legal representative who is another person of the case, signed or else with the
 * client's opinion ("bij voorkeur ondertekend"); a person answers for themselves only from 12, a representative only
 * for a person under 16; and together they hold every answer {@link ConsentRequirement} asks on the day the plan is
 * adopted or revised. Every version is checked, so a revision of a plan adopted before this rule must meet it; plans
 * already recorded are never checked again.
 * <p>
 * A refusal names people by their place in the rule and their id, never by name or birth date.
 */
final class PlanConsents {

    private PlanConsents() {
    }

    static void require(List<Consent> consents, CaseParties parties, LocalDate planDate) {
        ConsentRequirement rule = ConsentRequirement.on(planDate);
        Map<UUID, ConsentRequirement.Person> persons = new LinkedHashMap<>();
        parties.consentingPersons().forEach(person -> persons.put(person.personId(), person));
        Set<List<Object>> answers = new HashSet<>();
        for (Consent consent : consents) {
            requireComplete(consent);
            ConsentRequirement.Person person = persons.get(consent.personId());
            if (person == null) {
                throw new CommandRefused(Refusal.UNKNOWN_PERSON, "a consent is about a person not involved in the case");
            }
            requireOpinionWhereNeeded(consent, person);
            if (consent.decidedBy() == ConsentDecider.PERSON) {
                if (!rule.mayAnswerThemselves(person.birthDate())) {
                    throw new CommandRefused(Refusal.OWN_CONSENT_UNDER_12, "the person " + consent.personId()
                            + " is under 12 on " + planDate + ": a legal representative answers for them");
                }
            } else {
                requireRepresentative(consent, persons);
                if (!rule.mayBeRepresented(person.birthDate())) {
                    throw new CommandRefused(Refusal.REPRESENTED_PERSON_NOT_UNDER_16, "the person "
                            + consent.personId() + " is 16 or older on " + planDate + ": they answer for themselves");
                }
            }
            if (!answers.add(List.of(consent.personId(), consent.decidedBy(),
                    Objects.toString(consent.representativeId(), "")))) {
                throw new CommandRefused(Refusal.CONSENT_DUPLICATED, "the plan records the same answer twice for the "
                        + "person " + consent.personId() + " (" + who(consent) + ")");
            }
        }
        List<ConsentRequirement.Missing> missing = rule.missing(List.copyOf(persons.values()), consents);
        if (!missing.isEmpty()) {
            List<String> lacking = new ArrayList<>();
            for (ConsentRequirement.Missing answer : missing) {
                ConsentRequirement.Person person = persons.get(answer.personId());
                lacking.add(answer.answerer() == ConsentDecider.LEGAL_REPRESENTATIVE
                        ? "the child " + person.personId() + " (under 16) needs the answer of a legal representative"
                        : "the person " + person.personId() + (person.birthDate() == null
                                ? " (birth date not recorded: counted as 12 or older)" : " (12 or older)")
                                + " has not answered for themselves");
            }
            throw new CommandRefused(Refusal.CONSENT_MISSING,
                    "consent missing on " + planDate + ": " + String.join("; ", lacking));
        }
    }

    private static void requireComplete(Consent consent) {
        if (consent.personId() == null || consent.decidedBy() == null || consent.decision() == null
                || consent.signed() == null) {
            throw new CommandRefused(Refusal.CONSENT_INCOMPLETE,
                    "a consent says whom it is about, who answered, the decision, and whether the plan was signed");
        }
    }

    /**
     * Without a signature the answer is recorded with the client's opinion. An erased person's opinion is never taken:
     * it would be new personal data of a subject whose key is gone, which could not be erased.
     */
    private static void requireOpinionWhereNeeded(Consent consent, ConsentRequirement.Person person) {
        boolean hasOpinion = consent.clientOpinion() != null && consent.clientOpinion().note() != null
                && !consent.clientOpinion().note().isBlank();
        if (consent.clientOpinion() != null && person.erased()) {
            throw new CommandRefused(Refusal.PERSON_ERASED,
                    "the personal data of that person was erased: record the consent without an opinion");
        }
        if (!consent.signed() && !hasOpinion && !person.erased()) {
            throw new CommandRefused(Refusal.OPINION_REQUIRED, "the answer for the person " + consent.personId()
                    + " is not signed: record the client's opinion of the plan with it");
        }
    }

    private static void requireRepresentative(Consent consent, Map<UUID, ConsentRequirement.Person> persons) {
        UUID representative = consent.representativeId();
        if (representative == null) {
            throw new CommandRefused(Refusal.INVALID_REPRESENTATIVE,
                    "a legal representative's answer names the representative");
        }
        if (representative.equals(consent.personId())) {
            throw new CommandRefused(Refusal.INVALID_REPRESENTATIVE,
                    "a person is not their own legal representative: record their own answer instead");
        }
        ConsentRequirement.Person person = persons.get(representative);
        if (person == null) {
            throw new CommandRefused(Refusal.INVALID_REPRESENTATIVE,
                    "a legal representative is a person of the case: " + representative + " is not");
        }
        if (person.erased()) {
            throw new CommandRefused(Refusal.INVALID_REPRESENTATIVE,
                    "the personal data of the representative " + representative + " was erased");
        }
    }

    private static String who(Consent consent) {
        return consent.decidedBy() == ConsentDecider.PERSON ? "their own answer"
                : "the answer of the representative " + consent.representativeId();
    }
}
