package nl.hgk.ledger.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecider;

/**
 * The consents a family plan needs, on the day it is adopted or revised (seed 000 B2 §2.2: the plan records "of de
 * cliënt [vanaf 12 jaar] en/of zijn wettelijk vertegenwoordiger [indien de cliënt nog geen 16 jaar oud is] met het
 * plan instemt"):
 * <ul>
 * <li>every person of the case aged 12 or more answers for themselves;</li>
 * <li>for every child under 16 a legal representative answers, so a child of 12 to 15 needs both answers; a person
 * under 12 does not answer for themselves, a person of 16 or more has no representative answer for them.</li>
 * </ul>
 * A refusal is an answer: a plan may record one; it lacks a consent when an answer is missing.
 * <p>
 * Ages come from the recorded birth date: a person is 12 from their 12th birthday. Someone born on 29 February has
 * it on 29 February, or on 1 March in a year without one (only then is the year complete); the 12th and the 16th are
 * in leap years anyway but for a century year such as 2100.
 * <p>
 * A person without a recorded birth date cannot be shown to be under 12, so they answer for themselves; nor can they be
 * shown to be 16 or older, so a representative may answer for them too, but is not required: the ledger cannot tell,
 * and recording the birth date settles it. A person whose data was erased is not asked: nothing that could identify
 * them or make them a party to the plan is left.
 */
public final class ConsentRequirement {

    /** from this age a person answers for themselves */
    public static final int OWN_ANSWER_FROM = 12;
    /** under this age a legal representative answers for the person */
    public static final int REPRESENTED_UNDER = 16;

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final LocalDate planDate;

    private ConsentRequirement(LocalDate planDate) {
        this.planDate = planDate;
    }

    /** @param planDate the day the plan version is adopted or revised, in the Netherlands */
    public static ConsentRequirement on(LocalDate planDate) {
        return new ConsentRequirement(planDate);
    }

    /** @param recordedAt the moment the plan version was recorded: its day is the day in the Netherlands */
    public static ConsentRequirement at(Instant recordedAt) {
        return on(recordedAt.atZone(NETHERLANDS).toLocalDate());
    }

    /** A person of the case as the rule sees them: their birth date (absent when not recorded), and erased or not. */
    public record Person(UUID personId, LocalDate birthDate, boolean erased) {
    }

    /** An answer a plan needs and does not record: the person's own, or a legal representative's for them. */
    public record Missing(UUID personId, ConsentDecider answerer) {
    }

    /** @return whole years from the birth date to the day: a birthday counts from the day itself */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** @return who must answer for the person: themselves, a legal representative, or both; none when erased */
    public Set<ConsentDecider> needed(Person person) {
        Set<ConsentDecider> needed = EnumSet.noneOf(ConsentDecider.class);
        if (person.erased()) {
            return needed;
        }
        if (mayAnswerThemselves(person.birthDate())) {
            needed.add(ConsentDecider.PERSON);
        }
        if (person.birthDate() != null && ageOn(person.birthDate(), planDate) < REPRESENTED_UNDER) {
            needed.add(ConsentDecider.LEGAL_REPRESENTATIVE);
        }
        return needed;
    }

    /** @return whether the person may answer for themselves: unless known to be under 12 */
    public boolean mayAnswerThemselves(LocalDate birthDate) {
        return birthDate == null || ageOn(birthDate, planDate) >= OWN_ANSWER_FROM;
    }

    /** @return whether a legal representative may answer for the person: unless known to be 16 or older */
    public boolean mayBeRepresented(LocalDate birthDate) {
        return birthDate == null || ageOn(birthDate, planDate) < REPRESENTED_UNDER;
    }

    /**
     * @param persons  every person of the case
     * @param consents the answers the plan records
     * @return the answers the plan needs and does not record, in the order of the persons
     */
    public List<Missing> missing(List<Person> persons, List<Consent> consents) {
        List<Missing> missing = new ArrayList<>();
        for (Person person : persons) {
            for (ConsentDecider answerer : needed(person)) {
                boolean answered = consents.stream().anyMatch(consent ->
                        consent.personId().equals(person.personId()) && consent.decidedBy() == answerer);
                if (!answered) {
                    missing.add(new Missing(person.personId(), answerer));
                }
            }
        }
        return missing;
    }
}
