package nl.hgk.ledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntPredicate;

/**
 * A closed load: a number of clients, each sending its next request as soon as the last is answered, first for a
 * warm-up and then measured for a fixed time or until every client is done. What a request is: an operation of one
 * client (by its number) that answers whether it succeeded; its latency is recorded by the operation itself.
 *
 * <p>Beside the latencies it measures the CPU time both processes spent in the measured window: this client's, to show
 * the clients were not the bottleneck, and the ledger's, as CPU per request.
 */
final class ClosedLoad {

    /** An operation of client {@code client}: records its own latency, answers false when there is nothing left. */
    interface Operation {
        boolean run(int client, Latencies latencies);
    }

    /**
     * @param latencies     the measured requests
     * @param seconds       the measured window
     * @param clientCpu     this process's CPU time in the window, as a share of the machine's cores
     * @param ledgerCpuMs   the ledger's CPU milliseconds per measured request
     */
    record Result(Latencies latencies, double seconds, double clientCpu, double ledgerCpuMs) {

        double perSecond() {
            return latencies.count() / seconds;
        }
    }

    private ClosedLoad() {
    }

    static Result run(int clients, Duration warmUp, Duration measured, long ledgerPid, Operation operation) {
        Latencies warming = new Latencies();
        Latencies[] current = {warming};
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        int[] running = {clients};
        for (int client = 0; client < clients; client++) {
            int number = client;
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    Latencies into;
                    synchronized (current) {
                        into = current[0];
                    }
                    try {
                        if (!operation.run(number, into)) {
                            break;
                        }
                    } catch (RuntimeException failed) {
                        into.fail(String.valueOf(failed));
                    }
                }
                synchronized (running) {
                    running[0]--;
                    running.notifyAll();
                }
            }, "client-" + client);
            thread.start();
            threads.add(thread);
        }
        sleep(warmUp);
        Latencies latencies = new Latencies();
        long clientCpu = MachineLoad.clientCpuNanos();
        long ledgerCpu = MachineLoad.cpuNanos(ledgerPid);
        long start = System.nanoTime();
        synchronized (current) {
            current[0] = latencies;
        }
        long deadline = start + measured.toNanos();
        synchronized (running) {
            while (running[0] > 0 && System.nanoTime() < deadline) {
                try {
                    running.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        latencies.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientShare = (MachineLoad.clientCpuNanos() - clientCpu) / 1e9 / seconds / MachineLoad.cores();
        double ledgerMs = (MachineLoad.cpuNanos(ledgerPid) - ledgerCpu) / 1e6 / Math.max(1, latencies.count());
        stop.set(true);
        threads.forEach(ClosedLoad::join);
        return new Result(latencies, seconds, clientShare, ledgerMs);
    }

    /** Counts a ledger answer: its latency when it has the expected status, else a failure. */
    static void record(Latencies latencies, LedgerApi.Answer answer, IntPredicate expected) {
        if (expected.test(answer.status())) {
            latencies.record(answer.nanos());
        } else {
            latencies.fail(answer.status() + " " + answer.body());
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(90).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
