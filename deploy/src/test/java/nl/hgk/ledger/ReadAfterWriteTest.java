package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A read straight after a write never denies that the case exists, however far the family plan view is behind: the
 * view is made slow on purpose here (every event it folds in waits {@link SlowFamilyPlanView#PER_EVENT} first), so
 * that a read right after a command always finds the view behind. A plain read of a case just reported waits for
 * the view; every command's answer says where to read the case at its new version; a case outside the reader's scope
 * and a made-up id are answered alike, and without waiting; a view that does not catch up in time is 503, not 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hgk.embedded-postgres.data-directory=",
        ReadAfterWriteTest.CATCH_UP_WAIT_PROPERTY + "=" + ReadAfterWriteTest.CATCH_UP_WAIT,
        "hgk.read-your-writes.timeout=20s"})
@Import(ReadAfterWriteTest.SlowFamilyPlanView.class)
@DirtiesContext
class ReadAfterWriteTest {

    static final String CATCH_UP_WAIT_PROPERTY = "hgk.family-plan.catch-up-wait";
    /** long enough for the slow view to fold in a report and its triage limit on a busy machine */
    static final String CATCH_UP_WAIT = "8s";
    /** a postcode of this test's own, so its households never join another test's cases */
    private static final String POSTCODE = "3318 RW";
    /** Veilig Thuis Hollands Midden (VT10), another organisation: the Dordrecht cases are outside its scope */
    private static final String OTHER_CASE_WORKER = "casemanager-hm";
    /** a house of its own for each report, so that no report joins another's case */
    private static final AtomicInteger HOUSES = new AtomicInteger();

    /** Holds up the family plan view: each event waits before the projection folds it in. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowFamilyPlanView {

        static final Duration PER_EVENT = Duration.ofMillis(700);

        @Bean
        ConfigurerModule slowFamilyPlanView() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor("family-plan",
                    configuration -> (unitOfWork, chain) -> {
                        Thread.sleep(PER_EVENT.toMillis());
                        return chain.proceed();
                    });
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

    private LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    private LedgerClient.Answer report() {
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports",
                Requests.report(POSTCODE, String.valueOf(HOUSES.incrementAndGet())));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        return received;
    }

    @Test
    void aCaseJustReportedIsReadWithoutMinVersion() {
        LedgerClient.Answer received = report();

        LedgerClient.Answer plan = api.get(CASE_WORKER, "/api/family-plans/" + received.text("caseId"));

        assertThat(plan.status()).as("%s", plan.body()).isEqualTo(200);
        assertThat(plan.text("caseId")).isEqualTo(received.text("caseId"));
        assertThat(plan.version()).as("the view waited for what the event store held").isEqualTo(received.version());
    }

    @Test
    void everyCommandAnswerSaysWhereToReadTheCaseAtItsNewVersion() {
        LedgerClient.Answer received = report();
        String caseId = received.text("caseId");
        assertThat(location(received)).isEqualTo("/api/family-plans/" + caseId + "?minVersion=" + received.version());
        LedgerClient.Answer plan = follow(received);
        assertThat(plan.status()).as("%s", plan.body()).isEqualTo(200);
        assertThat(plan.version()).isGreaterThanOrEqualTo(received.version());

        LedgerClient.Answer coded = api.post(CASE_WORKER, "/api/cases/" + caseId + "/code",
                Map.of("code", "RED", "expectedVersion", received.version()));
        assertThat(coded.status()).as("%s", coded.body()).isEqualTo(200);
        assertThat(location(coded)).isEqualTo("/api/family-plans/" + caseId + "?minVersion=" + coded.version());
        plan = follow(coded);
        assertThat(plan.status()).as("%s", plan.body()).isEqualTo(200);
        assertThat(plan.version()).isGreaterThanOrEqualTo(coded.version());
        assertThat(plan.body().path("safetyCode").path("code").asText()).isEqualTo("RED");

        // a repeated request gets the first answer back, with the same place to read it
        Map<String, String> key = Map.of("Idempotency-Key", "read-after-write-" + UUID.randomUUID());
        LedgerClient.Answer triage = api.post(CASE_WORKER, "/api/cases/" + caseId + "/triage",
                Map.of("outcome", "VEILIG_THUIS_INVESTIGATION", "expectedVersion", coded.version()), key);
        LedgerClient.Answer again = api.post(CASE_WORKER, "/api/cases/" + caseId + "/triage",
                Map.of("outcome", "VEILIG_THUIS_INVESTIGATION", "expectedVersion", coded.version()), key);
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(location(again)).isEqualTo(location(triage))
                .isEqualTo("/api/family-plans/" + caseId + "?minVersion=" + triage.version());
    }

    @Test
    void whileTheViewIsBehindAnotherRegionsCaseIsAnsweredAsAMadeUpIdAndTheReadersOwnAs503() {
        StreamingEventProcessor view = processing.eventProcessor("family-plan", StreamingEventProcessor.class)
                .orElseThrow();
        view.shutDown();
        try {
            String caseId = report().text("caseId");

            long started = System.nanoTime();
            LedgerClient.Answer outOfScope = api.get(OTHER_CASE_WORKER, "/api/family-plans/" + caseId);
            LedgerClient.Answer madeUp = api.get(OTHER_CASE_WORKER, "/api/family-plans/" + UUID.randomUUID());
            Duration both = Duration.ofNanos(System.nanoTime() - started);
            assertThat(outOfScope.status()).isEqualTo(404).isEqualTo(madeUp.status());
            assertThat(outOfScope.text("type")).isEqualTo(madeUp.text("type"))
                    .isEqualTo("urn:hgk-ledger:problem:not-found");
            assertThat(outOfScope.text("title")).isEqualTo(madeUp.text("title"));
            assertThat(outOfScope.raw().body()).doesNotContain("Jansen");
            assertThat(both).as("neither waits for the view").isLessThan(Duration.parse("PT" + CATCH_UP_WAIT));

            started = System.nanoTime();
            LedgerClient.Answer behind = api.get(CASE_WORKER, "/api/family-plans/" + caseId);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(behind.status()).as("%s", behind.body()).isEqualTo(503);
            assertThat(behind.text("type")).isEqualTo("urn:hgk-ledger:problem:view-behind");
            assertThat(behind.raw().headers().firstValue("Retry-After")).hasValue("1");
            assertThat(behind.body().path("currentVersion").asLong()).isEqualTo(-1);
            assertThat(waited).isGreaterThanOrEqualTo(Duration.parse("PT" + CATCH_UP_WAIT));
        } finally {
            view.start();
        }
    }

    private static String location(LedgerClient.Answer answer) {
        return answer.raw().headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no Location in the answer " + answer.status() + " " + answer.body()));
    }

    private LedgerClient.Answer follow(LedgerClient.Answer answer) {
        return api.get(CASE_WORKER, location(answer));
    }
}
