package nl.hgk.ledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import org.junit.jupiter.api.Test;

/** Whether someone acts for a party of a case: by their organisation, by their municipality, or as the ledger itself. */
class ActingForAPartyTest {

    private static final LedgerUser COORDINATOR = new LedgerUser("regisseur", ActorRole.COORDINATOR,
            "sociaal-team-dordrecht", "VT24", OrganisationType.LOCAL_TEAM);
    private static final LedgerUser MUNICIPALITY = new LedgerUser("gemeente", ActorRole.CASE_WORKER,
            "gemeente-dordrecht", "VT24", OrganisationType.MUNICIPALITY, "GM0505", Set.of());

    @Test
    void someoneActsForTheirOwnOrganisationOnly() {
        assertThat(COORDINATOR.actsFor("sociaal-team-dordrecht")).isTrue();
        assertThat(COORDINATOR.actsFor("jeugdhulp-dordrecht")).isFalse();
        assertThat(COORDINATOR.actsFor(null)).isFalse();
    }

    @Test
    void someoneActsForTheMunicipalityTheyServeOnly() {
        assertThat(MUNICIPALITY.actsForMunicipality("GM0505")).isTrue();
        assertThat(MUNICIPALITY.actsForMunicipality("GM0546")).isFalse();
        assertThat(COORDINATOR.actsForMunicipality("GM0505")).as("an organisation that serves no municipality")
                .isFalse();
    }

    @Test
    void theLedgerItselfActsForEveryParty() {
        assertThat(LedgerUser.SYSTEM.actsFor("sociaal-team-dordrecht")).isTrue();
        assertThat(LedgerUser.SYSTEM.actsForMunicipality("GM0505")).isTrue();
    }
}
