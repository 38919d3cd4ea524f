package nl.hgk.ledger.command.imports;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A step of an imported case, as it was taken: when, by whom, why, and the command. The first step of a case is a
 * {@code ReceiveReport} whose command is the API's report request ({@code POST /api/reports}); every other step names
 * a command of the case by its record's name ({@code AssignCode}, {@code DecideTriage}, ...) with the record's own
 * fields, but for {@code caseId} and {@code expectedVersion}, which the import sets; the ids of the case's reports
 * and people, which the ledger gives, it names by their place ({@link ReportReferences}).
 */
@Schema(description = "One step of a historical case")
record ImportedStep(
        @NotNull @PastOrPresent @Schema(description = "when the step was taken; not before the case's step before it")
        Instant at,
        @NotNull @Valid ImportedActor actor,
        @Size(max = 2000) @Schema(description = "why, recorded with the step's events") String reason,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Za-z]+", message = "is not the name of a command")
        @Schema(description = "the command's name", example = "AssignCode") String step,
        @NotNull @Schema(description = "the command's fields") ObjectNode command) {
}
