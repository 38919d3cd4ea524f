package nl.hgk.ledger.query.familyplan;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.hgk.ledger.calendar.LedgerClock;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageDecided;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.ApplicationJson;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family plan projection handed events in batches, as its processor does: the batch's view is the view of the same
 * events handed one by one, each changed case is written once before the batch commits, and its subscribers get
 * every change of it, in order, after the commit.
 */
class FamilyPlanBatchTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final FamilyPlanTable table = new FamilyPlanTable(jdbc, ApplicationJson.objectMapper());
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(
            new FamilyPlanProjection(table, emitter, eventStore, LedgerClock.system()));

    @AfterEach
    void stopTheEventStore() {
        eventStore.shutDown();
    }

    @Test
    void aBatchGivesTheViewOfItsEventsOneByOneAndSendsAWatchedCaseEveryChangeAfterItsCommit() throws Exception {
        CaseEvents first = new CaseEvents(UUID.randomUUID(), START);
        CaseEvents second = new CaseEvents(UUID.randomUUID(), START);
        CaseEvents alone = new CaseEvents(UUID.randomUUID(), START);
        List<EventMessage<?>> batch = new ArrayList<>();
        for (CaseEvents events : List.of(first, second, alone)) {
            events.add(report(events.caseId(),
                    List.of(person(PersonRole.VICTIM, "Anna Jansen", LocalDate.of(1990, 2, 3)))));
        }
        // the two cases' events interleaved, as the event stream gives them
        batch.add(first.all().get(0));
        batch.add(second.all().get(0));
        batch.add(first.add(new CodeAssigned(first.caseId(), SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS)));
        batch.add(second.add(new CodeAssigned(second.caseId(), SafetyCode.GREEN, null, ProcessDirection.LOCAL_FIELD)));
        batch.add(first.add(new TriageDecided(first.caseId(), TriageOutcome.VEILIG_THUIS_INVESTIGATION)));
        batch.add(second.add(new CaseClosed(second.caseId(), ClosureReason.CARE_COMPLETED)));
        // a redelivered event within the batch changes nothing
        batch.add(first.all().get(1));
        List<FamilyPlanView> sent = new CopyOnWriteArrayList<>();
        subscribe(first.caseId(), sent);
        subscribe(second.caseId(), sent);

        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        List<Long> rowsAtCommit = new ArrayList<>();
        unitOfWork.onCommit(committing -> {
            assertThat(sent).as("nothing is sent before the commit").isEmpty();
            rowsAtCommit.add(version(first.caseId()));
            rowsAtCommit.add(version(second.caseId()));
        });
        unitOfWork.executeWithResult(() -> projection.handle(unitOfWork.getMessage()));

        assertThat(rowsAtCommit).as("written before the commit").containsExactly(2L, 2L);
        assertThat(sent).as("a watched case's every change, in order, as if its events had come one by one")
                .extracting(FamilyPlanView::caseId, FamilyPlanView::version)
                .containsExactly(tuple(first.caseId(), 0L), tuple(first.caseId(), 1L), tuple(first.caseId(), 2L),
                        tuple(second.caseId(), 0L), tuple(second.caseId(), 1L), tuple(second.caseId(), 2L));
        assertThat(sent.get(1).safetyCode().code()).as("each its own state, not the batch's last")
                .isEqualTo(SafetyCode.RED);
        assertThat(sent.get(1).triage()).isNull();

        // the same events one by one, for a third case: the same document
        for (Object payload : List.of(
                new CodeAssigned(alone.caseId(), SafetyCode.RED, null, ProcessDirection.VEILIG_THUIS),
                new TriageDecided(alone.caseId(), TriageOutcome.VEILIG_THUIS_INVESTIGATION))) {
            alone.add(payload);
        }
        for (DomainEventMessage<?> event : alone.all()) {
            projection.handle(event);
        }
        assertThat(withoutIds(document(first.caseId()))).isEqualTo(withoutIds(document(alone.caseId())));
    }

    /** the document with every id (the case's, its report's, its people's) left out: the rest must be equal */
    private static String withoutIds(String document) {
        return document.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "id");
    }

    private long version(UUID caseId) {
        return jdbc.queryForObject("select version from family_plan_view where case_id = ?", Long.class, caseId);
    }

    private String document(UUID caseId) {
        Map<String, Object> row = jdbc.queryForMap("select document::text as document from family_plan_view"
                + " where case_id = ?", caseId);
        return String.valueOf(row.get("document"));
    }

    private void subscribe(UUID caseId, List<FamilyPlanView> received) {
        emitter.<FamilyPlanView>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindFamilyPlan(caseId), ResponseTypes.instanceOf(FamilyPlanView.class),
                        ResponseTypes.instanceOf(FamilyPlanView.class)), 16)
                .getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).subscribe(received::add);
    }
}
