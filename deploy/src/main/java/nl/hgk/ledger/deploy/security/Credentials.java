package nl.hgk.ledger.deploy.security;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A demo user's name and password, as the browser interface's sign-in form sends them ({@code POST /api/session}). */
@Schema(description = "A DEMO user's name and password (embedded default only)")
record Credentials(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        // never into a log
        return "Credentials[" + username + "]";
    }
}
