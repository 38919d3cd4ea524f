package nl.hgk.ledger.deploy.security;

import java.util.List;

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
     */
    record DemoUser(@NotBlank String username, @NotBlank String password, @NotNull ActorRole role,
                    @NotBlank String organisation, @Pattern(regexp = "VT\\d{2}") String region) {
    }
}
