package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void takesNearestRankPercentilesInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[nanos.length - 1 - i] = (i + 1) * 1_000_000L;
        }

        Latencies latencies = Latencies.of(nanos);

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50Ms()).isEqualTo(50.0);
        assertThat(latencies.p99Ms()).isEqualTo(99.0);
        assertThat(latencies.maxMs()).isEqualTo(100.0);
        assertThat(latencies.meanMs()).isEqualTo(50.5);
    }

    @Test
    void givesTheOnlyValueForEveryPercentileOfOne() {
        Latencies latencies = Latencies.of(new long[] {2_500_000L});

        assertThat(List.of(latencies.p50Ms(), latencies.p99Ms(), latencies.maxMs())).containsOnly(2.5);
    }

    @Test
    void hasNoFiguresWithoutLatencies() {
        Latencies latencies = Latencies.of(new long[0]);

        assertThat(latencies.count()).isZero();
        assertThat(latencies.p99Ms()).isNaN();
    }

    @Test
    void mergesEveryRecordersLatencies() {
        LatencyRecorder first = new LatencyRecorder();
        LatencyRecorder second = new LatencyRecorder();
        for (int i = 0; i < 5_000; i++) {
            first.record(i);
        }
        second.record(7);

        assertThat(LatencyRecorder.merge(List.of(first, second))).hasSize(5_001).endsWith(4_999, 7);
    }
}
