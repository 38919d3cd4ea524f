package nl.hgk.ledger.command.cases.web;

import nl.hgk.ledger.command.cases.AdoptFamilyPlan;
import nl.hgk.ledger.command.cases.AppointCoordinator;
import nl.hgk.ledger.command.cases.AppointProcessDirector;
import nl.hgk.ledger.command.cases.AssignCode;
import nl.hgk.ledger.command.cases.CallCareMeeting;
import nl.hgk.ledger.command.cases.CaseVersion;
import nl.hgk.ledger.command.cases.CloseCase;
import nl.hgk.ledger.command.cases.ConcludeCareOrder;
import nl.hgk.ledger.command.cases.ConcludeInvestigation;
import nl.hgk.ledger.command.cases.ConfirmAdministrativeDecision;
import nl.hgk.ledger.command.cases.ConsultPartyManagers;
import nl.hgk.ledger.command.cases.DecideTriage;
import nl.hgk.ledger.command.cases.DrawUpActionPlan;
import nl.hgk.ledger.command.cases.EndHuisverbod;
import nl.hgk.ledger.command.cases.EscalateToMeldpuntManager;
import nl.hgk.ledger.command.cases.EvaluateFamilyPlan;
import nl.hgk.ledger.command.cases.ExtendHuisverbod;
import nl.hgk.ledger.command.cases.HoldCareMeeting;
import nl.hgk.ledger.command.cases.HoldCaseConference;
import nl.hgk.ledger.command.cases.ImposeHuisverbod;
import nl.hgk.ledger.command.cases.InformReporter;
import nl.hgk.ledger.command.cases.OrderCare;
import nl.hgk.ledger.command.cases.RaiseEscalation;
import nl.hgk.ledger.command.cases.RecordAdministrativeDecision;
import nl.hgk.ledger.command.cases.RecordCareAvoidance;
import nl.hgk.ledger.command.cases.ReplaceCoordinator;
import nl.hgk.ledger.command.cases.ReportInadequateCoordination;
import nl.hgk.ledger.command.cases.ResolveEscalation;
import nl.hgk.ledger.command.cases.ReturnCoordination;
import nl.hgk.ledger.command.cases.ReviseFamilyPlan;
import nl.hgk.ledger.command.cases.StartInvestigation;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.hgk.ledger.command.cases.web.CaseRequests.AdministrativeDecisionRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.AdoptPlanRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.AppointProcessDirectorRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.AppointCoordinatorRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.AssignCodeRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.CallCareMeetingRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.HoldCareMeetingRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.CloseCaseRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ConcludeCareOrderRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ConsultPartyManagersRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.EscalateToMeldpuntManagerRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.InadequateCoordinationRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.OrderCareRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ReturnCoordinationRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ConcludeInvestigationRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ConfirmDecisionRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.DecideTriageRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.DrawUpActionPlanRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.EndHuisverbodRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.EvaluatePlanRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ExtendHuisverbodRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.HoldCaseConferenceRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ImposeHuisverbodRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.InformReporterRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.RaiseEscalationRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.RecordCareAvoidanceRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ReplaceCoordinatorRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.ResolveEscalationRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.RevisePlanRequest;
import nl.hgk.ledger.command.cases.web.CaseRequests.StartInvestigationRequest;
import nl.hgk.ledger.command.web.FamilyPlanLocation;
import nl.hgk.ledger.command.web.IdempotentWrites;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.ProcessDirector;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commands on a case, one endpoint each. Every answer carries the case version the command produced, and as its
 * {@code Location} where to read the case at that version ({@link FamilyPlanLocation}). The answers are JSON, declared
 * ({@code produces}) so that a request whose {@code Accept} header refuses JSON is answered 406 before its command is
 * sent, not after it was recorded.
 */
@RestController
@IdempotentWrites
@RequestMapping(path = "/api/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "The steps of a case, from triage to closure. Every answer gives the case's new "
        + "version, and its Location header reads the case's family plan view once it holds that version "
        + "(/api/family-plans/{caseId}?minVersion={version})")
class CaseController {

    private final CaseStepRequests steps;

    CaseController(CaseStepRequests steps) {
        this.steps = steps;
    }

    /**
     * Runs before the request body is read: a case outside the user's scope is answered like one that does not exist,
     * whatever the body says. The command bus checks every command again where it is handled.
     */
    @ModelAttribute
    void caseWithinScope(@PathVariable UUID caseId) {
        steps.admit(caseId);
    }

    @PostMapping("/code")
    @Operation(summary = "Assign or change the safety code (GREEN, ORANGE, RED)")
    ResponseEntity<CaseVersion> assignCode(@PathVariable UUID caseId, @Valid @RequestBody AssignCodeRequest request) {
        return send(caseId, request, request.reason(),
                new AssignCode(caseId, request.code(), request.expectedVersion()));
    }

