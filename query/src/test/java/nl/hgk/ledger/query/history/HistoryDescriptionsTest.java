package nl.hgk.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.coordination.Coordinator;
import nl.hgk.ledger.events.coordination.CoordinatorAppointed;
import nl.hgk.ledger.events.coordination.CoordinatorReplaced;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.huisverbod.HuisverbodEnded;
import nl.hgk.ledger.events.huisverbod.HuisverbodImposed;
import nl.hgk.ledger.events.person.InvolvedPerson;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.events.triage.CodeAssigned;
import nl.hgk.ledger.events.triage.InvestigationConcluded;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.query.CaseEvents;
import nl.hgk.ledger.query.CasePayloads;
import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class HistoryDescriptionsTest {

    /** An enumeration constant left untranslated (PARTNER_VIOLENCE, ORANGE) or a Java null in the text. */
    private static final Pattern UNTRANSLATED =
            Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|\\b(GREEN|ORANGE|RED|null)\\b");

    private final HistoryCases story = HistoryCases.everyEventType();

    @Test
    void everyEventTypeOfThePublishedLanguageHasItsOwnDescription() {
        Set<String> published = publishedEventTypes();
        assertThat(published).as("the scan finds the events").contains("ReportReceived", "CaseClosed");

        Map<String, String> described = new LinkedHashMap<>();
        describe(story.events).forEach((event, text) ->
                described.putIfAbsent(event.getPayloadType().getSimpleName(), text));

        // the test story must pass every event type, so that a new one without a description cannot go unnoticed
        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(published);
        assertThat(described.values()).allSatisfy(text -> assertThat(text)
                .isNotBlank()
                .doesNotStartWith(HistoryDescriptions.UNKNOWN));
    }

    @Test
    void eachEventInPlainDutch() {
        assertThat(descriptions(story.events)).containsExactly(
                "Melding ontvangen van een professional (onderwijs) over partnergeweld en kind getuige van "
                        + "partnergeweld; 4 betrokkenen (slachtoffer, pleger, kind, kind). Casus geopend",
                "Veiligheidscode GROEN toegekend; procesregie bij het lokale veld",
                "Adviesvraag ontvangen (anoniem) over ouderenmishandeling; 1 betrokkene (steunsysteem). "
                        + "Gebundeld in deze lopende casus",
                "Veiligheidscode ORANJE toegekend (was GROEN); procesregie bij Veilig Thuis",
                "Triagebesluit: onderzoek door Veilig Thuis",
                "Onderzoek door Veilig Thuis gestart",
                "Tijdelijk huisverbod opgelegd op 20-11-2026 tot 30-11-2026 aan de pleger",
                "Tijdelijk huisverbod verlengd tot 18-12-2026 (was tot 30-11-2026)",
                "Onderzoek door Veilig Thuis afgerond: onveiligheid vastgesteld",
                "Zorgcoördinator aangesteld: regisseur (sociaal-team-dordrecht)",
                "Gezinsplan versie 1 vastgesteld: 2 doelen, 1 taak, 1 veiligheidsafspraak, evaluatie op 20-12-2026 "
                        + "en 15-01-2027; ingestemd door het slachtoffer, ingestemd door de wettelijk vertegenwoordiger "
                        + "van het kind (2e van 2)",
                "Gezinsplan versie 2 vastgesteld (vervangt versie 1): 2 doelen, 1 taak, 1 veiligheidsafspraak, "
                        + "evaluatie op 20-12-2026 en 15-01-2027; instemming geweigerd door het slachtoffer (niet "
                        + "ondertekend, met de mening van de cliënt), ingestemd door het slachtoffer als wettelijk "
                        + "vertegenwoordiger van het kind (2e van 2) (ondertekend)",
                "Zorgcoördinator vervangen: regisseur2 (wijkteam-zwijndrecht) in plaats van regisseur "
                        + "(sociaal-team-dordrecht)",
                "Opgeschaald naar stap 1 (advies)",
                "Opgeschaald naar stap 4 (procesregisseur) vanaf stap 1 (advies), stappen 2 en 3 overgeslagen "
                        + "wegens urgentie: kinderen direct onveilig",
                "Procesregisseur aangesteld: procesregisseur (meldpunt-zhz)",
                "Opschaling afgerond op stap 4 (procesregisseur); terug naar de reguliere regie",
                "Tijdelijk huisverbod beëindigd op 18-12-2026: termijn verstreken",
                "Melder teruggekoppeld over de melding van 01-03-2025",
                "Termijn verstreken: triage binnen 5 werkdagen na de melding (tot en met 20-12-2026)",
                "Termijn loopt: evaluatie van het gezinsplan op de evaluatiedatum, tot en met 15-01-2027",
                "Gezinsplan versie 2 geëvalueerd (evaluatiedatum 15-01-2027)",
                "Termijn op tijd gehaald: evaluatie van het gezinsplan op de evaluatiedatum "
                        + "(tot en met 15-01-2027)",
                "Casusoverleg (stap 2) gehouden op 21-12-2026",
                "Bestuurlijk besluit (stap 5) mondeling genomen op 22-12-2026 10:00:00; schriftelijke bevestiging "
                        + "binnen 24 uur",
                "Bestuurlijk besluit schriftelijk bevestigd",
                "Casus afgesloten: zorg afgerond",
                "Persoonsgegevens verwijderd van de persoon uit het steunsysteem; de rest van de casus blijft bewaard",
                "Persoonsgegevens verwijderd van de melder van de melding van 01-03-2025; de rest van de casus "
                        + "blijft bewaard",
                "Zorgoverleg bijeengeroepen door de procesregisseur (stap 4): uiterlijk op 23-12-2026",
                "Zorgoverleg (stap 4) gehouden op 22-12-2026",
                "Onvoldoende zorgcoördinatie gemeld bij het Meldpunt Zorg en Overlast, na een verzoek aan de regisseur "
                        + "op 20-12-2026; naar stap 4 (procesregisseur): het Meldpunt wijst binnen 2 werkdagen een "
                        + "procesregisseur aan",
                "Doorzettingsmacht: de procesregisseur draagt jeugdhulp-dordrecht op zorg te leveren, gevolgd tot en "
                        + "met 31-01-2027",
                "Opgedragen zorg aan jeugdhulp-dordrecht afgesloten: geleverd zoals opgedragen",
                "De procesregisseur heeft rechtstreeks overlegd met de managers van de partijen: terug naar stap 3 "
                        + "(management); de tijdelijke overname door de procesregisseur eindigt",
                "Opgeschaald naar stap 5 (bestuurlijk): de procesregisseur legt knelpunt en advies voor aan de manager "
                        + "van het Meldpunt Zorg en Overlast, die de gemeente van de cliënt raadpleegt",
                "Zorgcoördinatie terug bij m.smit (jeugdhulp-dordrecht), in plaats van regisseur2 "
                        + "(wijkteam-zwijndrecht); opschaling afgerond op stap 5 (bestuurlijk); de tijdelijke overname "
                        + "door de procesregisseur eindigt",
                "Zorgmijding vastgelegd van de pleger en gemeld bij het Meldpunt Zorg en Overlast; een actieplan volgt",
                "Actieplan van het Meldpunt bij zorgmijding opgesteld: een nieuwe zorgcoördinator",
                "Start van de hulp doorgegeven: gestart op 01-12-2026, hulp door j.smit; over taak 1 van gezinsplan "
                        + "versie 2 (uitvoerder veilig-thuis-zhz), aan de zorgcoördinator regisseur2 "
                        + "(wijkteam-zwijndrecht)",
                "Herhaald niet verschijnen van de cliënt doorgegeven: 3 afspraken gemist, mogelijke oorzaken: zorgmijding "
                        + "en druk vanuit het huishouden; over taak 1 van gezinsplan versie 2 (uitvoerder "
                        + "veilig-thuis-zhz), aan de zorgcoördinator regisseur2 (wijkteam-zwijndrecht). "
                        + "Stagnatiesignaal voor de zorgcoördinator",
                "Doorgeleiding binnen de organisatie doorgegeven: de hulp gaat over van j.smit naar k.mulder; over taak 1 "
                        + "van gezinsplan versie 2 (uitvoerder veilig-thuis-zhz), aan de zorgcoördinator regisseur2 "
                        + "(wijkteam-zwijndrecht)",
                "Voorstel doorgegeven om een andere partij te betrekken: schuldhulp-dordrecht voor schuldhulpverlening; "
                        + "over taak 1 van gezinsplan versie 2 (uitvoerder veilig-thuis-zhz), aan de zorgcoördinator "
                        + "regisseur2 (wijkteam-zwijndrecht)",
                "Voortijdig afbreken van de hulp doorgegeven: afgebroken op 20-12-2026, oorzaak: de hulp past niet bij "
                        + "wat het gezin nodig heeft; over taak 1 van gezinsplan versie 2 (uitvoerder "
                        + "veilig-thuis-zhz), aan de zorgcoördinator regisseur2 (wijkteam-zwijndrecht). "
                        + "Stagnatiesignaal voor de zorgcoördinator",
                "Afsluiting van de hulp doorgegeven: afgerond op 21-12-2026, effect: doelen bereikt; over een taak die niet in "
                        + "het gezinsplan staat, aan de zorgcoördinator regisseur2 (wijkteam-zwijndrecht)");
    }

    @Test
    void aCodeDeterminedOnTheFindingsOfAnInvestigationSaysSo() {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), HistoryCases.START);
        UUID caseId = events.caseId();
        events.add(CasePayloads.report(caseId, List.of()));
        events.add(new CodeAssigned(caseId, SafetyCode.ORANGE, null, ProcessDirection.VEILIG_THUIS));
        events.add(new InvestigationConcluded(caseId, InvestigationConclusion.UNSAFETY_ESTABLISHED));
        events.add(new CodeAssigned(caseId, SafetyCode.RED, SafetyCode.ORANGE, ProcessDirection.VEILIG_THUIS));
        events.add(new InvestigationConcluded(caseId, InvestigationConclusion.NO_UNSAFETY_ESTABLISHED));
        events.add(new CodeAssigned(caseId, SafetyCode.RED, SafetyCode.RED, ProcessDirection.VEILIG_THUIS));
        events.add(new CodeAssigned(caseId, SafetyCode.ORANGE, SafetyCode.RED, ProcessDirection.VEILIG_THUIS));

        assertThat(descriptions(events)).containsSubsequence(
                "Veiligheidscode ROOD vastgesteld op de bevindingen van het onderzoek (was ORANJE); procesregie bij "
                        + "Veilig Thuis",
                "Veiligheidscode ROOD bevestigd op de bevindingen van het onderzoek; procesregie bij Veilig Thuis",
                "Veiligheidscode ORANJE toegekend (was ROOD); procesregie bij Veilig Thuis");
    }

    @Test
    void aFamilyThatCoordinatesIsNamedByTheRoleOfThePersonNotByName() {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), HistoryCases.START);
        UUID caseId = events.caseId();
        InvolvedPerson mother = new InvolvedPerson(UUID.randomUUID(), PersonRole.VICTIM,
                new PersonalData("Anna Jansen", null, null, null, null));
        events.add(CasePayloads.report(caseId, List.of(mother)));
        Coordinator family = new Coordinator("regisseur", "sociaal-team-dordrecht", mother.personId());
        Coordinator professional = new Coordinator("regisseur2", "wijkteam-zwijndrecht");
        events.add(new CoordinatorAppointed(caseId, family));
        events.add(new CoordinatorReplaced(caseId, family, professional));

        List<String> described = descriptions(events);
        assertThat(described).containsSubsequence(
                "Zorgcoördinator aangesteld: het gezin heeft de regie: het slachtoffer, ondersteund door regisseur "
                        + "(sociaal-team-dordrecht)",
                "Zorgcoördinator vervangen: regisseur2 (wijkteam-zwijndrecht) in plaats van het gezin heeft de regie: "
                        + "het slachtoffer, ondersteund door regisseur (sociaal-team-dordrecht)");
        assertThat(described).noneMatch(text -> text.contains("Anna Jansen"));
    }

    @Test
    void aHuisverbodImposedByAHulpofficierIsImposedOnTheMayorsBehalf() {
        CaseEvents events = new CaseEvents(UUID.randomUUID(), HistoryCases.START);
        UUID caseId = events.caseId();
        InvolvedPerson father = new InvolvedPerson(UUID.randomUUID(), PersonRole.PERPETRATOR, null);
        events.add(CasePayloads.report(caseId, List.of(father)));
        events.by("burgemeester", "burgemeester-dordrecht", "CASE_WORKER").with(AuditMetadata.ORGANISATION_TYPE, "MAYOR");
        events.add(new HuisverbodImposed(caseId, father.personId(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 12)));
        events.add(new HuisverbodEnded(caseId, LocalDate.of(2026, 11, 3), HuisverbodEndReason.LIFTED_BY_MAYOR));
        events.by("politie", "politie-zuid-holland-zuid", "CASE_WORKER").with(AuditMetadata.ORGANISATION_TYPE, "POLICE");
        events.add(new HuisverbodImposed(caseId, father.personId(), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 14)));
        events.add(new HuisverbodEnded(caseId, LocalDate.of(2026, 11, 5), HuisverbodEndReason.LIFTED_BY_MAYOR));
        events.with(AuditMetadata.QUALIFICATIONS, "AUXILIARY_PROSECUTOR");
        events.add(new HuisverbodImposed(caseId, father.personId(), LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 16)));

        assertThat(descriptions(events)).containsSubsequence(
                "Tijdelijk huisverbod opgelegd op 02-11-2026 tot 12-11-2026 aan de pleger",
                // a police officer without the qualification is recorded as what the event says, nothing more
                "Tijdelijk huisverbod opgelegd op 04-11-2026 tot 14-11-2026 aan de pleger",
                "Tijdelijk huisverbod opgelegd door de hulpofficier van justitie namens de burgemeester van Dordrecht "
                        + "op 06-11-2026 tot 16-11-2026 aan de pleger");
    }

    @Test
    void aRepeatReportNamesTheEarlierCase() {
        UUID earlier = UUID.randomUUID();
        assertThat(descriptions(HistoryCases.repeatReport(earlier))).containsExactly(
                "Melding ontvangen van de politie (politie) over partnergeweld; 1 betrokkene (slachtoffer). "
                        + "Hermelding: eerdere casus " + earlier + " was afgesloten; nieuwe casus geopend");
    }

    @Test
    void noDescriptionRepeatsPersonalDataOrFreeTextFromTheEvents() {
        List<String> descriptions = new ArrayList<>(descriptions(story.events));
        descriptions.addAll(descriptions(HistoryCases.repeatReport(UUID.randomUUID())));
        for (String text : descriptions) {
            for (String secret : HistoryCases.PRIVATE_TEXT) {
                assertThat(text).as("description must not contain '%s'", secret).doesNotContain(secret);
            }
            assertThat(text).doesNotContain(story.victim.toString(), story.perpetrator.toString(),
                    story.child.toString());
        }
    }

    @Test
    void noDescriptionLeavesAValueUntranslated() {
        assertThat(descriptions(story.events)).allSatisfy(text -> assertThat(UNTRANSLATED.matcher(text).find())
                .as("untranslated value in '%s'", text).isFalse());
    }

    @Test
    void anEventTypeAddedLaterIsShownNotHidden() {
        record SomethingNew(UUID caseId) {
        }
        CaseEvents events = new CaseEvents(UUID.randomUUID(), HistoryCases.START);
        DomainEventMessage<?> event = events.add(new SomethingNew(events.caseId()));
        assertThat(HistoryDescriptions.describe(event, CaseState.empty()))
                .startsWith(HistoryDescriptions.UNKNOWN).contains("SomethingNew");
    }

    @Test
    void aPersonNotNamedInTheCaseIsStillReferredToWithoutData() {
        assertThat(HistoryDescriptions.person(UUID.randomUUID(), CaseState.empty()))
                .isEqualTo("een persoon die niet in de casus is genoemd");
    }

    @Test
    void listsInDutch() {
        assertThat(HistoryDescriptions.and(List.of())).isEmpty();
        assertThat(HistoryDescriptions.and(List.of("a"))).isEqualTo("a");
        assertThat(HistoryDescriptions.and(List.of("a", "b"))).isEqualTo("a en b");
        assertThat(HistoryDescriptions.and(List.of("a", "b", "c"))).isEqualTo("a, b en c");
    }

    /** @return the description of each event, made as the history makes it: with the state before the event */
    static Map<DomainEventMessage<?>, String> describe(CaseEvents events) {
        Map<DomainEventMessage<?>, String> described = new LinkedHashMap<>();
        CaseState state = CaseState.empty();
        for (DomainEventMessage<?> event : events.all()) {
            described.put(event, HistoryDescriptions.describe(event, state));
            state.apply(event);
        }
        return described;
    }

    private static List<String> descriptions(CaseEvents events) {
        return List.copyOf(describe(events).values());
    }

    /** @return every event type of shared-events: the records with an Axon revision */
    private static Set<String> publishedEventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition type : scanner.findCandidateComponents("nl.hgk.ledger.events")) {
            String className = type.getBeanClassName();
            names.add(className.substring(className.lastIndexOf('.') + 1));
        }
        return names;
    }
}
