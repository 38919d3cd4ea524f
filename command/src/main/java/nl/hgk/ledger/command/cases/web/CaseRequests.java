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
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Consent;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.Coordinator;
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
    private static final String FAMILY_COORDINATES = "when the family coordinates (het gezin heeft de regie): the "
            + "person of the case who does, a parent; the organisation supports them and records the steps";

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
                                        @Schema(description = "the safety code determined on the findings, also when "
                                                + "it confirms the code of triage; absent when it is still to be "
                                                + "determined (then before a coordinator is appointed)")
                                        SafetyCode code,
                                        @NotNull @PositiveOrZero Long expectedVersion,
                                        @Size(max = REASON_LENGTH) String reason) {
    }

    record AppointCoordinatorRequest(@Schema(description = "the coordinating professional, or the one supporting "
                                             + "the parent who coordinates") @NotBlank @Size(max = 100) String userId,
                                     @NotBlank @Size(max = 100) String organisation,
                                     @Schema(description = FAMILY_COORDINATES) UUID personId,
                                     @NotNull @PositiveOrZero Long expectedVersion,
                                     @Size(max = REASON_LENGTH) String reason) {

        Coordinator coordinator() {
            return new Coordinator(userId, organisation, personId);
        }
    }

    record ReplaceCoordinatorRequest(@Schema(description = "the coordinating professional, or the one supporting "
                                             + "the parent who coordinates") @NotBlank @Size(max = 100) String userId,
                                     @NotBlank @Size(max = 100) String organisation,
                                     @Schema(description = FAMILY_COORDINATES) UUID personId,
                                     @NotNull @PositiveOrZero Long expectedVersion,
                                     @NotBlank @Size(max = REASON_LENGTH) String reason) {

        Coordinator coordinator() {
            return new Coordinator(userId, organisation, personId);
        }
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
                    consents.stream().map(PersonConsent::toConsent).toList());
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

    @Schema(description = "One answer to the request to consent to the plan (seed 000 B2 §2.2): every person of 12 or "
            + "older answers for themselves, and a legal representative answers for every child under 16 (so both for "
            + "12 to 15); the ledger refuses a plan that lacks an answer (CONSENT_MISSING). A refusal is an answer.")
    record PersonConsent(@NotNull @Schema(description = "the person of the case the answer is about") UUID personId,
                         @Schema(description = "the legal representative who answered for the person, a person of the "
                                 + "case; absent when the person answered themselves") UUID representativeId,
                         @NotNull ConsentDecision decision,
                         @NotNull @Schema(description = "whether the plan was signed (preferred, not required)")
                         Boolean signed,
                         @Size(max = REASON_LENGTH) @Schema(description = "the client's opinion of the plan: required "
                                 + "when it was not signed") String clientOpinion) {

        Consent toConsent() {
            PersonalData opinion = clientOpinion == null || clientOpinion.isBlank() ? null
                    : PersonalData.noteOnly(clientOpinion.strip());
            return representativeId == null ? Consent.own(personId, decision, signed, opinion)
                    : Consent.byRepresentative(personId, representativeId, decision, signed, opinion);
        }
    }

    record RaiseEscalationRequest(@NotNull @Schema(description = "steps 1 to 4; step 5 is the process director's "
                                          + "option at step 4 (escalations/meldpunt-manager)") EscalationStep step,
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

    record OrderCareRequest(@NotNull @Schema(description = "chosen by the client; concludes the order later")
                            UUID orderId,
                            @NotBlank @Size(max = 100) @Schema(description = "the organisation id of the party ordered "
                                    + "to deliver, e.g. jeugdhulp-dordrecht") String party,
                            @NotBlank @Size(max = REASON_LENGTH) @Schema(description = "the form of care or service, "
                                    + "about the help, not a person's private life") String care,
                            @NotNull @Schema(description = "the last day the process director monitors it")
                            LocalDate monitoredUntil,
                            @NotNull @PositiveOrZero Long expectedVersion,
                            @Size(max = REASON_LENGTH) String reason) {
    }

    record ConcludeCareOrderRequest(@NotNull @Schema(description = "whether the party delivered what it was ordered to")
                                    Boolean complied,
                                    @NotNull @PositiveOrZero Long expectedVersion,
                                    @Size(max = REASON_LENGTH) String reason) {
    }

    record ReturnCoordinationRequest(@NotBlank @Size(max = 100) String userId,
                                     @NotBlank @Size(max = 100) String organisation,
                                     @NotNull @PositiveOrZero Long expectedVersion,
                                     @Size(max = REASON_LENGTH) String reason) {
    }

    record ConsultPartyManagersRequest(@NotNull @PositiveOrZero Long expectedVersion,
                                       @NotBlank @Size(max = REASON_LENGTH)
                                       @Schema(description = "what the managers agreed") String reason) {
    }

    record EscalateToMeldpuntManagerRequest(@NotBlank @Size(max = REASON_LENGTH) @Schema(description = "the "
                                                    + "bottleneck, about the help and the parties") String bottleneck,
                                            @NotBlank @Size(max = REASON_LENGTH) @Schema(description = "the advice on "
                                                    + "a definitive approach") String advice,
                                            @NotNull @PositiveOrZero Long expectedVersion,
                                            @Size(max = REASON_LENGTH) String reason) {
    }

    record InadequateCoordinationRequest(@NotNull @Schema(description = "the day the professional asked the "
                                                 + "coordinator to act") LocalDate raisedWithCoordinatorOn,
                                         @NotBlank @Size(max = REASON_LENGTH) @Schema(description = "what falls short "
                                                 + "in the coordination, about the help and the parties") String concern,
                                         @NotNull @PositiveOrZero Long expectedVersion,
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

    @Schema(description = "The coordinator records that a client avoids the care they need (zorgmijding); the texts "
            + "are personal data of the client, erased with them")
    record RecordCareAvoidanceRequest(@NotNull @Schema(description = "the client: a person of the case") UUID personId,
                                      @NotBlank @Size(max = REASON_LENGTH)
                                      @Schema(description = "the worrying situation") String worryingSituation,
                                      @NotBlank @Size(max = REASON_LENGTH)
                                      @Schema(description = "the risks it brings, and for whom") String risks,
                                      @Size(max = REASON_LENGTH)
                                      @Schema(description = "the client's view; absent when the client gave none")
                                      String clientView,
                                      @NotNull @PositiveOrZero Long expectedVersion,
                                      @Size(max = REASON_LENGTH) String reason) {

        /** the client's texts as their personal data; a view left blank is none */
        PersonalData worryingSituationOfTheClient() {
            return PersonalData.noteOnly(worryingSituation.strip());
        }

        PersonalData risksOfTheClient() {
            return PersonalData.noteOnly(risks.strip());
        }

        PersonalData viewOfTheClient() {
            return clientView == null || clientView.isBlank() ? null : PersonalData.noteOnly(clientView.strip());
        }
    }

    record DrawUpActionPlanRequest(@NotNull ActionPlanApproach approach,
                                   @NotNull @PositiveOrZero Long expectedVersion,
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