    @PostMapping("/triage")
    @Operation(summary = "Decide where triage sends the follow-up")
    ResponseEntity<CaseVersion> decideTriage(@PathVariable UUID caseId, @Valid @RequestBody DecideTriageRequest request) {
        return send(caseId, request, request.reason(),
                new DecideTriage(caseId, request.outcome(), request.expectedVersion()));
    }

    @PostMapping("/investigation/start")
    @Operation(summary = "Start Veilig Thuis's investigation")
    ResponseEntity<CaseVersion> startInvestigation(@PathVariable UUID caseId,
                                                   @Valid @RequestBody StartInvestigationRequest request) {
        return send(caseId, request, request.reason(),
                new StartInvestigation(caseId, request.expectedVersion()));
    }

    @PostMapping("/investigation/conclusion")
    @Operation(summary = "Conclude Veilig Thuis's investigation, with the safety code determined on its findings (or "
            + "without: then a code follows before a coordinator is appointed)")
    ResponseEntity<CaseVersion> concludeInvestigation(@PathVariable UUID caseId,
                                                      @Valid @RequestBody ConcludeInvestigationRequest request) {
        return send(caseId, request, request.reason(),
                new ConcludeInvestigation(caseId, request.conclusion(), request.code(), request.expectedVersion()));
    }

    @PostMapping("/coordinator")
    @Operation(summary = "Appoint the family's coordinator: a professional, or a parent of the case (personId) "
            + "supported by the organisation")
    ResponseEntity<CaseVersion> appointCoordinator(@PathVariable UUID caseId,
                                                   @Valid @RequestBody AppointCoordinatorRequest request) {
        return send(caseId, request, request.reason(), new AppointCoordinator(caseId, request.coordinator(),
                request.expectedVersion()));
    }

    @PostMapping("/coordinator/replacement")
    @Operation(summary = "Reassign coordination to another professional, or to or from the family (reason required)")
    ResponseEntity<CaseVersion> replaceCoordinator(@PathVariable UUID caseId,
                                                   @Valid @RequestBody ReplaceCoordinatorRequest request) {
        return send(caseId, request, request.reason(), new ReplaceCoordinator(caseId, request.coordinator(),
                request.expectedVersion()));
    }

    @PostMapping("/plan")
    @Operation(summary = "Adopt the first version of the family plan")
    ResponseEntity<CaseVersion> adoptPlan(@PathVariable UUID caseId, @Valid @RequestBody AdoptPlanRequest request) {
        return send(caseId, request, request.reason(),
                new AdoptFamilyPlan(caseId, request.plan().toFamilyPlan(), request.expectedVersion()));
    }

    @PostMapping("/plan/revisions")
    @Operation(summary = "Revise the family plan: the next version number (reason required)")
    ResponseEntity<CaseVersion> revisePlan(@PathVariable UUID caseId, @Valid @RequestBody RevisePlanRequest request) {
        return send(caseId, request, request.reason(), new ReviseFamilyPlan(caseId, request.planVersion(),
                request.plan().toFamilyPlan(), request.expectedVersion()));
    }

    @PostMapping("/escalations")
    @Operation(summary = "The coordinator escalates to a step of the escalation model, 1 to 4 (reason required; a skip "
            + "needs urgency)")
    ResponseEntity<CaseVersion> raiseEscalation(@PathVariable UUID caseId,
                                                @Valid @RequestBody RaiseEscalationRequest request) {
        return send(caseId, request, request.reason(), new RaiseEscalation(caseId, request.step(),
                request.urgencyReason(), request.expectedVersion()));
    }

    @PostMapping("/case-conference")
    @Operation(summary = "Record that the case conference of step 2 was held (as soon as possible; no fixed term)")
    ResponseEntity<CaseVersion> holdCaseConference(@PathVariable UUID caseId,
                                                   @Valid @RequestBody HoldCaseConferenceRequest request) {
        return send(caseId, request, request.reason(),
                new HoldCaseConference(caseId, request.heldOn(), request.expectedVersion()));
    }

    @PostMapping("/care-meeting")
    @Operation(summary = "The process director calls a care meeting (zorgoverleg) at step 4: urgent within 2 working "
            + "days, otherwise by the date the process director sets")
    ResponseEntity<CaseVersion> callCareMeeting(@PathVariable UUID caseId,
                                                @Valid @RequestBody CallCareMeetingRequest request) {
        return send(caseId, request, request.reason(), new CallCareMeeting(caseId, request.urgent(),
                request.meetBy(), request.expectedVersion()));
    }

