package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.councilassistant.benchmarks.UsageException;
import org.junit.jupiter.api.Test;

class LoadOptionsTests {

    @Test
    void defaultsToTheIssuesRunOnTheBuiltServer() {
        LoadOptions options = LoadOptions.parse(List.of());

        assertThat(options.serverJar()).isEqualTo(Path.of("assistant-server/target/assistant-server.jar"));
        assertThat(options.out()).isEqualTo(Path.of("benchmarks/target/results/load.json"));
        assertThat(List.of(options.clients(), options.warmupSeconds(), options.seconds(), options.rate()))
                .containsExactly(64, 10, 30, 200);
        assertThat(options.alexa()).isTrue();
    }

    @Test
    void skipAlexaLeavesOutOnlyTheAlexaEndpoint() {
        LoadOptions options = LoadOptions.parse(List.of("--skip-alexa"));

        assertThat(options.alexa()).isFalse();
        assertThat(options.seconds()).isEqualTo(30);
    }

    @Test
    void quickShortensTheRunsButNotWhatWasGivenExplicitly() {
        LoadOptions options = LoadOptions.parse(List.of("--quick", "--seconds", "20"));

        assertThat(options.warmupSeconds()).isEqualTo(3);
        assertThat(options.seconds()).isEqualTo(20);
    }

    @Test
    void readsEveryOption() {
        LoadOptions options = LoadOptions.parse(List.of("--server-jar", "s.jar", "--clients", "32", "--rate", "250",
                "--warmup", "0", "--out", "l.json"));

        assertThat(options.serverJar()).isEqualTo(Path.of("s.jar"));
        assertThat(options.clients()).isEqualTo(32);
        assertThat(options.rate()).isEqualTo(250);
        assertThat(options.warmupSeconds()).isZero();
        assertThat(options.out()).isEqualTo(Path.of("l.json"));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--clients", "0"))).isInstanceOf(UsageException.class)
                .hasMessage("--clients must be at least 1, not 0");
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--rate"))).isInstanceOf(UsageException.class)
                .hasMessage("--rate needs a value");
        assertThatThrownBy(() -> LoadOptions.parse(List.of("--wrk"))).isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--wrk'");
    }
}
