package nl.hgk.ledger.command.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.person.PersonRole;

/** An advice request or report as the API receives it. */
@Schema(description = "An advice request (adviesvraag) or report (melding) about a household")
public record ReportRequest(
        @NotNull ContactType contactType,
        @NotNull @Valid Reporter reporter,
        @NotEmpty Set<@NotNull FormOfViolence> formsOfViolence,
        @NotNull @Valid Household household,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Person> persons,
        @Size(max = 2000) @Schema(description = "why, recorded with the event") String reason) {

    @Schema(description = "Who made the contact; an anonymous reporter gives no name or contact details")
    public record Reporter(
            @NotNull ReporterType type,
            @Schema(description = "required for professionals") ReporterSector sector,
            @Size(max = 200) String name,
            @Size(max = 500) @Schema(description = "phone number or e-mail address for feedback") String contactDetails) {

        @AssertTrue(message = "a professional reporter needs a sector")
        @Schema(hidden = true)
        boolean isSectorGivenForProfessionals() {
            return type != ReporterType.PROFESSIONAL || sector != null;
        }

        @AssertTrue(message = "an anonymous reporter has no name or contact details")
        @Schema(hidden = true)
        boolean isAnonymousWithoutIdentity() {
            return type != ReporterType.ANONYMOUS || (name == null && contactDetails == null);
        }
    }

    @Schema(description = "The household the contact is about; its address identifies it for bundling")
    public record Household(
            @NotBlank @Pattern(regexp = "[1-9]\\d{3} ?[A-Za-z]{2}", message = "is not a Dutch postcode (1234 AB)")
            @Schema(example = "3316 GB") String postcode,
            @NotBlank @Size(max = 12) @Pattern(regexp = "\\d{1,5}[ -]?[A-Za-z0-9]{0,4}",
                    message = "is not a house number with an optional addition (12, 12-A)")
            @Schema(example = "7-B") String houseNumber,
            @Size(max = 200) String street,
            @Size(max = 100) String city,
            @NotBlank @KnownMunicipality @Schema(example = "GM0505") String municipality) {
    }

    @Schema(description = "A person involved, with their role in the reported situation")
    public record Person(
            @NotNull PersonRole role,
            @NotBlank @Size(max = 200) String fullName,
            @Bsn @Schema(description = "citizen service number: nine digits that pass the eleven test",
                    example = "999999990") String bsn,
            @PastOrPresent LocalDate birthDate,
            @Size(max = 2000) String note) {
    }
}
