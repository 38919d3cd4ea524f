package nl.hgk.ledger.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The launcher refuses to start with a demo user whose organisation type and municipality do not agree: the steps
 * someone takes must never rest on a guess, a demo user's no more than a token's.
 */
class DemoUsersTest {

    private static DemoUsers.DemoUser user(OrganisationType type, String municipality) {
        return new DemoUsers.DemoUser("someone", "demo", ActorRole.CASE_WORKER, "burgemeester-dordrecht", "VT24", type,
                municipality, Set.of());
    }

    private static void start(DemoUsers.DemoUser user) {
        new SecurityConfiguration().demoUsers(new DemoUsers(List.of(user)),
                PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Test
    void aMayorsOfficeOrMunicipalityWithoutItsMunicipalityIsRefused() {
        assertThatThrownBy(() -> start(user(OrganisationType.MAYOR, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs municipality");
        assertThatThrownBy(() -> start(user(OrganisationType.MUNICIPALITY, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs municipality");
    }

    @Test
    void aMunicipalityForAnotherTypeIsRefused() {
        assertThatThrownBy(() -> start(user(OrganisationType.LOCAL_TEAM, "GM0505")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no municipality");
    }

    @Test
    void aConsistentUserStartsWithItsTypeMunicipalityAndQualifications() {
        start(user(OrganisationType.MAYOR, "GM0505"));
        DemoUsers.DemoUser hulpofficier = new DemoUsers.DemoUser("hulpofficier", "demo", ActorRole.CASE_WORKER,
                "politie-zuid-holland-zuid", "VT24", OrganisationType.POLICE, null,
                Set.of(Qualification.AUXILIARY_PROSECUTOR));
        start(hulpofficier);
        assertThat(SignedInAs.of(hulpofficier).steps()).contains(CaseStep.IMPOSE_HUISVERBOD);
    }
}
