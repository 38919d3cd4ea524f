package nl.hgk.ledger.command.imports;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of an import: a case of the region's former registration, its steps in the order they were taken. */
@Schema(description = "A historical case: its id in the former registration and its steps in order")
record ImportedCase(
        @NotBlank @Size(max = 200) @Schema(description = "the case's id in the former registration; a case sent "
                + "again under the same id is not imported twice", example = "VT24-2019-00123") String importId,
        @NotEmpty @Size(max = 2000) List<@NotNull @Valid ImportedStep> steps) {
}
