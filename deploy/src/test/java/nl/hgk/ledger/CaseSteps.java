package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/**
 * Posts the steps of one case through the command API, threading the version each answer gives into the next
 * request. Starts from the version the report's answer gave: opening a case may record more than the report (its
 * triage limit).
 */
final class CaseSteps {

    private final LedgerClient api;
    private final String casePath;
    private long version;

    CaseSteps(LedgerClient api, String casePath, long version) {
        this.api = api;
        this.casePath = casePath;
        this.version = version;
    }

    /** @return the case version the last step recorded produced: the one the next step names */
    long version() {
        return version;
    }

    /** @return the answer to a step, whatever it is; the version it may carry is not taken */
    LedgerClient.Answer post(String user, String step, Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.put("expectedVersion", version);
        return api.post(user, casePath + step, request);
    }

    /** Takes the version the case reached otherwise: a report bundled into it. */
    void reached(long version) {
        this.version = version;
    }

    /** Posts a step that must be recorded, and takes the version it produced. */
    void ok(String user, String step, Map<String, Object> body) {
        LedgerClient.Answer answer = post(user, step, body);
        assertThat(answer.status()).as("%s: %s", step, answer.body()).isEqualTo(200);
        // one event, and the time limits it starts or stops
        assertThat(answer.version()).isGreaterThan(version);
        version = answer.version();
    }
}
