package org.councilassistant.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.ListStatistics;

class JmhFiguresTests {

    @Test
    void namesAFigureAfterItsMethodAndKnowledgeBaseSize() {
        assertThat(JmhFigures.name("org.councilassistant.benchmarks.jmh.ClassifyBenchmark.classify", null))
                .isEqualTo("classify");
        assertThat(JmhFigures.name("org.councilassistant.benchmarks.jmh.SearchBenchmark.searchFreeText", "100000"))
                .isEqualTo("searchFreeText100k");
        assertThat(JmhFigures.name("org.councilassistant.benchmarks.jmh.SearchBenchmark.searchForIntent", "2500"))
                .isEqualTo("searchForIntent2500");
    }

    @Test
    void writesPercentilesMeanAndCountInMicroseconds() {
        double[] samples = new double[100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i + 1;
        }
        Map<String, Object> figures = new LinkedHashMap<>();

        JmhFigures.put(figures, "classify", new ListStatistics(samples));

        assertThat(figures).containsOnlyKeys("classifyP50Micros", "classifyP99Micros", "classifyMeanMicros",
                "classifySamples");
        assertThat((double) figures.get("classifyP50Micros")).isBetween(50.0, 51.0);
        assertThat((double) figures.get("classifyP99Micros")).isBetween(99.0, 100.0);
        assertThat(figures.get("classifyMeanMicros")).isEqualTo(50.5);
        assertThat(figures.get("classifySamples")).isEqualTo(100L);
    }

    @Test
    void roundsToTheNanosecond() {
        assertThat(JmhFigures.round(5.12345)).isEqualTo(5.123);
        assertThat(JmhFigures.round(Double.NaN)).isNaN();
    }
}
