package nl.hgk.ledger.events.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.FamilyPlan;
import nl.hgk.ledger.events.coordination.FamilyPlanAdopted;
import nl.hgk.ledger.events.coordination.PlanTask;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.escalation.CareOrdered;
import nl.hgk.ledger.events.escalation.CoordinationReturned;
import org.junit.jupiter.api.Test;

/**
 * Who an event involves in its case: the recorder's organisation, a coordinator's, the plan's task owners, a party
 * ordered to deliver care.
 */
class InvolvedOrganisationsTest {

    private static final UUID CASE_ID = UUID.randomUUID();
    private static final Map<String, Object> BY_CASE_WORKER = Map.of(AuditMetadata.USER, "casemanager",
            AuditMetadata.ORGANISATION, "veilig-thuis-zhz", AuditMetadata.ROLE, ActorRole.CASE_WORKER.name());

    @Test
    void theRecordersOrganisationAndTheCoordinatorsAreInvolved() {
        assertThat(InvolvedOrganisations.of(new CoordinatorAppointed(CASE_ID,
                new Coordinator("regisseur", "sociaal-team-dordrecht")), BY_CASE_WORKER))
                .containsExactlyInAnyOrder("sociaal-team-dordrecht", "veilig-thuis-zhz");
    }

    @Test
    void theOwnersOfThePlansTasksAreInvolved() {
        FamilyPlan plan = new FamilyPlan(List.of(), List.of(
                new PlanTask(UUID.randomUUID(), "huisbezoek", "jeugdzorg-zhz", LocalDate.of(2026, 12, 1),
                        TaskStatus.PLANNED),
                new PlanTask(UUID.randomUUID(), "schuldhulp", "gemeente-dordrecht", LocalDate.of(2026, 12, 1),
                        TaskStatus.PLANNED)), List.of(), List.of(), List.of());
        assertThat(InvolvedOrganisations.of(new FamilyPlanAdopted(CASE_ID, 1, plan), BY_CASE_WORKER))
                .containsExactlyInAnyOrder("jeugdzorg-zhz", "gemeente-dordrecht", "veilig-thuis-zhz");
    }

    @Test
    void aPartyOrderedToDeliverCareIsInvolved() {
        Map<String, Object> byProcessDirector = Map.of(AuditMetadata.USER, "procesregisseur",
                AuditMetadata.ORGANISATION, "meldpunt-zorg-en-overlast-zhz", AuditMetadata.ROLE,
                ActorRole.CASE_WORKER.name());
        assertThat(InvolvedOrganisations.of(new CareOrdered(CASE_ID, UUID.randomUUID(), "jeugdhulp-dordrecht",
                "ambulante gezinsbegeleiding", LocalDate.of(2026, 12, 31)), byProcessDirector))
                .containsExactlyInAnyOrder("jeugdhulp-dordrecht", "meldpunt-zorg-en-overlast-zhz");
    }

    @Test
    void thePartyCoordinationReturnsToIsInvolved() {
        Map<String, Object> byProcessDirector = Map.of(AuditMetadata.USER, "procesregisseur",
                AuditMetadata.ORGANISATION, "meldpunt-zorg-en-overlast-zhz", AuditMetadata.ROLE,
                ActorRole.CASE_WORKER.name());
        assertThat(InvolvedOrganisations.of(new CoordinationReturned(CASE_ID,
                new Coordinator("m.smit", "jeugdhulp-dordrecht"), new Coordinator("regisseur", "sociaal-team-dordrecht")),
                byProcessDirector)).containsExactlyInAnyOrder("jeugdhulp-dordrecht", "meldpunt-zorg-en-overlast-zhz");
    }

    @Test
    void theLedgerItselfInvolvesNobody() {
        Map<String, Object> bySystem = Map.of(AuditMetadata.USER, "system", AuditMetadata.ORGANISATION, "hgk-ledger",
                AuditMetadata.ROLE, ActorRole.SYSTEM.name());
        assertThat(InvolvedOrganisations.of(new DeadlineMissed(CASE_ID, TimeLimit.TRIAGE, null,
                Instant.parse("2026-12-01T23:00:00Z")), bySystem)).isEmpty();
    }
}
