package org.councilassistant.benchmarks.load;

/**
 * When each request of an open-loop run is due: request {@code i} at {@code start + i / rate}, whatever happened
 * to the ones before. Latency is measured from this time, not from when the request actually left, so that a
 * stalled server or client is charged for the requests that queued behind the stall (no coordinated omission).
 *
 * @param startNanos {@link System#nanoTime()} of request 0
 * @param perSecond requests per second
 */
record RateSchedule(long startNanos, double perSecond) {

    RateSchedule {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
    }

    /** The due time of request {@code i}, computed from the start so that rounding never accumulates. */
    long dueNanos(long i) {
        return startNanos + Math.round(i * 1e9 / perSecond);
    }

    /** How many requests fall in {@code seconds}. */
    int requestsIn(int seconds) {
        return (int) Math.round(perSecond * seconds);
    }
}
