package nl.hgk.ledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How {@link Capacities#permit} reads its table: the exceptions to "the type decides" (the ledger itself, reporting,
 * the privacy officer's erasure, a qualification asked of one type, someone of no type). The table's cells are
 * checked against the README and, command by command, in the case's fixture tests.
 */
class CapacitiesPermitTest {

    private static LedgerUser of(OrganisationType type, Qualification... qualifications) {
        boolean municipal = type == OrganisationType.MAYOR || type == OrganisationType.MUNICIPALITY;
        return new LedgerUser("someone", ActorRole.CASE_WORKER, "an-organisation", "VT24", type,
                municipal ? "GM0505" : null, Set.of(qualifications));
    }

    @ParameterizedTest
    @EnumSource(CaseStep.class)
    void everyStepIsInTheTable(CaseStep step) {
        assertThat(Capacities.takenBy(step)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(CaseStep.class)
    void theLedgerItselfTakesWhateverStepItsRulesGiveIt(CaseStep step) {
        assertThat(Capacities.permit(LedgerUser.SYSTEM, step)).isTrue();
    }

    @Test
    void someoneOfNoTypeReportsButTakesNoStepInACase() {
        LedgerUser inspectorate = of(null);
        assertThat(Capacities.permit(inspectorate, CaseStep.REPORT)).isTrue();
        assertThat(Capacities.permit(inspectorate, CaseStep.ASSIGN_CODE)).isFalse();
        assertThat(Capacities.permit(inspectorate, CaseStep.ADOPT_FAMILY_PLAN)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(OrganisationType.class)
    void everyTypeReports(OrganisationType type) {
        assertThat(Capacities.permit(of(type), CaseStep.REPORT)).isTrue();
    }

    @Test
    void thePoliceImposeAHuisverbodOnlyAsHulpofficierAndNeverExtendIt() {
        assertThat(Capacities.permit(of(OrganisationType.POLICE), CaseStep.IMPOSE_HUISVERBOD)).isFalse();
        LedgerUser hulpofficier = of(OrganisationType.POLICE, Qualification.AUXILIARY_PROSECUTOR);
        assertThat(Capacities.permit(hulpofficier, CaseStep.IMPOSE_HUISVERBOD)).isTrue();
        assertThat(Capacities.permit(hulpofficier, CaseStep.EXTEND_HUISVERBOD)).isFalse();
        assertThat(Capacities.permit(hulpofficier, CaseStep.END_HUISVERBOD)).isFalse();
        assertThat(Capacities.onlyWith(CaseStep.IMPOSE_HUISVERBOD, OrganisationType.POLICE))
                .contains(Qualification.AUXILIARY_PROSECUTOR);
    }

    @Test
    void theMayorNeedsNoQualification() {
        assertThat(Capacities.permit(of(OrganisationType.MAYOR), CaseStep.IMPOSE_HUISVERBOD)).isTrue();
        assertThat(Capacities.permit(of(OrganisationType.MAYOR), CaseStep.EXTEND_HUISVERBOD)).isTrue();
        assertThat(Capacities.onlyWith(CaseStep.IMPOSE_HUISVERBOD, OrganisationType.MAYOR)).isEmpty();
    }

    @Test
    void aQualificationWidensNoOtherStep() {
        LedgerUser hulpofficier = of(OrganisationType.POLICE, Qualification.AUXILIARY_PROSECUTOR);
        assertThat(Capacities.permit(hulpofficier, CaseStep.ASSIGN_CODE)).isFalse();
    }

    @Test
    void onlyTheLedgerErasesACaseAtTheEndOfItsRetention() {
        for (OrganisationType type : OrganisationType.values()) {
            assertThat(Capacities.permit(of(type), CaseStep.ERASE_CASE_DATA)).as("%s", type).isFalse();
        }
    }

    @Test
    void aMayorOrMunicipalityActsForAMunicipalityAndNobodyElseDoes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerUser(
                "someone", ActorRole.CASE_WORKER, "burgemeester", "VT24", OrganisationType.MAYOR, null, Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerUser(
                "someone", ActorRole.CASE_WORKER, "wijkteam", "VT24", OrganisationType.LOCAL_TEAM, "GM0505",
                Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerUser(
                "someone", ActorRole.CASE_WORKER, "gemeente", "VT24", OrganisationType.MUNICIPALITY, "0505",
                Set.of()));
    }
}
