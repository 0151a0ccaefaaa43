package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateScheduleTests {

    @Test
    void spacesRequestsEvenlyFromTheStart() {
        RateSchedule schedule = new RateSchedule(1_000L, 500);

        assertThat(schedule.dueNanos(0)).isEqualTo(1_000L);
        assertThat(schedule.dueNanos(1)).isEqualTo(1_000L + 2_000_000L);
        assertThat(schedule.dueNanos(500)).isEqualTo(1_000L + 1_000_000_000L);
    }

    @Test
    void neverAccumulatesRoundingOverALongRun() {
        RateSchedule schedule = new RateSchedule(0L, 3);

        assertThat(schedule.dueNanos(1)).isEqualTo(333_333_333L);
        assertThat(schedule.dueNanos(3_000_000)).isEqualTo(1_000_000_000_000_000L);
    }

    @Test
    void countsTheRequestsOfARun() {
        assertThat(new RateSchedule(0L, 500).requestsIn(30)).isEqualTo(15_000);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new RateSchedule(0L, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
