package nl.hgk.ledger.query.familyplan;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.web.NotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream of a case's view, on Axon's query bus and the projection on PostgreSQL, written to an emitter that
 * records what would go over the wire: the current view first, then every change (from this process's projection or
 * another replica's), keep-alive comments, and the subscription let go once the client is gone.
 */
class FamilyPlanUpdatesTest {

    private final TwoReplicas replicas = new TwoReplicas();

    private final UUID caseId = UUID.randomUUID();
    private final CaseEvents events = new CaseEvents(caseId, Instant.parse("2026-11-02T09:00:00Z"));
    private final Screen screen = new Screen();

    @AfterEach
    void stop() {
        screen.complete();
        replicas.shutDown();
    }

    @Test
    void theCurrentViewFirstThenEveryChangeOfTheCase() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        updates(Duration.ofMinutes(10)).open(caseId, screen);
        await().atMost(Duration.ofSeconds(5)).until(() -> screen.views().size() == 1);

        record(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));
        record(new CoordinatorAppointed(caseId, new Coordinator("regisseur", "sociaal-team-dordrecht")));

        await().atMost(Duration.ofSeconds(5)).until(() -> screen.views().size() == 3);
        assertThat(screen.views()).extracting(FamilyPlanView::version).containsExactly(0L, 1L, 2L);
        assertThat(screen.views().get(2).coordinator().userId()).isEqualTo("regisseur");
        assertThat(screen.views()).allSatisfy(view -> assertThat(view.caseId()).isEqualTo(caseId));
    }

    @Test
    void aChangeStoredByAnotherReplicaArrivesByReadingTheViewAgain() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        updates(Duration.ofMinutes(10)).open(caseId, screen);

        replicas.projectionOfAnotherReplica.handle(events.add(new CodeAssigned(caseId, SafetyCode.RED, null,
                ProcessDirection.VEILIG_THUIS)));

        await().atMost(Duration.ofSeconds(5)).until(() -> screen.views().size() == 2);
        assertThat(screen.views().get(1).safetyCode().code()).isEqualTo(SafetyCode.RED);
        // and no view twice, though the re-read keeps finding it
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> screen.views().size() == 2);
    }

    @Test
    void keepAliveCommentsBetweenChanges() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        updates(Duration.ofMillis(100)).open(caseId, screen);

        await().atMost(Duration.ofSeconds(5)).until(() -> screen.comments() >= 2);
        assertThat(screen.views()).hasSize(1);
    }

    @Test
    void aClientThatWentAwayLetsGoOfItsSubscriptionAtTheNextWrite() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        updates(Duration.ofMinutes(10)).open(caseId, screen);
        await().atMost(Duration.ofSeconds(5)).until(() -> screen.views().size() == 1);
        assertThat(replicas.emitter.activeSubscriptions()).hasSize(1);

        screen.goAway();
        record(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));

        await().atMost(Duration.ofSeconds(5)).until(() -> replicas.emitter.activeSubscriptions().isEmpty());
    }

    @Test
    void aStopEndsEveryOpenStreamAndLetsGoOfItsSubscription() throws Exception {
        record(report(caseId, List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        FamilyPlanUpdates updates = updates(Duration.ofMinutes(10));
        updates.open(caseId, screen);
        await().atMost(Duration.ofSeconds(5)).until(() -> screen.views().size() == 1);

        updates.endEveryStream();

        assertThat(screen.completed()).as("the request ends: the web server need not wait for it").isTrue();
        assertThat(replicas.emitter.activeSubscriptions()).isEmpty();
        Screen openedWhileStopping = new Screen();
        updates.open(caseId, openedWhileStopping);
        assertThat(openedWhileStopping.completed()).isTrue();
        assertThat(replicas.emitter.activeSubscriptions()).isEmpty();
    }

    @Test
    void aCaseNotInTheViewIsNotFoundAndLeavesNoSubscription() {
        assertThatThrownBy(() -> updates(Duration.ofMinutes(10)).open(caseId, screen)).isInstanceOf(NotFound.class);
        assertThat(replicas.emitter.activeSubscriptions()).isEmpty();
    }

    private FamilyPlanUpdates updates(Duration keepAlive) {
        return new FamilyPlanUpdates(replicas.reader, Duration.ofMinutes(30), keepAlive, Duration.ofMillis(100));
    }

    private void record(Object payload) throws Exception {
        replicas.projection.handle(events.add(payload));
    }

    /**
     * An emitter that keeps what it is sent instead of writing it, can act as a client that went away, and ends the
     * stream when completed, as the servlet container would.
     */
    private static final class Screen extends SseEmitter {
        private final List<Object> sent = new CopyOnWriteArrayList<>();
        private final List<Runnable> onCompletion = new CopyOnWriteArrayList<>();
        private volatile boolean gone;
        private volatile boolean completed;

        @Override
        public synchronized void onCompletion(Runnable callback) {
            onCompletion.add(callback);
            super.onCompletion(callback);
        }

        @Override
        public synchronized void complete() {
            gone = true;
            completed = true;
            super.complete();
            onCompletion.forEach(Runnable::run);
        }

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (gone) {
                throw new IOException("Broken pipe");
            }
            event.build().stream().map(ResponseBodyEmitter.DataWithMediaType::getData).forEach(sent::add);
        }

        void goAway() {
            gone = true;
        }

        /** @return whether the stream was completed from the server's side */
        boolean completed() {
            return completed;
        }

        List<FamilyPlanView> views() {
            return sent.stream().filter(FamilyPlanView.class::isInstance).map(FamilyPlanView.class::cast).toList();
        }

        long comments() {
            return sent.stream().map(Objects::toString).filter(data -> data.startsWith(":keep-alive")).count();
        }
    }
}
