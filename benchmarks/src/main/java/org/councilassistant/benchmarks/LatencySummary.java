package org.councilassistant.benchmarks;

import java.util.Arrays;

/**
 * Per-call timings of one pass, single-threaded.
 *
 * @param calls how many calls were timed
 * @param p50Micros median time of one call, microseconds
 * @param p99Micros 99th percentile, microseconds
 * @param callsPerSecond calls divided by the wall time of the whole pass
 */
public record LatencySummary(int calls, double p50Micros, double p99Micros, double callsPerSecond) {

    /** Nearest-rank percentiles of {@code nanos}; {@code passNanos} is the wall time of the pass that made them. */
    public static LatencySummary of(long[] nanos, long passNanos) {
        if (nanos.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length,
                percentile(sorted, 50) / 1_000.0,
                percentile(sorted, 99) / 1_000.0,
                sorted.length / (passNanos / 1e9));
    }

    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
