package nl.hgk.ledger.benchmark;

import java.util.List;

/**
 * Reads in the big store, one client at a time so that each latency is the read's own: the regional figures of the
 * generated year for Dordrecht (an analyst), and the history of the long cases, now and as they stood when built
 * ({@code asOf}), read by Veilig Thuis.
 */
final class Reads {

    private Reads() {
    }

    static ClosedLoad.Result figures(BenchmarkOptions options, LedgerProcess ledger, SignedIn analyst) {
        LedgerApi api = new LedgerApi(ledger.port());
        String path = "/api/figures?municipality=GM0505&period=" + options.generatedYear();
        return ClosedLoad.run(1, options.warmUp(), options.seconds(), ledger.pid(), (client, into) -> {
            ClosedLoad.record(into, api.get(analyst, path), status -> status == 200);
            return true;
        });
    }

    static ClosedLoad.Result history(BenchmarkOptions options, LedgerProcess ledger, SignedIn veiligThuis,
                                     List<LongCases> pools, boolean asOf) {
        LedgerApi api = new LedgerApi(ledger.port());
        List<String> paths = pools.stream().flatMap(pool -> pool.cases().stream().map(one ->
                "/api/cases/" + one.caseId() + "/history" + (asOf ? "?asOf=" + pool.builtAt() : ""))).toList();
        long[] next = {0};
        return ClosedLoad.run(1, options.warmUp(), options.seconds(), ledger.pid(), (client, into) -> {
            ClosedLoad.record(into, api.get(veiligThuis, paths.get((int) (next[0]++ % paths.size()))),
                    status -> status == 200);
            return true;
        });
    }
}
