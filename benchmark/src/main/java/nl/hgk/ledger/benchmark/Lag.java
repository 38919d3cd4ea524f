package nl.hgk.ledger.benchmark;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * From a command accepted to visible in the family plan view, under a steady load of creates at a fixed rate (an open
 * load: sent on schedule, whether or not earlier ones were answered). A probe changes the code of its own case ten
 * times a second; as soon as the command is answered it reads the family plan with {@code minVersion} set to the
 * answered version, which the ledger answers the moment its view stores that version (a subscription query, see
 * query/…/familyplan/ReadYourWrites). The lag is from the command's answer to the read's answer, so it includes one
 * read's round trip (a few milliseconds).
 *
 * @param lag        the lags of the probe's commands
 * @param createRate the creates per second actually answered 201 during the window
 */
record Lag(Latencies lag, double createRate) {

    static Lag measure(BenchmarkOptions options, LedgerProcess ledger, SignedIn veiligThuis) {
        LedgerApi api = new LedgerApi(ledger.port());
        LongCase probe = LongCase.grow(api, veiligThuis, 2);
        Latencies creates = new Latencies();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(16);
        load.scheduleAtFixedRate(() -> load.execute(() -> ClosedLoad.record(creates,
                        api.post(veiligThuis, "/api/reports", Reports.aboutANewHousehold()), status -> status == 201)),
                0, 1_000_000L / options.lagRate(), TimeUnit.MICROSECONDS);
        try {
            ClosedLoad.sleep(options.warmUp());
            Latencies lag = new Latencies();
            long start = System.nanoTime();
            long end = start + options.seconds().toNanos();
            long createsBefore = creates.answered();
            while (System.nanoTime() < end) {
                long tick = System.nanoTime();
                LedgerApi.Answer accepted = probe.changeCode(api, veiligThuis);
                if (accepted.status() != 200) {
                    lag.fail(accepted.status() + " " + accepted.body());
                    continue;
                }
                long acceptedAt = System.nanoTime();
                LedgerApi.Answer visible = api.get(veiligThuis, "/api/family-plans/" + probe.caseId()
                        + "?maxWaitMillis=5000&minVersion=" + accepted.version());
                if (visible.status() == 200 && visible.body().path("version").asLong() >= accepted.version()) {
                    lag.record(System.nanoTime() - acceptedAt);
                } else {
                    lag.fail(visible.status() + " " + visible.body());
                }
                ClosedLoad.sleep(Duration.ofNanos(Math.max(0, 100_000_000L - (System.nanoTime() - tick))));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Lag(lag.close(), (creates.answered() - createsBefore) / seconds);
        } finally {
            load.shutdownNow();
        }
    }
}
