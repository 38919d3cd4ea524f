package nl.hgk.ledger.query.caselist;

import static nl.hgk.ledger.query.CasePayloads.person;
import static nl.hgk.ledger.query.CasePayloads.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hgk.ledger.access.ReachableCases;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.HelpStarted;
import nl.hgk.ledger.events.delivery.HelpStoppedEarly;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoShowsReported;
import nl.hgk.ledger.events.escalation.EscalationRaised;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.ProjectionDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case list counts a case's open stagnation signals: raised by an early stop or no-shows, until acted on. */
class CaseListSignalsTest {

    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    private static final Coordinator COORDINATOR = new Coordinator("regisseur", "sociaal-team-dordrecht");
    private static final LocalDate DAY = LocalDate.of(2025, 4, 16);

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(
            new CaseListProjection(jdbc, new BlindIndex("a test secret of the blind index")));
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaseListQueries queries =
            new CaseListQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), new CaseLabels(eventStore));
    private final UUID taskId = UUID.randomUUID();

    @BeforeEach
    void emptyTheList() {
        handler.prepareReset(null);
    }


    private int signals(UUID caseId) {
        return queries.handle(new FindCases(null, null, false, null, null, List.of(),
                        ReachableCases.of("VT24", "sociaal-team-dordrecht"), 0, 100)).items().stream()
                .filter(item -> item.caseId().equals(caseId)).findFirst().orElseThrow().stagnationSignals();
    }

    @Test
    void theOpenSignalsOfACaseAreCountedUntilTheCoordinatorEscalates() {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), NOW.minusSeconds(86_400));
        events.add(report(events.caseId(), List.of(person(PersonRole.VICTIM, "Anna Jansen",
                LocalDate.of(1990, 2, 3)))));
        events.add(new CoordinatorAppointed(events.caseId(), COORDINATOR));
        events.add(new HelpStarted(events.caseId(), taskId, DAY, "hulpverlener", COORDINATOR));
        events.deliverTo(handler);
        assertThat(signals(events.caseId())).as("a start is no signal").isZero();

        events.add(new NoShowsReported(events.caseId(), taskId, 2, Set.of(NoShowCause.ILLNESS), COORDINATOR));
        events.add(new HelpStoppedEarly(events.caseId(), taskId, DAY, EarlyStopCause.CLIENT_UNREACHABLE,
                COORDINATOR));
        events.deliverTo(handler);
        assertThat(signals(events.caseId())).isEqualTo(2);

        events.add(new EscalationRaised(events.caseId(), EscalationStep.ADVICE, null, null));
        events.deliverTo(handler);
        assertThat(signals(events.caseId())).isZero();
        events.deliverTo(handler);
        assertThat(signals(events.caseId())).as("handling the case again changes nothing").isZero();
    }
}
