package org.councilassistant.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.councilassistant.benchmarks.report.Targets;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.ListStatistics;

class JmhTargetsTests {

    @Test
    void answersTheReportsJmhTargetsWithTheRightFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        JmhFigures.put(figures, "classify", new ListStatistics(new double[] {5, 5, 5}));
        JmhFigures.put(figures, JmhFigures.name("x.SearchBenchmark.searchFreeText", "1000"),
                new ListStatistics(new double[] {100, 100}));
        JmhFigures.put(figures, JmhFigures.name("x.SearchBenchmark.searchFreeText", "100000"),
                new ListStatistics(new double[] {1500, 1500}));
        JmhFigures.put(figures, JmhFigures.name("x.HybridSearchBenchmark.searchFreeTextHybrid", "10000"),
                new ListStatistics(new double[] {900, 900}));
        JmhFigures.put(figures, JmhFigures.name("x.HybridSearchBenchmark.searchFreeTextHybrid", "100000"),
                new ListStatistics(new double[] {3000, 3000}));
        JmhFigures.put(figures, "engineTurn", new ListStatistics(new double[] {250, 250}));
        Map<String, Object> read = new LinkedHashMap<>();
        figures.forEach((key, value) -> read.put(key, ((Number) value).doubleValue()));

        assertThat(Targets.JMH.stream().map(target -> target.find(read).orElseThrow()).toList())
                .containsExactly(0.005, 0.25, 1.5, 3.0);
    }
}
