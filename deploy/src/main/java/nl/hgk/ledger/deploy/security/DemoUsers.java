package nl.hgk.ledger.deploy.security;

import java.util.List;
import java.util.Set;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.hgk.ledger.events.audit.ActorRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * DEMO ONLY: named users configured in properties ({@code hgk.demo-users}), so that the embedded default can be
 * tried without an identity provider. Never configure these in production.
 */
@Validated
@ConfigurationProperties("hgk")
record DemoUsers(List<@Valid DemoUser> demoUsers) {

    DemoUsers {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    /**
     * @param region the user's own Veilig Thuis region (CBS code, {@code VT24}); absent for a user whose work is not
     *               tied to one (an administrator), who then sees only the cases their organisation is involved in
     * @param organisationType the type of the organisation: which steps of a case the user may take; absent for an
     *               organisation that takes none (an inspectorate, the ledger's administration)
     * @param municipality the municipality a mayor's office or a municipality acts for (CBS code, {@code GM0546})
     * @param qualifications powers held personally ({@code AUXILIARY_PROSECUTOR}: a hulpofficier van justitie)
     */
    record DemoUser(@NotBlank String username, @NotBlank String password, @NotNull ActorRole role,
                    @NotBlank String organisation, @Pattern(regexp = "VT\\d{2}") String region,
                    OrganisationType organisationType, @Pattern(regexp = "GM\\d{4}") String municipality,
                    Set<Qualification> qualifications) {

        LedgerUser asLedgerUser() {
            return new LedgerUser(username, role, organisation, region, organisationType, municipality,
                    qualifications);
        }
    }
}
