package org.councilassistant.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTests {

    @TempDir
    Path dir;

    @Test
    void flattensNestedFiguresInFileOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("load.json"),
                "{\"turnsPerSecond\": 3100.5, \"at500\": {\"p50Ms\": 1.2, \"p99Ms\": 8}, \"tool\": \"wrk\", \"runs\": [1, 2]}");

        assertThat(ResultsFile.read(file)).hasValueSatisfying(figures -> assertThat(figures)
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("turnsPerSecond", 3100.5),
                        org.assertj.core.api.Assertions.entry("at500.p50Ms", 1.2),
                        org.assertj.core.api.Assertions.entry("at500.p99Ms", 8.0),
                        org.assertj.core.api.Assertions.entry("tool", "wrk"),
                        org.assertj.core.api.Assertions.entry("runs[0]", 1.0),
                        org.assertj.core.api.Assertions.entry("runs[1]", 2.0)));
    }

    @Test
    void isEmptyWhenTheCommandWroteNoFile() {
        assertThat(ResultsFile.read(dir.resolve("jmh.json"))).isEmpty();
    }

    @Test
    void saysWhichFileIsNotJson() throws Exception {
        Path file = Files.writeString(dir.resolve("memory.json"), "heap 12 MB");

        assertThatThrownBy(() -> ResultsFile.read(file)).hasMessageContaining("memory.json is not valid JSON");
    }
}
