package nl.hgk.ledger.query.familyplan;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.web.ViewBehind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting for a version on Axon's own query bus and update emitter, with the projection on PostgreSQL: the wait ends
 * when the projection stores the version (in this process, or in another replica), ends at once when it is there,
 * gives up after its bound, and never leaves a subscription behind.
 */
class ReadYourWritesTest {

    private final TwoReplicas replicas = new TwoReplicas();
    private final ReadYourWrites readYourWrites = new ReadYourWrites(replicas.reader);

    private final UUID caseId = UUID.randomUUID();
    private final CaseEvents events = new CaseEvents(caseId, Instant.parse("2026-11-02T09:00:00Z"));

    @AfterEach
    void stopTheEventStore() {
        replicas.shutDown();
    }

    @Test
    void aVersionTheViewHasReachedIsAnsweredAtOnce() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        record(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));

        assertThat(readYourWrites.await(caseId, 0, Duration.ofSeconds(5)).version()).isEqualTo(1);
        assertThat(readYourWrites.await(caseId, 1, Duration.ofSeconds(5)).version()).isEqualTo(1);
        assertThat(subscriptionsOfTheCase()).isZero();
    }

    @Test
    void theWaitEndsWhenTheProjectionStoresTheVersion() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        CompletableFuture<FamilyPlanView> waiting =
                CompletableFuture.supplyAsync(() -> readYourWrites.await(caseId, 2, Duration.ofSeconds(10)));
        await().atMost(Duration.ofSeconds(5)).until(() -> subscriptionsOfTheCase() == 1);

        record(new CodeAssigned(caseId, SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS));
        assertThat(waiting).isNotDone();
        record(new TriageDecided(caseId, TriageOutcome.VEILIG_THUIS_INVESTIGATION));

        FamilyPlanView view = waiting.get(5, TimeUnit.SECONDS);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.triage().outcome()).isEqualTo(TriageOutcome.VEILIG_THUIS_INVESTIGATION);
        assertThat(subscriptionsOfTheCase()).isZero();
    }

    @Test
    void aVersionStoredByAnotherReplicaIsFoundByReadingTheViewAgain() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        CompletableFuture<FamilyPlanView> waiting =
                CompletableFuture.supplyAsync(() -> readYourWrites.await(caseId, 1, Duration.ofSeconds(10)));
        await().atMost(Duration.ofSeconds(5)).until(() -> subscriptionsOfTheCase() == 1);

        replicas.projectionOfAnotherReplica.handle(events.add(new CodeAssigned(caseId, SafetyCode.RED, null,
                ProcessDirection.VEILIG_THUIS)));

        assertThat(waiting.get(5, TimeUnit.SECONDS).safetyCode().code()).isEqualTo(SafetyCode.RED);
    }

    @Test
    void aCaseNotInTheViewYetIsWaitedFor() throws Exception {
        CompletableFuture<FamilyPlanView> waiting =
                CompletableFuture.supplyAsync(() -> readYourWrites.await(caseId, 0, Duration.ofSeconds(10)));
        await().atMost(Duration.ofSeconds(5)).until(() -> subscriptionsOfTheCase() == 1);

        record(report(caseId, List.of(person(PersonRole.CHILD, "Sam Jansen", LocalDate.of(2016, 4, 1)))));

        assertThat(waiting.get(5, TimeUnit.SECONDS).members()).hasSize(1);
    }

    @Test
    void aViewThatDoesNotCatchUpInTimeSaysWhereItIs() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));

        assertThatThrownBy(() -> readYourWrites.await(caseId, 5, Duration.ofMillis(200)))
                .isInstanceOfSatisfying(ViewBehind.class, behind -> {
                    assertThat(behind.requestedVersion()).isEqualTo(5);
                    assertThat(behind.currentVersion()).isZero();
                });
        assertThatThrownBy(() -> readYourWrites.await(UUID.randomUUID(), 0, Duration.ofMillis(200)))
                .isInstanceOfSatisfying(ViewBehind.class, behind -> assertThat(behind.currentVersion()).isEqualTo(-1));
        assertThat(replicas.emitter.activeSubscriptions()).isEmpty();
    }

    private void record(Object payload) throws Exception {
        replicas.projection.handle(events.add(payload));
    }

    private long subscriptionsOfTheCase() {
        return replicas.emitter.activeSubscriptions().stream()
                .filter(query -> query.getPayload() instanceof FindFamilyPlan find && find.caseId().equals(caseId))
                .count();
    }
}
