package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuTimesTests {

    @Test
    void subtractsAnEarlierReading() {
        CpuTimes used = new CpuTimes(12.5, 7.0).since(new CpuTimes(2.5, 3.0));

        assertThat(used).isEqualTo(new CpuTimes(10.0, 4.0));
    }

    @Test
    void readsThisJvmsOwnCpuTime() {
        CpuTimes now = CpuTimes.of(ProcessHandle.current());

        assertThat(now.clientSeconds()).isNotNegative();
    }
}
