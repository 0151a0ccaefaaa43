package org.councilassistant.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BenchmarkCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsUsageAndExitsWithTwoWithoutACommand() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("usage:", "intent-eval", "council-cv", "language-detect", "peer", "report", "jmh",
                "load", "memory");
    }

    @Test
    void printsUsageAndExitsWithZeroWhenAskedForHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage:");
    }

    @Test
    void rejectsAnUnknownCommandWithoutAStackTrace() {
        assertThat(run("benchmark-everything")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'benchmark-everything'").doesNotContain("\tat ");
    }

    @Test
    void rejectsAnUnknownOptionWithTheCommandsUsage() {
        assertThat(run("intent-eval", "--data", "x.json", "--trian", "train")).isEqualTo(2);
        assertThat(err()).contains("error: unknown option '--trian'", "usage:", "--oos-label")
                .doesNotContain("\tat ");
    }

    @Test
    void reportsAMissingDatasetFileAsABadArgument() {
        assertThat(run("intent-eval", "--data", "no-such-file.json", "--train", "train", "--eval", "val"))
                .isEqualTo(2);
        assertThat(err()).contains("no such file: no-such-file.json").doesNotContain("\tat ");
    }

    @Test
    void rejectsAWrongFoldCountForTheCouncilCrossValidation() {
        assertThat(run("council-cv", "--folds", "1")).isEqualTo(2);
        assertThat(err()).contains("--folds must be at least 2");
    }

    @Test
    void rejectsALanguageTheCouncilHasNoTrainingPhrasesFor() {
        assertThat(run("council-cv", "--language", "fr")).isEqualTo(2);
        assertThat(err()).contains("--language must be one of en, cy, not 'fr'", "[--language en|cy]");
    }

    @Test
    void findsThePerformanceCommandsByClassName() {
        assertThat(BenchmarkCommand.externalClassName("jmh")).contains("org.councilassistant.benchmarks.jmh.JmhCommand");
        assertThat(BenchmarkCommand.externalClassName("load")).contains("org.councilassistant.benchmarks.load.LoadCommand");
        assertThat(BenchmarkCommand.externalClassName("memory"))
                .contains("org.councilassistant.benchmarks.memory.SessionMemoryCommand");
        assertThat(BenchmarkCommand.externalClassName("alexa-load"))
                .contains("org.councilassistant.benchmarks.alexaload.AlexaLoadCommand");
        assertThat(BenchmarkCommand.externalClassName("../evil")).isEmpty();
    }

    private int run(String... args) {
        return BenchmarkCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
