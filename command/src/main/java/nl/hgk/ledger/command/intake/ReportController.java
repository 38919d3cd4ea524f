package nl.hgk.ledger.command.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.web.FamilyPlanLocation;
import nl.hgk.ledger.command.web.IdempotentWrites;
import nl.hgk.ledger.command.web.WriteRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Receives reports; answers in JSON only, refusing another {@code Accept} (406) before anything is recorded. */
@RestController
@IdempotentWrites
@RequestMapping(path = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports", description = "Advice requests and reports (meldingen) entering the ledger")
class ReportController {

    private final ReportIntake intake;
    private final Actors actors;
    private final WriteRequests writes;

    ReportController(ReportIntake intake, Actors actors, WriteRequests writes) {
        this.intake = intake;
        this.actors = actors;
        this.writes = writes;
    }

    @PostMapping
    @Operation(summary = "Receive an advice request or report",
            description = "Joins the household's open case, or opens a new case; a household whose earlier case was "
                    + "closed gets a new case marked as a repeat report (hermelding).")
    @ApiResponse(responseCode = "201", description = "received: the case it belongs to and the case version",
            headers = @Header(name = "Location", description = "the case's family plan view once it holds this "
                    + "version: /api/family-plans/{caseId}?minVersion={version}",
                    schema = @Schema(type = "string", format = "uri-reference")))
    ResponseEntity<ReportReceipt> receive(
            @Valid @RequestBody ReportRequest request) {
        var audit = actors.current(request.reason());
        return writes.execute(request, ReportReceipt.class, HttpStatus.CREATED,
                receipt -> FamilyPlanLocation.of(receipt.caseId(), receipt.version()),
                () -> intake.receive(request, audit));
    }
}
