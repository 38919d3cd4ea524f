package nl.hgk.ledger.command.imports;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;

/** Who took a step of an imported case: the fields the ledger knows of anyone who acts ({@link LedgerUser}). */
@Schema(description = "Who took the step, in the capacity of their organisation")
record ImportedActor(
        @NotBlank @Size(max = 255) String username,
        @NotNull ActorRole role,
        @NotBlank @Size(max = 255) String organisation,
        @Size(min = 1, max = 20) @Schema(example = "VT24") String region,
        OrganisationType organisationType,
        @Pattern(regexp = "GM\\d{4}", message = "is not a CBS municipality code (GM0505)") String municipality,
        Set<@NotNull Qualification> qualifications) {

    /** @throws IllegalArgumentException for fields that do not make one user (a mayor without a municipality) */
    LedgerUser user() {
        if (role == ActorRole.SYSTEM) {
            throw new IllegalArgumentException("the ledger's own steps are not imported: they follow from the others");
        }
        return new LedgerUser(username, role, organisation, region, organisationType, municipality, qualifications);
    }
}
