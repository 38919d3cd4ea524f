package nl.hgk.ledger.command.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.Goal;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.FormOfHelp;
import nl.hgk.ledger.events.delivery.HelpEffect;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;

/**
 * The request bodies of the case API. Each names the case version the user saw ({@code expectedVersion}): a command
 * on a case that changed since is refused with 409. {@code reason} says why; some commands require it.
 */
final class CaseRequests {

    private static final int REASON_LENGTH = 2000;

    private CaseRequests() {
    }

    record AssignCodeRequest(@NotNull SafetyCode code, @NotNull @PositiveOrZero Long expectedVersion,
                             @Size(max = REASON_LENGTH) String reason) {
    }

    record DecideTriageRequest(@NotNull TriageOutcome outcome, @NotNull @PositiveOrZero Long expectedVersion,
                               @Size(max = REASON_LENGTH) String reason) {
    }

    record StartInvestigationRequest(@NotNull @PositiveOrZero Long expectedVersion,
                                     @Size(max = REASON_LENGTH) String reason) {
    }

    record ConcludeInvestigationRequest(@NotNull InvestigationConclusion conclusion,
                                        @NotNull @PositiveOrZero Long expectedVersion,
                                        @Size(max = REASON_LENGTH) String reason) {
    }

    record AppointCoordinatorRequest(@NotBlank @Size(max = 100) String userId,
                                     @NotBlank @Size(max = 100) String organisation,
                                     @NotNull @PositiveOrZero Long expectedVersion,
                                     @Size(max = REASON_LENGTH) String reason) {
    }

    record ReplaceCoordinatorRequest(@NotBlank @Size(max = 100) String userId,
                                     @NotBlank @Size(max = 100) String organisation,
                                     @NotNull @PositiveOrZero Long expectedVersion,
                                     @NotBlank @Size(max = REASON_LENGTH) String reason) {
    }

    record AdoptPlanRequest(@NotNull @Valid Plan plan, @NotNull @PositiveOrZero Long expectedVersion,
                            @Size(max = REASON_LENGTH) String reason) {
    }

    record RevisePlanRequest(@NotNull @Positive Integer planVersion, @NotNull @Valid Plan plan,
                             @NotNull @PositiveOrZero Long expectedVersion,
                             @NotBlank @Size(max = REASON_LENGTH) String reason) {
    }

    @Schema(description = "A version of the family plan (gezinsplan)")
    record Plan(@NotNull @Size(max = 50) List<@NotNull @Valid PlanGoal> goals,
                @NotNull @Size(max = 100) List<@NotNull @Valid Task> tasks,
                @NotNull @Size(max = 50) List<@NotBlank @Size(max = REASON_LENGTH) String> safetyAgreements,
                @NotNull @Size(max = 50) List<@NotNull LocalDate> evaluationDates,
                @NotNull @Size(max = 30) List<@NotNull @Valid PersonConsent> consents) {

        FamilyPlan toFamilyPlan() {
            return new FamilyPlan(
                    goals.stream().map(goal -> new Goal(goal.lifeDomain(), goal.description())).toList(),
                    tasks.stream().map(task -> new PlanTask(task.taskId() == null ? UUID.randomUUID() : task.taskId(),
                            task.description(), task.ownerOrganisation(), task.dueDate(), task.status())).toList(),
                    List.copyOf(safetyAgreements), List.copyOf(evaluationDates),
                    consents.stream().map(consent -> new Consent(consent.personId(), consent.decision(),
                            consent.clientOpinion() == null ? null : PersonalData.noteOnly(consent.clientOpinion())))
                            .toList());
        }
    }

    record PlanGoal(@NotNull LifeDomain lifeDomain, @NotBlank @Size(max = REASON_LENGTH) String description) {
    }

    record Task(@Schema(description = "keep a task's id across versions; absent for a new task") UUID taskId,
                @NotBlank @Size(max = REASON_LENGTH) String description,
                @NotBlank @Size(max = 100) String ownerOrganisation,
                @NotNull LocalDate dueDate,
                @NotNull TaskStatus status) {
    }

    record PersonConsent(@NotNull UUID personId, @NotNull ConsentDecision decision,
                         @Size(max = REASON_LENGTH) String clientOpinion) {
    }

    record RaiseEscalationRequest(@NotNull EscalationStep step,
                                  @Size(max = REASON_LENGTH) @Schema(description = "required to skip a step")
                                  String urgencyReason,
                                  @NotNull @PositiveOrZero Long expectedVersion,
                                  @NotBlank @Size(max = REASON_LENGTH) String reason) {
    }

    record HoldCaseConferenceRequest(@NotNull LocalDate heldOn, @NotNull @PositiveOrZero Long expectedVersion,
                                     @Size(max = REASON_LENGTH) String reason) {
    }

    record CallCareMeetingRequest(@NotNull @Schema(description = "urgent: held within 2 working days") Boolean urgent,
                                  @Schema(description = "when not urgent: the date by which it is held") LocalDate meetBy,
                                  @NotNull @PositiveOrZero Long expectedVersion,
                                  @Size(max = REASON_LENGTH) String reason) {
    }

