package org.councilassistant.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.councilassistant.benchmarks.UsageException;
import org.junit.jupiter.api.Test;

class JmhOptionsTests {

    @Test
    void defaultsToModestSettingsAndTheStandardResultsFile() {
        JmhOptions options = JmhOptions.parse(List.of());

        assertThat(options.out()).isEqualTo(Path.of("benchmarks/target/results/jmh.json"));
        assertThat(options.include()).isEmpty();
        assertThat(options.articles()).isEmpty();
        assertThat(List.of(options.warmupIterations(), options.warmupSeconds(), options.iterations(),
                options.iterationSeconds())).containsExactly(3, 2, 3, 3);
    }

    @Test
    void quickShortensWarmUpAndMeasurement() {
        JmhOptions options = JmhOptions.parse(List.of("--quick"));

        assertThat(List.of(options.warmupIterations(), options.warmupSeconds(), options.iterations(),
                options.iterationSeconds())).containsExactly(2, 1, 2, 1);
    }

    @Test
    void readsIncludeArticlesAndOut() {
        JmhOptions options = JmhOptions.parse(List.of("--include", "search", "--articles", "1000, 5000",
                "--out", "x.json"));

        assertThat(options.include()).contains("search");
        assertThat(options.articles()).containsExactly("1000", "5000");
        assertThat(options.out()).isEqualTo(Path.of("x.json"));
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadSizes() {
        assertThatThrownBy(() -> JmhOptions.parse(List.of("--fast"))).isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--fast'");
        assertThatThrownBy(() -> JmhOptions.parse(List.of("--out"))).isInstanceOf(UsageException.class)
                .hasMessage("--out needs a value");
        assertThatThrownBy(() -> JmhOptions.parse(List.of("--articles", "1k"))).isInstanceOf(UsageException.class);
    }

    @Test
    void includesOnlyThisPackagesBenchmarksNarrowedByTheGivenPattern() {
        String all = JmhCommand.include(JmhOptions.parse(List.of()));
        String search = JmhCommand.include(JmhOptions.parse(List.of("--include", "search")));

        assertThat("org.councilassistant.benchmarks.jmh.ClassifyBenchmark.classify").containsPattern(all);
        assertThat("org.other.ClassifyBenchmark.classify").doesNotContainPattern(all);
        assertThat("org.councilassistant.benchmarks.jmh.SearchBenchmark.searchFreeText").containsPattern(search);
        assertThat("org.councilassistant.benchmarks.jmh.ClassifyBenchmark.classify").doesNotContainPattern(search);
    }
}
