package nl.hgk.ledger.benchmark;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * The latencies of one measured load, recorded by many client threads at once, and what was counted beside them. A
 * sample is recorded in microseconds; percentiles are read in milliseconds.
 */
final class Latencies {

    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(2), 3);
    private Histogram histogram;
    private final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();
    private long failures;
    private String firstFailure;

    void record(long nanos) {
        recorder.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), TimeUnit.MINUTES.toMicros(2)));
        answered.increment();
    }

    /** @return the samples recorded so far, readable while the recording goes on */
    long answered() {
        return answered.sum();
    }

    synchronized void fail(String why) {
        failures++;
        if (firstFailure == null) {
            firstFailure = why;
        }
    }

    /** Ends the recording: what was recorded until now is what the figures say. */
    synchronized Latencies close() {
        histogram = recorder.getIntervalHistogram();
        return this;
    }

    long count() {
        return histogram.getTotalCount();
    }

    double p50() {
        return percentile(50);
    }

    double p99() {
        return percentile(99);
    }

    double percentile(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized long failures() {
        return failures;
    }

    synchronized String firstFailure() {
        return firstFailure;
    }
}