    record HoldCareMeetingRequest(@NotNull LocalDate heldOn, @NotNull @PositiveOrZero Long expectedVersion,
                                  @Size(max = REASON_LENGTH) String reason) {
    }

    record AdministrativeDecisionRequest(@NotNull @Schema(description = "chosen by the client; confirms it later")
                                         UUID decisionId,
                                         @NotNull @Schema(description = "when the decision was taken orally")
                                         Instant decidedAt,
                                         @NotBlank @Size(max = REASON_LENGTH) String decision,
                                         @NotNull @PositiveOrZero Long expectedVersion,
                                         @Size(max = REASON_LENGTH) String reason) {
    }

    record ConfirmDecisionRequest(@NotNull @PositiveOrZero Long expectedVersion,
                                  @Size(max = REASON_LENGTH) String reason) {
    }

    record EvaluatePlanRequest(@NotNull LocalDate evaluationDate, @NotNull @PositiveOrZero Long expectedVersion,
                               @Size(max = REASON_LENGTH) String reason) {
    }

    record AppointProcessDirectorRequest(@NotBlank @Size(max = 100) String userId,
                                         @NotBlank @Size(max = 100) String organisation,
                                         @NotNull @PositiveOrZero Long expectedVersion,
                                         @Size(max = REASON_LENGTH) String reason) {
    }

    record ResolveEscalationRequest(@NotNull @PositiveOrZero Long expectedVersion,
                                    @Size(max = REASON_LENGTH) String reason) {
    }

    record ImposeHuisverbodRequest(@NotNull UUID personId, @NotNull LocalDate imposedOn,
                                   @NotNull @PositiveOrZero Long expectedVersion,
                                   @Size(max = REASON_LENGTH) String reason) {
    }

    record ExtendHuisverbodRequest(@NotNull LocalDate endsOn, @NotNull @PositiveOrZero Long expectedVersion,
                                   @Size(max = REASON_LENGTH) String reason) {
    }

    record EndHuisverbodRequest(@NotNull LocalDate endedOn, @NotNull HuisverbodEndReason endReason,
                                @NotNull @PositiveOrZero Long expectedVersion,
                                @Size(max = REASON_LENGTH) String reason) {
    }

    record InformReporterRequest(@NotNull @PositiveOrZero Long expectedVersion,
                                 @Size(max = REASON_LENGTH) String reason) {
    }

    record CloseCaseRequest(@NotNull ClosureReason closureReason, @NotNull @PositiveOrZero Long expectedVersion,
                            @Size(max = REASON_LENGTH) String reason) {
    }

    // --- the notices of the organisation that owns a task to the coordinator (B2 §2.3) ---------------------------

    record HelpStartedRequest(@NotNull UUID taskId, @NotNull LocalDate startedOn,
                              @Size(max = 100) @Schema(description = "the user name of the professional who gives "
                                      + "the help; absent for the one giving the notice") String professional,
                              @NotNull @PositiveOrZero Long expectedVersion,
                              @Size(max = REASON_LENGTH) String reason) {
    }

    record HelpEndedRequest(@NotNull UUID taskId, @NotNull LocalDate endedOn, @NotNull HelpEffect effect,
                            @NotNull @PositiveOrZero Long expectedVersion,
                            @Size(max = REASON_LENGTH) String reason) {
    }

    record HelpStoppedEarlyRequest(@NotNull UUID taskId, @NotNull LocalDate stoppedOn, @NotNull EarlyStopCause cause,
                                   @NotNull @PositiveOrZero Long expectedVersion,
                                   @Size(max = REASON_LENGTH) String reason) {
    }

    record NoShowsRequest(@NotNull UUID taskId,
                          @NotNull @Positive @Max(100) @Schema(description = "appointments missed since the last "
                                  + "such notice; repeated no-shows are 2 or more") Integer missedAppointments,
                          @NotNull @Size(max = 20) @Schema(description = "the possible causes, at least one (UNKNOWN "
                                  + "when none is known)") Set<@NotNull NoShowCause> causes,
                          @NotNull @PositiveOrZero Long expectedVersion,
                          @Size(max = REASON_LENGTH) String reason) {
    }

    record ClientTransferredRequest(@NotNull UUID taskId,
                                    @NotBlank @Size(max = 100) @Schema(description = "the user name of the "
                                            + "organisation's professional who gives the help from now on")
                                    String professional,
                                    @NotNull @PositiveOrZero Long expectedVersion,
                                    @Size(max = REASON_LENGTH) String reason) {
    }

    record OtherPartyProposedRequest(@NotNull UUID taskId,
                                     @NotBlank @Size(max = 100) @Schema(description = "the organisation proposed, "
                                             + "not the task's owner") String organisation,
                                     @NotNull FormOfHelp formOfHelp,
                                     @NotNull @PositiveOrZero Long expectedVersion,
                                     @Size(max = REASON_LENGTH) String reason) {
    }
}