    @PostMapping("/care-meeting/held")
    @Operation(summary = "Record that the care meeting the process director called was held")
    ResponseEntity<CaseVersion> holdCareMeeting(@PathVariable UUID caseId,
                                                @Valid @RequestBody HoldCareMeetingRequest request) {
        return send(caseId, request, request.reason(),
                new HoldCareMeeting(caseId, request.heldOn(), request.expectedVersion()));
    }

    @PostMapping("/administrative-decisions")
    @Operation(summary = "Record the oral decision of the municipality at step 5 (to be confirmed within 24 hours)")
    ResponseEntity<CaseVersion> recordDecision(@PathVariable UUID caseId, @Valid @RequestBody AdministrativeDecisionRequest request) {
        return send(caseId, request, request.reason(), new RecordAdministrativeDecision(caseId,
                request.decisionId(), request.decidedAt(), request.decision(), request.expectedVersion()));
    }

    @PostMapping("/administrative-decisions/{decisionId}/confirmation")
    @Operation(summary = "Record that an administrative decision was confirmed in writing")
    ResponseEntity<CaseVersion> confirmDecision(@PathVariable UUID caseId, @PathVariable UUID decisionId,
                                                @Valid @RequestBody ConfirmDecisionRequest request) {
        return send(caseId, request, request.reason(),
                new ConfirmAdministrativeDecision(caseId, decisionId, request.expectedVersion()));
    }

    @PostMapping("/plan/evaluations")
    @Operation(summary = "Record that the family plan was evaluated for one of its evaluation dates")
    ResponseEntity<CaseVersion> evaluatePlan(@PathVariable UUID caseId, @Valid @RequestBody EvaluatePlanRequest request) {
        return send(caseId, request, request.reason(),
                new EvaluateFamilyPlan(caseId, request.evaluationDate(), request.expectedVersion()));
    }

    @PostMapping("/process-director")
    @Operation(summary = "Appoint the process director of a case escalated to step 4 (within 2 working days)")
    ResponseEntity<CaseVersion> appointProcessDirector(@PathVariable UUID caseId,
                                                       @Valid @RequestBody AppointProcessDirectorRequest request) {
        return send(caseId, request, request.reason(), new AppointProcessDirector(caseId,
                new ProcessDirector(request.userId(), request.organisation()), request.expectedVersion()));
    }

    @PostMapping("/escalations/resolution")
    @Operation(summary = "Resolve the open escalation: steps 1 to 3 by the coordinator, 4 and 5 by the process director")
    ResponseEntity<CaseVersion> resolveEscalation(@PathVariable UUID caseId,
                                                  @Valid @RequestBody ResolveEscalationRequest request) {
        return send(caseId, request, request.reason(),
                new ResolveEscalation(caseId, request.expectedVersion()));
    }

    @PostMapping("/care-orders")
    @Operation(summary = "The process director orders a party to deliver a form of care at step 4 (doorzettingsmacht), "
            + "monitored until a date: a time limit on the board until the order is concluded")
    ResponseEntity<CaseVersion> orderCare(@PathVariable UUID caseId, @Valid @RequestBody OrderCareRequest request) {
        return send(caseId, request, request.reason(), new OrderCare(caseId, request.orderId(), request.party(),
                request.care(), request.monitoredUntil(), request.expectedVersion()));
    }

    @PostMapping("/care-orders/{orderId}/conclusion")
    @Operation(summary = "The process director concludes the monitoring of a care order: complied or not")
    ResponseEntity<CaseVersion> concludeCareOrder(@PathVariable UUID caseId, @PathVariable UUID orderId,
                                                  @Valid @RequestBody ConcludeCareOrderRequest request) {
        return send(caseId, request, request.reason(),
                new ConcludeCareOrder(caseId, orderId, request.complied(), request.expectedVersion()));
    }

    @PostMapping("/coordinator/return")
    @Operation(summary = "The process director returns coordination to a party, which ends step 4 (or 5)")
    ResponseEntity<CaseVersion> returnCoordination(@PathVariable UUID caseId,
                                                   @Valid @RequestBody ReturnCoordinationRequest request) {
        return send(caseId, request, request.reason(), new ReturnCoordination(caseId,
                new Coordinator(request.userId(), request.organisation()), request.expectedVersion()));
    }

    @PostMapping("/escalations/party-managers")
    @Operation(summary = "The process director consults the managers of the parties at step 4: back to step 3's "
            + "level (reason required: what was agreed)")
    ResponseEntity<CaseVersion> consultPartyManagers(@PathVariable UUID caseId,
                                                     @Valid @RequestBody ConsultPartyManagersRequest request) {
        return send(caseId, request, request.reason(),
                new ConsultPartyManagers(caseId, request.expectedVersion()));
    }

