package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import nl.hgk.ledger.access.CaseStep;
import nl.hgk.ledger.command.cases.Refusal;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.careavoidance.ActionPlanApproach;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.audit.Qualification;
import nl.hgk.ledger.events.closure.ClosureReason;
import nl.hgk.ledger.events.coordination.ConsentDecider;
import nl.hgk.ledger.events.coordination.ConsentDecision;
import nl.hgk.ledger.events.coordination.LifeDomain;
import nl.hgk.ledger.events.coordination.TaskStatus;
import nl.hgk.ledger.events.deadlines.AccountableParty;
import nl.hgk.ledger.events.deadlines.TimeLimit;
import nl.hgk.ledger.events.deadlines.TimeLimitOutcome;
import nl.hgk.ledger.events.delivery.EarlyStopCause;
import nl.hgk.ledger.events.delivery.FormOfHelp;
import nl.hgk.ledger.events.delivery.HelpEffect;
import nl.hgk.ledger.events.delivery.NoShowCause;
import nl.hgk.ledger.events.delivery.NoticeKind;
import nl.hgk.ledger.events.escalation.EscalationStep;
import nl.hgk.ledger.events.huisverbod.HuisverbodEndReason;
import nl.hgk.ledger.events.intake.ContactType;
import nl.hgk.ledger.events.intake.FormOfViolence;
import nl.hgk.ledger.events.intake.ReporterSector;
import nl.hgk.ledger.events.intake.ReporterType;
import nl.hgk.ledger.events.intake.ViolenceCategory;
import nl.hgk.ledger.events.person.PersonRole;
import nl.hgk.ledger.events.triage.InvestigationConclusion;
import nl.hgk.ledger.events.triage.ProcessDirection;
import nl.hgk.ledger.events.triage.SafetyCode;
import nl.hgk.ledger.events.triage.TriageOutcome;
import nl.hgk.ledger.query.casestate.CaseState;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The web interface shows every refusal and every value of the API in Dutch from two tables of its own
 * ({@code ui/src/text/refusals.nl.json}, {@code ui/src/text/terms.nl.json}). A refusal or a value added to the ledger
 * without its Dutch words fails here, instead of reaching a professional as a code.
 */
class InterfaceWordsTest {

    private static final Path TEXT = Path.of("..", "ui", "src", "text");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRefusalHasADutchSentence() throws IOException {
        JsonNode sentences = JSON.readTree(TEXT.resolve("refusals.nl.json").toFile());
        for (Refusal refusal : Refusal.values()) {
            assertThat(sentences.path(refusal.name()).asText()).as("the sentence for %s", refusal).isNotBlank();
        }
        assertThat(sentences.fieldNames()).toIterable().as("no sentence for a refusal that no longer exists")
                .allMatch(name -> Arrays.stream(Refusal.values()).anyMatch(refusal -> refusal.name().equals(name)));
    }

    @TestFactory
    Stream<DynamicTest> everyValueOfTheApiHasADutchWord() throws IOException {
        JsonNode words = JSON.readTree(TEXT.resolve("terms.nl.json").toFile());
        List<Class<? extends Enum<?>>> vocabularies = List.of(SafetyCode.class, ContactType.class, ReporterType.class,
                ReporterSector.class, FormOfViolence.class, ViolenceCategory.class, PersonRole.class,
                TriageOutcome.class, InvestigationConclusion.class, ProcessDirection.class, EscalationStep.class,
                ClosureReason.class, TimeLimit.class, TimeLimitOutcome.class, HuisverbodEndReason.class,
                ConsentDecision.class, LifeDomain.class, TaskStatus.class, ActorRole.class, AccountableParty.class,
                ConsentDecider.class, ActionPlanApproach.class, OrganisationType.class, Qualification.class,
                CaseStep.class, NoticeKind.class, HelpEffect.class, EarlyStopCause.class, NoShowCause.class,
                FormOfHelp.class);
        Stream<DynamicTest> published = vocabularies.stream().map(vocabulary -> DynamicTest.dynamicTest(
                vocabulary.getSimpleName(), () -> hasAWordForEach(words, vocabulary.getSimpleName(),
                        vocabulary.getEnumConstants())));
        return Stream.concat(published, Stream.of(DynamicTest.dynamicTest("CaseStatus",
                () -> hasAWordForEach(words, "CaseStatus", CaseState.Status.values()))));
    }

    @Test
    void everyViewHasADutchName() throws IOException {
        JsonNode names = JSON.readTree(TEXT.resolve("terms.nl.json").toFile()).path("View");
        List<String> views = new ClassFileImporter().importPackages("nl.hgk.ledger.query").stream()
                .filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
                .map(type -> type.getAnnotationOfType(ProcessingGroup.class).value()).distinct().toList();
        assertThat(views).as("the views of the query side").isNotEmpty();
        for (String view : views) {
            assertThat(names.path(view).asText()).as("the Dutch name of view %s on the beheer page", view)
                    .isNotBlank();
        }
    }

    private static void hasAWordForEach(JsonNode words, String vocabulary, Enum<?>[] values) {
        JsonNode table = words.path(vocabulary);
        assertThat(table.isObject()).as("terms.nl.json has the vocabulary %s", vocabulary).isTrue();
        for (Enum<?> value : values) {
            assertThat(table.path(value.name()).asText()).as("the Dutch word for %s.%s", vocabulary, value).isNotBlank();
        }
    }
}
