package nl.hgk.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

/**
 * The architecture, held by a test: the command side and the query side never depend on each other, the published
 * language depends on neither, and the working parts stay package-private.
 */
@AnalyzeClasses(packages = "nl.hgk.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String COMMAND = "nl.hgk.ledger.command..";
    private static final String QUERY = "nl.hgk.ledger.query..";
    private static final String ACCESS_POLICY = "nl.hgk.ledger.access..";
    private static final String[] SHARED = {"nl.hgk.ledger.events..", "nl.hgk.ledger.reference..",
            "nl.hgk.ledger.calendar..", ACCESS_POLICY,
            "nl.hgk.ledger.consent.."};

    @ArchTest
    static final ArchRule commandSideDoesNotKnowTheQuerySide =
            noClasses().that().resideInAPackage(COMMAND).should().dependOnClassesThat().resideInAPackage(QUERY);

    @ArchTest
    static final ArchRule querySideDoesNotKnowTheCommandSide =
            noClasses().that().resideInAPackage(QUERY).should().dependOnClassesThat().resideInAPackage(COMMAND);

    @ArchTest
    static final ArchRule thePublishedLanguageDependsOnNeitherSide =
            noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat()
                    .resideInAnyPackage(COMMAND, QUERY, "nl.hgk.ledger.deploy..");

    @ArchTest
    static final ArchRule thePublishedLanguageStaysFreeOfSpring =
            noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat()
                    .resideInAPackage("org.springframework..");

    /** the one access policy is decided the same wherever it is asked: by plain Java, never by a framework */
    @ArchTest
    static final ArchRule theAccessPolicyDependsOnNoSpringClass =
            noClasses().that().resideInAPackage(ACCESS_POLICY).should().dependOnClassesThat()
                    .resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic =
            classes().that().areAnnotatedWith(Aggregate.class).should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule controllersAreNotPublic =
            classes().that().areAnnotatedWith(RestController.class).should().notHaveModifier(JavaModifier.PUBLIC);

    /** the aggregate knows nothing of HTTP: a newcomer changing a rule of the case reads no controller */
    @ArchTest
    static final ArchRule controllersLiveOutsideTheAggregatesPackage =
            noClasses().that().areAnnotatedWith(RestController.class).should()
                    .resideInAPackage("nl.hgk.ledger.command.cases");

    @ArchTest
    static final ArchRule projectionsAreNotPublic =
            classes().that().areAnnotatedWith(ProcessingGroup.class).should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule configurationIsNotPublic =
            classes().that().areAnnotatedWith(Configuration.class).and().resideOutsideOfPackage("nl.hgk.ledger")
                    .should().notHaveModifier(JavaModifier.PUBLIC);
}
