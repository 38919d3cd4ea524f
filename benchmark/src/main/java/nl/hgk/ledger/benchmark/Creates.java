package nl.hgk.ledger.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creating a case: {@code POST /api/reports} about a new household, answered {@code 201}, at 1, 4 and 16 clients,
 * signed in each way ({@link SignedIn}).
 */
final class Creates {

    private Creates() {
    }

    /** @return per way of signing in, per client count, the measured load */
    static Map<String, Map<Integer, ClosedLoad.Result>> measure(BenchmarkOptions options, LedgerProcess ledger,
                                                                List<SignedIn> ways) {
        LedgerApi api = new LedgerApi(ledger.port());
        Map<String, Map<Integer, ClosedLoad.Result>> results = new LinkedHashMap<>();
        for (SignedIn who : ways) {
            Map<Integer, ClosedLoad.Result> perClients = new LinkedHashMap<>();
            for (int clients : InsertCeiling.CLIENTS) {
                perClients.put(clients, ClosedLoad.run(clients, options.warmUp(), options.seconds(), ledger.pid(),
                        (client, into) -> {
                            ClosedLoad.record(into, api.post(who, "/api/reports", Reports.aboutANewHousehold()),
                                    status -> status == 201);
                            return true;
                        }));
                Progress.say("creates, %s, %d clients: %.1f/s", who.name(), clients,
                        perClients.get(clients).perSecond());
            }
            results.put(who.name(), perClients);
        }
        return results;
    }
}
