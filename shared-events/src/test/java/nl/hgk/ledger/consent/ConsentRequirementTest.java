package nl.hgk.ledger.consent;

import static nl.hgk.ledger.events.coordination.ConsentDecider.LEGAL_REPRESENTATIVE;
import static nl.hgk.ledger.events.coordination.ConsentDecider.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Who answers for whom at which age, on the plan's date (seed 000 B2 §2.2). */
class ConsentRequirementTest {

    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 3, 3);
    private static final ConsentRequirement RULE = ConsentRequirement.on(PLAN_DATE);
    private static final UUID MOTHER = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000001");
    private static final UUID CHILD = UUID.fromString("9d3a0b7e-1f2c-4e5d-8a6b-000000000003");

    private static ConsentRequirement.Person born(String birthDate) {
        return new ConsentRequirement.Person(CHILD, birthDate == null ? null : LocalDate.parse(birthDate), false);
    }

    @ParameterizedTest(name = "born {0}: {1} on 2025-03-03")
    @CsvSource({
            // 11, and the day before the 12th birthday: a representative answers, the child does not
            "2013-06-01, '11, representative only',      false, true",
            "2013-03-04, 'day before 12th birthday',      false, true",
            // the 12th birthday, 12, 15: both
            "2013-03-03, '12th birthday',                 true,  true",
            "2012-11-20, '12',                            true,  true",
            "2009-06-01, '15',                            true,  true",
            "2009-03-04, 'day before 16th birthday',      true,  true",
            // the 16th birthday, 16 and older: the person alone
            "2009-03-03, '16th birthday',                 true,  false",
            "2008-09-01, '16',                            true,  false",
            "1990-02-03, 'adult',                         true,  false",
            // no birth date: cannot be shown to be under 12, so they answer themselves
            ",           'birth date not recorded',       true,  false"})
    void whoAnswersDependsOnTheAgeOnThePlansDate(String birthDate, String age, boolean own, boolean representative) {
        assertThat(RULE.needed(born(birthDate)).contains(PERSON)).as("own answer at " + age).isEqualTo(own);
        assertThat(RULE.needed(born(birthDate)).contains(LEGAL_REPRESENTATIVE))
                .as("representative's answer at " + age).isEqualTo(representative);
    }

    @Test
    void aChildBornOn29FebruaryTurns12On29FebruaryOrOn1MarchInAYearWithoutIt() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        assertThat(ConsentRequirement.ageOn(born, LocalDate.of(2024, 2, 28))).isEqualTo(11);
        assertThat(ConsentRequirement.ageOn(born, LocalDate.of(2024, 2, 29))).isEqualTo(12);
        assertThat(ConsentRequirement.ageOn(born, LocalDate.of(2025, 2, 28))).as("the 13th year is complete on 1 March")
                .isEqualTo(12);
        assertThat(ConsentRequirement.ageOn(born, LocalDate.of(2025, 3, 1))).isEqualTo(13);
        LocalDate beforeACenturyYear = LocalDate.of(2088, 2, 29);
        assertThat(ConsentRequirement.on(LocalDate.of(2100, 2, 28)).mayAnswerThemselves(beforeACenturyYear)).isFalse();
        assertThat(ConsentRequirement.on(LocalDate.of(2100, 3, 1)).mayAnswerThemselves(beforeACenturyYear)).isTrue();
    }

    @Test
    void whoMayAnswerForWhom() {
        assertThat(RULE.mayAnswerThemselves(LocalDate.of(2013, 3, 4))).as("11").isFalse();
        assertThat(RULE.mayAnswerThemselves(LocalDate.of(2013, 3, 3))).as("12").isTrue();
        assertThat(RULE.mayAnswerThemselves(null)).as("age unknown").isTrue();
        assertThat(RULE.mayBeRepresented(LocalDate.of(2009, 3, 4))).as("15").isTrue();
        assertThat(RULE.mayBeRepresented(LocalDate.of(2009, 3, 3))).as("16").isFalse();
        assertThat(RULE.mayBeRepresented(null)).as("age unknown").isTrue();
    }

    @Test
    void anErasedPersonIsNotAsked() {
        assertThat(RULE.needed(new ConsentRequirement.Person(CHILD, null, true))).isEmpty();
        assertThat(RULE.needed(new ConsentRequirement.Person(CHILD, LocalDate.of(2013, 1, 1), true))).isEmpty();
    }

    @Test
    void aRefusalIsAnAnswerAndOnlyMissingAnswersAreMissing() {
        ConsentRequirement.Person mother = new ConsentRequirement.Person(MOTHER, LocalDate.of(1990, 2, 3), false);
        ConsentRequirement.Person child = born("2011-05-01");
        List<ConsentRequirement.Person> household = List.of(mother, child);

        assertThat(RULE.missing(household, List.of())).containsExactly(
                new ConsentRequirement.Missing(MOTHER, PERSON), new ConsentRequirement.Missing(CHILD, PERSON),
                new ConsentRequirement.Missing(CHILD, LEGAL_REPRESENTATIVE));
        assertThat(RULE.missing(household, List.of(
                Consent.own(MOTHER, ConsentDecision.REFUSED, true, null),
                Consent.own(CHILD, ConsentDecision.GIVEN, true, null))))
                .containsExactly(new ConsentRequirement.Missing(CHILD, LEGAL_REPRESENTATIVE));
        assertThat(RULE.missing(household, List.of(
                Consent.own(MOTHER, ConsentDecision.GIVEN, true, null),
                Consent.own(CHILD, ConsentDecision.GIVEN, true, null),
                Consent.byRepresentative(CHILD, MOTHER, ConsentDecision.REFUSED, true, null)))).isEmpty();
    }
}
