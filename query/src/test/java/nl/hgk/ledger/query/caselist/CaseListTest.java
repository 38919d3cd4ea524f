package nl.hgk.ledger.query.caselist;

import static nl.hgk.ledger.query.CasePayloads.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import nl.hgk.ledger.access.ReachableCases;
import nl.hgk.ledger.events.closure.CaseClosed;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.deadlines.DeadlineMissed;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitCleared;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.deadlines.TimeLimitSet;
import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonErased;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.InvestigationStarted;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.ProjectionDatabase;
import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case list on a real PostgreSQL with the Flyway schema: the blind index (what it holds, which ways of writing a
 * value meet, that other people do not, that an erasure empties it), the reader's reach, the filters, the order and
 * the pages, and the names read from the event store.
 */
class CaseListTest {

    private static final Instant NOW = Instant.parse("2025-04-17T08:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1990, 2, 3);
    private static final Address DELFT = new Address("Oude Delft", "12-a", "2611 AB", "Delft");
    private static final ReachableCases VT24 = ReachableCases.of("VT24", "veilig-thuis-zhz");

    private final JdbcTemplate jdbc = ProjectionDatabase.jdbc();
    private final BlindIndex index = new BlindIndex("a test secret of the blind index");
    private final CaseListProjection projection = new CaseListProjection(jdbc, index);
    private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
    private final EmbeddedEventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final CaseListQueries queries =
            new CaseListQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), new CaseLabels(eventStore));

    @BeforeEach
    void emptyTheList() {
        handler.prepareReset(null);
    }

    private static InvolvedPerson person(String name, String bsn, LocalDate born, Address address) {
        return new InvolvedPerson(UUID.randomUUID(), PersonRole.VICTIM,
                new PersonalData(name, bsn, born, address, null));
    }

    private CaseEvents openCase(InvolvedPerson... persons) {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), NOW.minusSeconds(86_400));
        events.add(report(events.caseId(), List.of(persons)));
        return events;
    }

    /** hands the events not yet delivered to the projection and stores them, as the event store would */
    private void deliver(CaseEvents events) {
        for (DomainEventMessage<?> event : events.all()) {
            if (eventStore.lastSequenceNumberFor(events.caseId().toString())
                    .filter(last -> last >= event.getSequenceNumber()).isPresent()) {
                continue;
            }
            eventStore.publish(event);
            try {
                handler.handle(event);
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        }
    }

    private CaseList list(FindCases query) {
        return queries.handle(query);
    }

    private CaseList all() {
        return list(new FindCases(null, null, false, null, null, List.of(), VT24, 0, 100));
    }

    private List<UUID> found(BlindIndex.Digest... searched) {
        return list(new FindCases(null, null, false, null, null, List.of(searched), VT24, 0, 100)).items().stream()
                .map(CaseList.Item::caseId).toList();
    }

    private BlindIndex.Digest bsn(String bsn) {
        return index.digest(SearchKey.BSN, SearchKey.bsn(bsn).orElseThrow());
    }

    private BlindIndex.Digest postcode(String postcode, String houseNumber) {
        return index.digest(SearchKey.POSTCODE_HOUSE_NUMBER,
                SearchKey.postcodeAndHouseNumber(postcode, houseNumber).orElseThrow());
    }

    private BlindIndex.Digest street(String street, String houseNumber, String city) {
        return index.digest(SearchKey.STREET_HOUSE_NUMBER_CITY,
                SearchKey.streetHouseNumberAndCity(street, houseNumber, city).orElseThrow());
    }

    private BlindIndex.Digest name(String name, LocalDate born) {
        return index.digest(SearchKey.NAME_BIRTH_DATE, SearchKey.nameAndBirthDate(name, born).orElseThrow());
    }

    @Test
    void theObviousWaysOfWritingAValueFindThePerson() {
        CaseEvents events = openCase(person("José van ’t Hof", "111222333", BORN, DELFT));
        deliver(events);
        List<UUID> theCase = List.of(events.caseId());

        for (String bsn : List.of("111222333", "111 222 333", "111.222.333", " 111-22-2333 ")) {
            assertThat(found(bsn(bsn))).as(bsn).isEqualTo(theCase);
        }
        for (String[] address : new String[][] {{"2611 AB", "12-a"}, {"2611ab", "12A"}, {"2611  Ab", "12 a"}}) {
            assertThat(found(postcode(address[0], address[1]))).as(String.join(" ", address)).isEqualTo(theCase);
        }
        assertThat(found(street("oude  delft", "12 A", "DELFT"))).isEqualTo(theCase);
        for (String name : List.of("José van ’t Hof", "jose van t hof", "  JOSE  VAN 'T  HOF ", "José van 't Hof")) {
            assertThat(found(name(name, BORN))).as(name).isEqualTo(theCase);
        }
        assertThat(found(bsn("111 222 333"), name("jose van t hof", BORN))).as("both keys of one person")
                .isEqualTo(theCase);
    }

    @Test
    void otherPeopleAreNotFound() {
        deliver(openCase(person("José van ’t Hof", "111222333", BORN, DELFT)));

        assertThat(found(bsn("111222334"))).isEmpty();
        assertThat(found(postcode("2611 AB", "12B"))).as("another addition is another home").isEmpty();
        assertThat(found(postcode("2611 AB", "12"))).isEmpty();
        assertThat(found(postcode("2611 AC", "12-a"))).isEmpty();
        assertThat(found(street("Nieuwe Delft", "12-a", "Delft"))).isEmpty();
        assertThat(found(name("José van ’t Hof", BORN.plusDays(1)))).as("the same name, born a day later").isEmpty();
        assertThat(found(name("José van Hof", BORN))).isEmpty();
        assertThat(found(bsn("111222333"), name("Anna Jansen", BORN))).as("every key must match").isEmpty();
        assertThat(index.digest(SearchKey.BSN, "111222333"))
                .as("one value is another key as another kind").isNotEqualTo(
                        index.digest(SearchKey.NAME_BIRTH_DATE, "111222333"));
    }

    @Test
    void theIndexHoldsKeyedHashesOnlyAndAnErasureRemovesThem() {
        InvolvedPerson erased = person("Anna Jansen", "111222333", BORN, DELFT);
        InvolvedPerson kept = person("Bert Jansen", "123456782", LocalDate.of(1988, 5, 6), DELFT);
        CaseEvents events = openCase(erased, kept);
        deliver(events);

        List<String> stored = jdbc.queryForList("select kind || ' ' || digest from case_list_search"
                + " where case_id = ?", String.class, events.caseId());
        assertThat(stored).hasSize(8);
        assertThat(String.join(" ", stored)).doesNotContain("111222333", "123456782", "2611", "Jansen", "jansen",
                "1990", "Delft", "delft");
        assertThat(new BlindIndex("another secret of the blind index").digest(SearchKey.BSN, "111222333"))
                .as("another secret, another hash").isNotEqualTo(bsn("111222333"));

        events.by("fg", "veilig-thuis-zhz", "PRIVACY_OFFICER");
        events.add(new PersonErased(events.caseId(), erased.personId()), "verzoek van betrokkene");
        deliver(events);

        assertThat(found(bsn("111222333"))).isEmpty();
        assertThat(found(name("Anna Jansen", BORN))).isEmpty();
        assertThat(found(bsn("123456782"))).as("the other person of the case").containsExactly(events.caseId());
        assertThat(found(postcode("2611AB", "12A"))).as("the other person lives there too")
                .containsExactly(events.caseId());
        assertThat(jdbc.queryForObject("select count(*) from case_list_search where person_id = ?", Integer.class,
                erased.personId())).isZero();
        assertThat(all().items()).singleElement().satisfies(item -> {
            assertThat(item.label()).isEqualTo(PersonalData.ERASED_LABEL + ", Bert Jansen");
            assertThat(item.persons()).isEqualTo(2);
        });
    }

    @Test
    void aReaderSeesAndCountsOnlyTheCasesTheirReachHolds() {
        CaseEvents events = openCase(person("Anna Jansen", "111222333", BORN, DELFT));
        deliver(events);

        FindCases fromHollandsMidden = new FindCases(null, null, false, null, null, List.of(bsn("111222333")),
                ReachableCases.of("VT10", "veilig-thuis-hm"), 0, 25);
        assertThat(list(fromHollandsMidden).totalItems()).isZero();
        assertThat(list(fromHollandsMidden).items()).isEmpty();
        assertThat(list(new FindCases(null, null, false, null, null, List.of(), ReachableCases.NONE, 0, 25))
                .totalItems()).isZero();
        assertThat(list(new FindCases(null, null, false, null, null, List.of(),
                ReachableCases.of(null, "veilig-thuis-zhz"), 0, 25)).items())
                .as("involved, without a region").extracting(CaseList.Item::caseId).containsExactly(events.caseId());
        assertThat(list(new FindCases(null, null, false, null, null, List.of(), ReachableCases.of("VT24", null), 0,
                25)).items()).as("own region").extracting(CaseList.Item::caseId).containsExactly(events.caseId());
    }

    @Test
    void theMostUrgentComeFirstAndPagesCountTheRest() {
        CaseEvents green = openCase(person("Groen", null, BORN, DELFT));
        green.add(new CodeAssigned(green.caseId(), SafetyCode.GREEN, null, SafetyCode.GREEN.processDirection()));
        CaseEvents red = openCase(person("Rood", null, BORN, DELFT));
        red.add(new CodeAssigned(red.caseId(), SafetyCode.RED, null, SafetyCode.RED.processDirection()));
        CaseEvents none = openCase(person("Geen", null, BORN, DELFT));
        CaseEvents overdueGreen = openCase(person("Te laat", null, BORN, DELFT));
        overdueGreen.add(new CodeAssigned(overdueGreen.caseId(), SafetyCode.GREEN, null, SafetyCode.GREEN.processDirection()));
        overdueGreen.add(new TimeLimitSet(overdueGreen.caseId(), TimeLimit.TRIAGE, null, NOW.minusSeconds(60)));
        CaseEvents orangeSoon = openCase(person("Oranje eerst", null, BORN, DELFT));
        orangeSoon.add(new CodeAssigned(orangeSoon.caseId(), SafetyCode.ORANGE, null, SafetyCode.ORANGE.processDirection()));
        orangeSoon.add(new TimeLimitSet(orangeSoon.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(3_600)));
        CaseEvents orangeLater = openCase(person("Oranje later", null, BORN, DELFT));
        orangeLater.add(new CodeAssigned(orangeLater.caseId(), SafetyCode.ORANGE, null, SafetyCode.ORANGE.processDirection()));
        orangeLater.add(new TimeLimitSet(orangeLater.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(7_200)));
        CaseEvents orangeRecent = openCase(person("Oranje recent", null, BORN, DELFT));
        orangeRecent.at(NOW.minusSeconds(10)).add(new CodeAssigned(orangeRecent.caseId(), SafetyCode.ORANGE, null, SafetyCode.ORANGE.processDirection()));
        CaseEvents orangeOld = openCase(person("Oranje oud", null, BORN, DELFT));
        orangeOld.at(NOW.minusSeconds(20)).add(new CodeAssigned(orangeOld.caseId(), SafetyCode.ORANGE, null, SafetyCode.ORANGE.processDirection()));
        CaseEvents missedRed = openCase(person("Gemist", null, BORN, DELFT));
        missedRed.add(new CodeAssigned(missedRed.caseId(), SafetyCode.RED, null, SafetyCode.RED.processDirection()));
        // recorded as missed while its due moment is still ahead on this clock: overdue all the same (Overdue)
        missedRed.add(new TimeLimitSet(missedRed.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(60)));
        missedRed.add(new DeadlineMissed(missedRed.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(60)));
        for (CaseEvents events : List.of(green, red, none, overdueGreen, orangeSoon, orangeLater, orangeRecent,
                orangeOld, missedRed)) {
            deliver(events);
        }

        List<UUID> expected = List.of(missedRed.caseId(), overdueGreen.caseId(), red.caseId(), orangeSoon.caseId(),
                orangeLater.caseId(), orangeRecent.caseId(), orangeOld.caseId(), green.caseId(), none.caseId());
        assertThat(all().items()).extracting(CaseList.Item::caseId).containsExactlyElementsOf(expected);

        CaseList second = list(new FindCases(null, null, false, null, null, List.of(), VT24, 1, 4));
        assertThat(second.totalItems()).isEqualTo(9);
        assertThat(second.items()).extracting(CaseList.Item::caseId).containsExactlyElementsOf(expected.subList(4, 8));
        assertThat(list(new FindCases(null, null, false, null, null, List.of(), VT24, 3, 4)).items()).isEmpty();

        CaseList.Item first = all().items().get(0);
        assertThat(first.overdue()).isTrue();
        assertThat(first.nextLimit()).isEqualTo(new CaseList.NextLimit(TimeLimit.TRIAGE, null, NOW.plusSeconds(60),
                true));
        assertThat(all().items().get(3).nextLimit().overdue()).isFalse();
        assertThat(all().items().get(3).overdue()).isFalse();
    }

    @Test
    void anItemSaysTheCodeIsToBeDeterminedAfterAConclusionWithoutOneUntilItFollows() {
        CaseEvents investigated = openCase(person("Anna Jansen", null, BORN, DELFT));
        investigated.add(new CodeAssigned(investigated.caseId(), SafetyCode.ORANGE, null,
                SafetyCode.ORANGE.processDirection()));
        investigated.add(new InvestigationStarted(investigated.caseId()));
        deliver(investigated);
        assertThat(all().items().get(0).codeToBeDetermined()).isFalse();

        investigated.add(new InvestigationConcluded(investigated.caseId(), InvestigationConclusion.UNDETERMINED));
        deliver(investigated);
        CaseList.Item waiting = all().items().get(0);
        assertThat(waiting.codeToBeDetermined()).isTrue();
        assertThat(waiting.code()).isEqualTo(SafetyCode.ORANGE);

        investigated.add(new CodeAssigned(investigated.caseId(), SafetyCode.RED, SafetyCode.ORANGE,
                SafetyCode.RED.processDirection()));
        deliver(investigated);
        CaseList.Item determined = all().items().get(0);
        assertThat(determined.codeToBeDetermined()).isFalse();
        assertThat(determined.code()).isEqualTo(SafetyCode.RED);
    }

    @Test
    void filtersNarrowTheListAndAnItemTellsTheCase() {
        InvolvedPerson mother = person("Anna Jansen", null, BORN, DELFT);
        InvolvedPerson child = new InvolvedPerson(UUID.randomUUID(), PersonRole.CHILD,
                new PersonalData("Cor Jansen", null, LocalDate.of(2015, 1, 1), DELFT, null));
        CaseEvents coordinated = openCase(mother, child);
        coordinated.add(new CodeAssigned(coordinated.caseId(), SafetyCode.ORANGE, null, SafetyCode.ORANGE.processDirection()));
        coordinated.by("regisseur", "sociaal-team-dordrecht", "COORDINATOR");
        coordinated.add(new CoordinatorAppointed(coordinated.caseId(),
                new Coordinator("regisseur", "sociaal-team-dordrecht")));
        coordinated.add(new TimeLimitSet(coordinated.caseId(), TimeLimit.TASK, "task-1", NOW.plusSeconds(86_400)));
        coordinated.add(new TimeLimitSet(coordinated.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(3_600)));
        coordinated.add(new TimeLimitCleared(coordinated.caseId(), TimeLimit.TRIAGE, null, NOW.plusSeconds(3_600),
                TimeLimitOutcome.MET));
        // the same mother named again by a second report: one person
        coordinated.add(report(coordinated.caseId(), List.of(new InvolvedPerson(UUID.randomUUID(), PersonRole.VICTIM,
                new PersonalData("anna  jansen", null, BORN, DELFT, null)))));
        CaseEvents closed = openCase(person("Dirk de Wit", null, BORN, DELFT));
        closed.add(new CaseClosed(closed.caseId(), ClosureReason.CARE_COMPLETED));
        deliver(coordinated);
        deliver(closed);

        assertThat(ids(new FindCases(CaseState.Status.CLOSED, null, false, null, null, List.of(), VT24, 0, 25)))
                .containsExactly(closed.caseId());
        assertThat(ids(new FindCases(CaseState.Status.OPEN, null, false, null, null, List.of(), VT24, 0, 25)))
                .containsExactly(coordinated.caseId());
        assertThat(ids(new FindCases(null, SafetyCode.ORANGE, false, null, null, List.of(), VT24, 0, 25)))
                .containsExactly(coordinated.caseId());
        assertThat(ids(new FindCases(null, SafetyCode.RED, false, null, null, List.of(), VT24, 0, 25))).isEmpty();
        assertThat(ids(new FindCases(null, null, true, null, null, List.of(), VT24, 0, 25)))
                .containsExactly(closed.caseId());
        assertThat(ids(new FindCases(null, null, false, "sociaal-team-dordrecht", null, List.of(), VT24, 0, 25)))
                .containsExactly(coordinated.caseId());
        assertThat(ids(new FindCases(null, null, false, null, "sociaal-team-dordrecht", List.of(), VT24, 0, 25)))
                .containsExactly(coordinated.caseId());
        assertThat(ids(new FindCases(null, null, false, null, "veilig-thuis-zhz", List.of(), VT24, 0, 25)))
                .containsExactlyInAnyOrder(coordinated.caseId(), closed.caseId());

        CaseList.Item item = list(new FindCases(CaseState.Status.OPEN, null, false, null, null, List.of(), VT24, 0,
                25)).items().get(0);
        assertThat(item.version()).isEqualTo(6);
        assertThat(item.code()).isEqualTo(SafetyCode.ORANGE);
        assertThat(item.municipality()).isEqualTo("GM0505");
        assertThat(item.municipalityName()).isEqualTo("Dordrecht");
        assertThat(item.region()).isEqualTo("VT24");
        assertThat(item.openedAt()).isEqualTo(NOW.minusSeconds(86_400));
        assertThat(item.coordinator()).isEqualTo("sociaal-team-dordrecht");
        assertThat(item.organisations()).containsExactly("sociaal-team-dordrecht", "veilig-thuis-zhz");
        assertThat(item.persons()).isEqualTo(2);
        assertThat(item.label()).isEqualTo("Anna Jansen, Cor Jansen");
        assertThat(item.nextLimit()).isEqualTo(new CaseList.NextLimit(TimeLimit.TASK, "task-1",
                NOW.plusSeconds(86_400), false));
    }

    private List<UUID> ids(FindCases query) {
        return list(query).items().stream().map(CaseList.Item::caseId).toList();
    }
}
