package nl.hgk.ledger.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A pool of cases of one size for the commands at 4 clients and, later in the same store, for the history and asOf
 * reads. Built by four clients at once; {@link #builtAt} is the moment the pool was complete (the asOf that reads).
 *
 * @param size    the events each case held when built
 * @param cases   the cases, in client order: client {@code i} owns {@code cases[i*perClient .. (i+1)*perClient)}
 * @param builtAt when the last case was built
 */
record LongCases(int size, List<LongCase> cases, Instant builtAt) {

    static final int CLIENTS = 4;

    static LongCases build(LedgerApi api, SignedIn veiligThuis, int size, int perClient) {
        ExecutorService builders = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<LongCase>> building = new ArrayList<>();
            for (int i = 0; i < CLIENTS * perClient; i++) {
                building.add(builders.submit(() -> LongCase.grow(api, veiligThuis, size)));
            }
            List<LongCase> cases = new ArrayList<>();
            for (Future<LongCase> one : building) {
                cases.add(one.get());
            }
            return new LongCases(size, Collections.unmodifiableList(cases), Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException("building cases of " + size + " events failed", e);
        } finally {
            builders.shutdown();
        }
    }

    List<LongCase> ofClient(int client) {
        int perClient = cases.size() / CLIENTS;
        return cases.subList(client * perClient, (client + 1) * perClient);
    }

    long mostEvents() {
        return cases.stream().mapToLong(LongCase::events).max().orElse(0);
    }
}
