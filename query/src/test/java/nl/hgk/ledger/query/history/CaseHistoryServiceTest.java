package nl.hgk.ledger.query.history;

import nl.hgk.ledger.events.CaseStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.LongStream;

import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.casestate.CaseState;
import nl.hgk.ledger.query.web.NotFound;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The history read from an event store: every event in order, the cut at asOf, and the state at that moment. */
class CaseHistoryServiceTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    private final HistoryCases story = HistoryCases.everyEventType();
    private final StoredHistory stored = new StoredHistory(story, NOW);
    private final CaseHistoryService histories = stored.histories;
    private final EmbeddedEventStore eventStore = stored.eventStore;

    @AfterEach
    void stop() {
        stored.shutDown();
    }

    @Test
    void everyEventInOrderWithWhenWhoAndWhy() {
        CaseHistory history = histories.handle(new FindCaseHistory(story.caseId, null));

        assertThat(history.caseId()).isEqualTo(story.caseId);
        assertThat(history.asOf()).isNull();
        assertThat(history.generatedAt()).isEqualTo(NOW);
        assertThat(history.entries()).extracting(HistoryEntry::sequenceNumber)
                .containsExactly(LongStream.range(0, HistoryCases.EVENTS).boxed().toArray(Long[]::new));
        assertThat(history.entries()).extracting(HistoryEntry::eventId)
                .containsExactlyElementsOf(story.events.all().stream().map(event -> event.getIdentifier()).toList());

        HistoryEntry code = history.entries().get(3);
        assertThat(code.timestamp()).isEqualTo(HistoryCases.at(3));
        assertThat(code.user()).isEqualTo("casemanager");
        assertThat(code.organisation()).isEqualTo("veilig-thuis-zhz");
        assertThat(code.role()).isEqualTo("CASE_WORKER");
        assertThat(code.reason()).isEqualTo("tweede signaal <script>alert('x')</script>");
        assertThat(code.eventType()).isEqualTo("CodeAssigned");
        assertThat(code.description()).isEqualTo(
                "Veiligheidscode ORANJE toegekend (was GROEN); procesregie bij Veilig Thuis");

        HistoryEntry plan = history.entries().get(11);
        assertThat(plan.user()).isEqualTo("regisseur");
        assertThat(plan.role()).isEqualTo("COORDINATOR");
        assertThat(plan.reason()).isEqualTo("veiligheidsafspraak toegevoegd");
        assertThat(history.entries().get(0).reason()).as("no reason given").isNull();

        CaseState state = history.state();
        assertThat(state.getVersion()).isEqualTo(HistoryCases.EVENTS - 1);
        assertThat(state.getStatus()).isEqualTo(CaseState.Status.CLOSED);
        assertThat(state.getClosureReason()).isEqualTo(ClosureReason.CARE_COMPLETED);
    }

    @Test
    void asOfAMomentShowsTheEventsUpToItAndTheCaseAsItStoodThen() {
        // between the fourth event (ORANGE, at minute 3) and the fifth (triage, at minute 4)
        Instant moment = HistoryCases.at(3).plusSeconds(30);

        CaseHistory history = histories.handle(new FindCaseHistory(story.caseId, moment));

        assertThat(history.asOf()).isEqualTo(moment);
        assertThat(history.entries()).extracting(HistoryEntry::eventType)
                .containsExactly("ReportReceived", "CodeAssigned", "ReportReceived", "CodeAssigned");
        CaseState then = history.state();
        assertThat(then.getVersion()).isEqualTo(3);
        assertThat(then.getStatus()).isEqualTo(CaseState.Status.OPEN);
        assertThat(then.getCode().code()).isEqualTo(SafetyCode.ORANGE);
        assertThat(then.getTriage()).isNull();
        assertThat(then.getCoordination()).isNull();
        assertThat(then.getReports()).hasSize(2);
    }

    @Test
    void anEventRecordedExactlyAtTheMomentCounts() {
        CaseHistory history = histories.handle(new FindCaseHistory(story.caseId, HistoryCases.at(14)));

        assertThat(history.entries()).hasSize(15);
        assertThat(history.state().getEscalation().step()).isEqualTo(EscalationStep.PROCESS_DIRECTOR);
        assertThat(history.state().getHuisverbod()).isNotNull();
    }

    @Test
    void theMomentOfTheFirstEventShowsTheReportOnly() {
        CaseHistory history = histories.handle(new FindCaseHistory(story.caseId, HistoryCases.START));

        assertThat(history.entries()).hasSize(1);
        assertThat(history.state().getCode()).isNull();
        assertThat(history.state().getMembers()).hasSize(4);
    }

    @Test
    void aMomentInTheFutureIsNow() {
        CaseHistory history = histories.handle(new FindCaseHistory(story.caseId, Instant.parse("2999-01-01T00:00:00Z")));

        assertThat(history.entries()).hasSize(HistoryCases.EVENTS);
        assertThat(history.state().getStatus()).isEqualTo(CaseState.Status.CLOSED);
    }

    @Test
    void beforeTheFirstEventTheCaseDidNotExistYet() {
        Instant before = HistoryCases.START.minusMillis(1);

        assertThatThrownBy(() -> histories.handle(new FindCaseHistory(story.caseId, before)))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("did not exist yet at " + before)
                .hasMessageContaining("first event was recorded at " + HistoryCases.START);
    }

    @Test
    void aCaseTheStoreDoesNotKnow() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> histories.handle(new FindCaseHistory(unknown, null)))
                .isInstanceOf(NotFound.class)
                .hasMessage("no case " + unknown);
    }

    @Test
    void aSnapshotNeverShortensTheHistory() {
        eventStore.storeSnapshot(new GenericDomainEventMessage<>(CaseStream.AGGREGATE_TYPE, story.caseId.toString(), 10, "snapshot"));
        assertThat(eventStore.readEvents(story.caseId.toString()).next().getSequenceNumber())
                .as("the store would start at the snapshot").isEqualTo(10);

        CaseHistory history = histories.handle(new FindCaseHistory(story.caseId, null));

        assertThat(history.entries()).hasSize(HistoryCases.EVENTS);
        assertThat(history.entries().get(0).sequenceNumber()).isZero();
        assertThat(history.entries()).extracting(HistoryEntry::eventType).doesNotContain("String");
    }

    @Test
    void theCutIsAPrefixOfTheCaseEvenIfAClockStampedALaterEventEarlier() {
        CaseEvents skewed = HistoryCases.repeatReport(UUID.randomUUID());
        skewed.at(HistoryCases.at(2)).add(new InvestigationStarted(skewed.caseId()));
        skewed.at(HistoryCases.at(1)).add(new InvestigationStarted(skewed.caseId()));
        eventStore.publish(skewed.all());

        CaseHistory history = histories.handle(new FindCaseHistory(skewed.caseId(), HistoryCases.at(1).plusSeconds(1)));

        assertThat(history.entries()).extracting(HistoryEntry::sequenceNumber).containsExactly(0L);
    }

    @Test
    void oneCaseOnly() {
        CaseEvents other = HistoryCases.repeatReport(story.caseId);
        eventStore.publish(other.all());

        assertThat(histories.handle(new FindCaseHistory(other.caseId(), null)).entries()).hasSize(1);
        assertThat(histories.handle(new FindCaseHistory(story.caseId, null)).entries()).hasSize(HistoryCases.EVENTS);
    }
}
