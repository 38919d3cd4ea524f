package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static nl.hgk.ledger.Requests.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A request retried with the same Idempotency-Key is recorded once and answered the same way. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class IdempotencyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetriedReportIsRecordedOnce() {
        LedgerClient api = new LedgerClient(port);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long before = StoredEvents.count(jdbc);

        LedgerClient.Answer first = api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "1"), key);
        LedgerClient.Answer retry = api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "1"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        // once: the report and the triage limit it started
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before + 2);
    }

    @Test
    void concurrentRetriesOfOneCommandAppendOnce() throws Exception {
        LedgerClient api = new LedgerClient(port);
        LedgerClient.Answer received = api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "3"));
        String path = "/api/cases/" + received.text("caseId") + "/code";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long before = StoredEvents.count(jdbc);

        int retries = 4;
        CyclicBarrier together = new CyclicBarrier(retries);
        ExecutorService senders = Executors.newFixedThreadPool(retries);
        List<Future<LedgerClient.Answer>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < retries; i++) {
                sent.add(senders.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return api.post(CASE_WORKER, path, Map.of("code", "RED", "expectedVersion", received.version()),
                            key);
                }));
            }
            for (Future<LedgerClient.Answer> answer : sent) {
                LedgerClient.Answer got = answer.get(60, TimeUnit.SECONDS);
                assertThat(got.status()).as("%s", got.body()).isEqualTo(200);
                assertThat(got.version()).isEqualTo(received.version() + 1);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before + 1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        LedgerClient api = new LedgerClient(port);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "5"), key).status())
                .isEqualTo(201);
        long before = StoredEvents.count(jdbc);

        LedgerClient.Answer other = api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "6"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("type")).isEqualTo("urn:hgk-ledger:problem:idempotency-key-reused");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirUser() {
        LedgerClient api = new LedgerClient(port);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        long before = StoredEvents.count(jdbc);

        LedgerClient.Answer mine = api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "8"), key);
        LedgerClient.Answer theirs = api.post(COORDINATOR, "/api/reports", Requests.report("1011 AB", "8"), key);

        assertThat(theirs.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.text("reportId")).isNotEqualTo(mine.text("reportId"));
        assertThat(theirs.text("outcome")).isEqualTo("BUNDLED");
        // two reports, and the triage limit the first one started
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before + 3);
    }

    @Test
    void aBlankKeyIsRefused() {
        LedgerClient api = new LedgerClient(port);
        long before = StoredEvents.count(jdbc);
        LedgerClient.Answer answer = api.post(CASE_WORKER, "/api/reports", Requests.report("1011 AB", "9"),
                Map.of("Idempotency-Key", " "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:invalid-idempotency-key");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }
}
