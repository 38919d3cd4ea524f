package nl.hgk.ledger.benchmark;

import java.util.Map;

/**
 * A case grown to many events by a repeatable step: Veilig Thuis changing its safety code back and forth (ORANGE,
 * RED), one {@code CodeAssigned} per command. A report opens a case with two events (version 1). The case is used by
 * one client at a time, so the version it holds is the case's.
 */
final class LongCase {

    private final String caseId;
    private long version;

    private LongCase(String caseId, long version) {
        this.caseId = caseId;
        this.version = version;
    }

    /** Reports a new household and changes the code until the case holds {@code events} events. */
    static LongCase grow(LedgerApi api, SignedIn veiligThuis, int events) {
        LedgerApi.Answer opened = api.post(veiligThuis, "/api/reports", Reports.aboutANewHousehold());
        if (opened.status() != 201) {
            throw new IllegalStateException("a report was refused: " + opened.status() + " " + opened.body());
        }
        LongCase grown = new LongCase(opened.text("caseId"), opened.version());
        while (grown.events() < events) {
            LedgerApi.Answer changed = grown.changeCode(api, veiligThuis);
            if (changed.status() != 200) {
                throw new IllegalStateException("a code change was refused: " + changed.status() + " " + changed.body());
            }
        }
        return grown;
    }

    /** The measured command: the next code change, at the version this case is at. */
    LedgerApi.Answer changeCode(LedgerApi api, SignedIn veiligThuis) {
        LedgerApi.Answer answer = api.post(veiligThuis, "/api/cases/" + caseId + "/code",
                Map.of("code", version % 2 == 1 ? "ORANGE" : "RED", "expectedVersion", version,
                        "reason", "benchmark: the code reconsidered"));
        if (answer.status() == 200) {
            version = answer.version();
        }
        return answer;
    }

    String caseId() {
        return caseId;
    }

    long version() {
        return version;
    }

    long events() {
        return version + 1;
    }
}
