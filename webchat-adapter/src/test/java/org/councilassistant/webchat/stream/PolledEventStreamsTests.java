package org.councilassistant.webchat.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PolledEventStreamsTests {

    private final PolledEventStreams streams = new PolledEventStreams(Duration.ofHours(1), Duration.ofMinutes(30));

    @Test
    void stoppingEndsEveryOpenStreamSoAGracefulShutdownNeedNotWaitForThem() {
        streams.open(emitter -> { });
        streams.open(emitter -> { });
        assertThat(streams.openStreams()).isEqualTo(2);
        assertThat(streams.isRunning()).isTrue();

        streams.stop();

        assertThat(streams.openStreams()).isZero();
        assertThat(streams.isRunning()).isFalse();
        streams.shutDownPoller();
    }

    @Test
    void aStreamOpenedWhileStoppingEndsAtOnce() {
        streams.stop();

        streams.open(emitter -> { });

        assertThat(streams.openStreams()).isZero();
        streams.shutDownPoller();
    }
}
