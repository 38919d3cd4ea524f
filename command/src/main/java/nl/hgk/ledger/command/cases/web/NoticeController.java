package nl.hgk.ledger.command.cases.web;

import nl.hgk.ledger.command.cases.CaseVersion;
import nl.hgk.ledger.command.cases.NotifyClientTransferred;
import nl.hgk.ledger.command.cases.NotifyHelpEnded;
import nl.hgk.ledger.command.cases.NotifyHelpStarted;
import nl.hgk.ledger.command.cases.NotifyHelpStoppedEarly;
import nl.hgk.ledger.command.cases.NotifyNoShows;
import nl.hgk.ledger.command.cases.ProposeOtherParty;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hgk.ledger.command.cases.web.CaseRequests.ClientTransferredRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.HelpEndedRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.HelpStartedRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.HelpStoppedEarlyRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.NoShowsRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.OtherPartyProposedRequest;
import nl.hgk.ledger.command.web.IdempotentWrites;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The six notices a care provider gives the coordinator about a task of the family plan (seed 000 B2 §2.3): given by
 * the organisation that owns the task ({@code CareDelivery} decides it). Apart from the case's other steps because
 * they are the providers', not the case's own parties'.
 */
@RestController
@IdempotentWrites
@RequestMapping(path = "/api/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notices to the coordinator", description = "What the owner of a task of the family plan tells the "
        + "coordinator: help started, ended, stopped early, repeated no-shows, a transfer, another party proposed")
class NoticeController {

    private final CaseStepRequests steps;

    NoticeController(CaseStepRequests steps) {
        this.steps = steps;
    }

    /** Runs before the request body is read, as for every step: see {@link CaseController#caseWithinScope}. */
    @ModelAttribute
    void caseWithinScope(@PathVariable UUID caseId) {
        steps.admit(caseId);
    }

    @PostMapping("/notices/help-started")
    @Operation(summary = "Tell the coordinator the help for a task of the plan started (by the task's owner)")
    ResponseEntity<CaseVersion> helpStarted(@PathVariable UUID caseId, @Valid @RequestBody HelpStartedRequest request) {
        return send(caseId, request, request.reason(), new NotifyHelpStarted(caseId, request.taskId(),
                request.startedOn(), request.professional(), request.expectedVersion()));
    }

    @PostMapping("/notices/help-ended")
    @Operation(summary = "Tell the coordinator the help for a task was completed, with its effect")
    ResponseEntity<CaseVersion> helpEnded(@PathVariable UUID caseId, @Valid @RequestBody HelpEndedRequest request) {
        return send(caseId, request, request.reason(), new NotifyHelpEnded(caseId, request.taskId(),
                request.endedOn(), request.effect(), request.expectedVersion()));
    }

    @PostMapping("/notices/help-stopped-early")
    @Operation(summary = "Tell the coordinator the help for a task was broken off early, with its cause "
            + "(a stagnation signal)")
    ResponseEntity<CaseVersion> helpStoppedEarly(@PathVariable UUID caseId,
                                                 @Valid @RequestBody HelpStoppedEarlyRequest request) {
        return send(caseId, request, request.reason(), new NotifyHelpStoppedEarly(caseId, request.taskId(),
                request.stoppedOn(), request.cause(), request.expectedVersion()));
    }

    @PostMapping("/notices/no-shows")
    @Operation(summary = "Tell the coordinator the client repeatedly missed the help of a task, with the possible "
            + "causes (a stagnation signal)")
    ResponseEntity<CaseVersion> noShows(@PathVariable UUID caseId, @Valid @RequestBody NoShowsRequest request) {
        return send(caseId, request, request.reason(), new NotifyNoShows(caseId, request.taskId(),
                request.missedAppointments(), request.causes(), request.expectedVersion()));
    }

    @PostMapping("/notices/client-transferred")
    @Operation(summary = "Tell the coordinator the client was passed on to another professional of the task's owner")
    ResponseEntity<CaseVersion> clientTransferred(@PathVariable UUID caseId,
                                                  @Valid @RequestBody ClientTransferredRequest request) {
        return send(caseId, request, request.reason(), new NotifyClientTransferred(caseId, request.taskId(),
                request.professional(), request.expectedVersion()));
    }

    @PostMapping("/notices/other-party-proposed")
    @Operation(summary = "Propose to the coordinator that another party give help or guidance")
    ResponseEntity<CaseVersion> otherPartyProposed(@PathVariable UUID caseId,
                                                   @Valid @RequestBody OtherPartyProposedRequest request) {
        return send(caseId, request, request.reason(), new ProposeOtherParty(caseId, request.taskId(),
                request.organisation(), request.formOfHelp(), request.expectedVersion()));
    }

    private ResponseEntity<CaseVersion> send(UUID caseId, Object request, String reason, Object command) {
        return steps.send(caseId, request, reason, command);
    }
}
