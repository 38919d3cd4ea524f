package nl.hgk.ledger.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * A command on an existing case of many events, at 4 clients: each client changes the code of its own cases in turn
 * (no two clients on one case, so no conflicts), and stops when the time is up or each case grew by a tenth, so that
 * a case of 200 events stays one of about 200 events.
 */
final class CaseCommands {

    private CaseCommands() {
    }

    static ClosedLoad.Result measure(BenchmarkOptions options, LedgerProcess ledger, SignedIn veiligThuis,
                                     LongCases pool) {
        LedgerApi api = new LedgerApi(ledger.port());
        long perClient = Math.max(1, pool.size() / 10) * (long) pool.ofClient(0).size();
        long[] sent = new long[LongCases.CLIENTS];
        // no warm-up of its own: the creates warmed the ledger up, and a warm-up would grow the cases
        return ClosedLoad.run(LongCases.CLIENTS, Duration.ZERO, options.seconds(), ledger.pid(), (client, into) -> {
            if (sent[client] >= perClient) {
                return false;
            }
            List<LongCase> own = pool.ofClient(client);
            LongCase next = own.get((int) (sent[client]++ % own.size()));
            ClosedLoad.record(into, next.changeCode(api, veiligThuis), status -> status == 200);
            return true;
        });
    }
}
