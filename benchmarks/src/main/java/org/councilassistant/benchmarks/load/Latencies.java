package org.councilassistant.benchmarks.load;

import java.util.Arrays;

/**
 * Latency percentiles of a run, nearest-rank, in milliseconds.
 *
 * @param count how many latencies
 * @param p50Ms median
 * @param p99Ms 99th percentile
 * @param maxMs the longest
 * @param meanMs the mean
 */
record Latencies(int count, double p50Ms, double p99Ms, double maxMs, double meanMs) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Latencies(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]), sum / sorted.length / 1e6);
    }

    /** The smallest value with at least {@code percent} % of the values at or below it. */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