    @PostMapping("/escalations/meldpunt-manager")
    @Operation(summary = "The process director escalates to the manager of the Meldpunt with the bottleneck and advice: "
            + "step 5, where the client's municipality decides")
    ResponseEntity<CaseVersion> escalateToMeldpuntManager(@PathVariable UUID caseId,
                                                          @Valid @RequestBody EscalateToMeldpuntManagerRequest request) {
        return send(caseId, request, request.reason(), new EscalateToMeldpuntManager(caseId, request.bottleneck(),
                request.advice(), request.expectedVersion()));
    }

    @PostMapping("/inadequate-coordination")
    @Operation(summary = "A professional of an involved party, not the coordinating one, reports inadequate "
            + "coordination to the Meldpunt after raising it with the coordinator: the case is at step 4")
    ResponseEntity<CaseVersion> reportInadequateCoordination(@PathVariable UUID caseId,
                                                             @Valid @RequestBody InadequateCoordinationRequest request) {
        return send(caseId, request, request.reason(), new ReportInadequateCoordination(caseId,
                request.raisedWithCoordinatorOn(), request.concern(), request.expectedVersion()));
    }

    @PostMapping("/huisverbod")
    @Operation(summary = "Record a huisverbod imposed by the mayor (10 days)")
    ResponseEntity<CaseVersion> imposeHuisverbod(@PathVariable UUID caseId,
                                                 @Valid @RequestBody ImposeHuisverbodRequest request) {
        return send(caseId, request, request.reason(), new ImposeHuisverbod(caseId, request.personId(),
                request.imposedOn(), request.expectedVersion()));
    }

    @PostMapping("/huisverbod/extension")
    @Operation(summary = "Extend the running huisverbod (at most 28 days in total)")
    ResponseEntity<CaseVersion> extendHuisverbod(@PathVariable UUID caseId,
                                                 @Valid @RequestBody ExtendHuisverbodRequest request) {
        return send(caseId, request, request.reason(),
                new ExtendHuisverbod(caseId, request.endsOn(), request.expectedVersion()));
    }

    @PostMapping("/huisverbod/end")
    @Operation(summary = "End the running huisverbod")
    ResponseEntity<CaseVersion> endHuisverbod(@PathVariable UUID caseId, @Valid @RequestBody EndHuisverbodRequest request) {
        return send(caseId, request, request.reason(), new EndHuisverbod(caseId, request.endedOn(),
                request.endReason(), request.expectedVersion()));
    }

    @PostMapping("/reports/{reportId}/reporter-informed")
    @Operation(summary = "Record that the reporter was told what was done with the report")
    ResponseEntity<CaseVersion> informReporter(@PathVariable UUID caseId, @PathVariable UUID reportId,  @Valid @RequestBody InformReporterRequest request) {
        return send(caseId, request, request.reason(),
                new InformReporter(caseId, reportId, request.expectedVersion()));
    }

    @PostMapping("/care-avoidance")
    @Operation(summary = "The coordinating organisation records that a client avoids the care they need, with the "
            + "worrying situation, its risks and the client's view: a (re)report to the Meldpunt, whose action plan "
            + "follows. Where domestic violence is involved, ask Veilig Thuis for advice first (B2 §2.1.4)")
    ResponseEntity<CaseVersion> recordCareAvoidance(@PathVariable UUID caseId,
                                                    @Valid @RequestBody RecordCareAvoidanceRequest request) {
        return send(caseId, request, request.reason(), new RecordCareAvoidance(caseId, request.personId(),
                request.worryingSituationOfTheClient(), request.risksOfTheClient(), request.viewOfTheClient(),
                request.expectedVersion()));
    }

    @PostMapping("/care-avoidance/action-plan")
    @Operation(summary = "The Meldpunt records the action plan it drew up after a care avoidance, and how it realises "
            + "the care: renewed referral, a new coordinator, or process direction (B2 §5.1.6)")
    ResponseEntity<CaseVersion> drawUpActionPlan(@PathVariable UUID caseId,
                                                 @Valid @RequestBody DrawUpActionPlanRequest request) {
        return send(caseId, request, request.reason(),
                new DrawUpActionPlan(caseId, request.approach(), request.expectedVersion()));
    }

    @PostMapping("/closure")
    @Operation(summary = "Close the case with a reason")
    ResponseEntity<CaseVersion> close(@PathVariable UUID caseId, @Valid @RequestBody CloseCaseRequest request) {
        return send(caseId, request, request.reason(),
                new CloseCase(caseId, request.closureReason(), request.expectedVersion()));
    }

    private ResponseEntity<CaseVersion> send(UUID caseId, Object request, String reason, Object command) {
        return steps.send(caseId, request, reason, command);
    }
}
