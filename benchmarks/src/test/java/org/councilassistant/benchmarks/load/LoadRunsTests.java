package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

/** The saturation and fixed-rate runs over requests that need no session, against a stand-in for the server. */
class LoadRunsTests {

    private static final long SERVICE_NANOS = 200_000;

    @Test
    void fixedRateSendsEveryRequestOnceAndCountsTheFailures() throws InterruptedException {
        Set<Long> sent = ConcurrentHashMap.newKeySet();

        FixedRateRun.Result result = FixedRateRun.run(200, 1, number -> sent.add(number) && number % 50 != 0);

        assertThat(result.requested()).isEqualTo(200);
        assertThat(result.turns()).isEqualTo(200);
        assertThat(sent).hasSize(200).allMatch(number -> number >= 0 && number < 200);
        assertThat(result.errors()).isEqualTo(4);
        assertThat(result.latencies().count()).isEqualTo(200);
    }

    @Test
    void saturationGivesEachClientItsOwnRequestNumbersAndStartsNoSessions() throws InterruptedException {
        int clients = 3;
        Map<Thread, Long> lastOfThread = new ConcurrentHashMap<>();
        Set<Long> firstNumbers = ConcurrentHashMap.newKeySet();
        AtomicLong outOfTurn = new AtomicLong();
        AtomicLong calls = new AtomicLong();

        ClosedLoopRun.Result result = ClosedLoopRun.ofRequests(number -> {
            calls.incrementAndGet();
            Long last = lastOfThread.put(Thread.currentThread(), number);
            if (last == null) {
                firstNumbers.add(number);
            } else if (number != last + clients) {
                outOfTurn.incrementAndGet();
            }
            LockSupport.parkNanos(SERVICE_NANOS);
            return number % 10 != 0;
        }, clients, () -> new CpuTimes(0, 0)).run(0, 1);

        assertThat(firstNumbers).containsExactlyInAnyOrder(0L, 1L, 2L);
        assertThat(outOfTurn).hasValue(0);
        assertThat(result.sessionsStarted()).isZero();
        assertThat(result.turns()).isPositive();
        assertThat(result.errors()).isPositive();
        assertThat(result.turns() + result.errors()).isLessThanOrEqualTo(calls.get());
        assertThat(result.latencies().count()).isEqualTo(result.turns());
    }
}
