package org.councilassistant.benchmarks.load;

import java.util.Arrays;

/** One client thread's latencies, in nanoseconds, in a growing array: no boxing, no locks. */
final class LatencyRecorder {

    private long[] nanos = new long[4096];
    private int size;

    void record(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(nanos, size);
    }

    /** All the recorders' latencies in one array. */
    static long[] merge(Iterable<LatencyRecorder> recorders) {
        int total = 0;
        for (LatencyRecorder recorder : recorders) {
            total += recorder.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.size);
            at += recorder.size;
        }
        return all;
    }
}
