package org.councilassistant.benchmarks.jmh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Turns JMH results into the flat figures of {@code jmh.json}: for each benchmark (named after its method, with the
 * knowledge-base size for search, e.g. {@code searchFreeText100k}) its sampled p50, p99, mean and sample count.
 */
final class JmhFigures {

    static final String SIZE_PARAM = "articles";

    private JmhFigures() {
    }

    static Map<String, Object> of(Collection<RunResult> results) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (RunResult result : results) {
            String unit = result.getPrimaryResult().getScoreUnit();
            if (!unit.startsWith("us/")) {
                throw new IllegalStateException("expected microseconds, JMH reported " + unit);
            }
            put(figures, name(result.getParams().getBenchmark(), result.getParams().getParam(SIZE_PARAM)),
                    result.getPrimaryResult().getStatistics());
        }
        return figures;
    }

    /** {@code org...SearchBenchmark.searchFreeText} with size 100000 → {@code searchFreeText100k}. */
    static String name(String benchmark, String size) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        return size == null ? method : method + sizeLabel(size);
    }

    /** 1000 → 1k, 100000 → 100k, 2500 → 2500. */
    static String sizeLabel(String size) {
        long n = Long.parseLong(size);
        return n >= 1000 && n % 1000 == 0 ? (n / 1000) + "k" : Long.toString(n);
    }

    static void put(Map<String, Object> figures, String name, Statistics statistics) {
        figures.put(name + "P50Micros", round(statistics.getPercentile(50)));
        figures.put(name + "P99Micros", round(statistics.getPercentile(99)));
        figures.put(name + "MeanMicros", round(statistics.getMean()));
        figures.put(name + "Samples", statistics.getN());
    }

    /** Three decimals: nanosecond resolution, no more. */
    static double round(double micros) {
        return Double.isFinite(micros) ? BigDecimal.valueOf(micros).setScale(3, RoundingMode.HALF_UP).doubleValue()
                : Double.NaN;
    }

    /** One line per benchmark, for the console. */
    static String table(Map<String, Object> figures) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %12s %12s %12s %10s%n",
                "benchmark", "p50 µs", "p99 µs", "mean µs", "samples"));
        figures.keySet().stream().filter(key -> key.endsWith("P50Micros")).forEach(key -> {
            String name = key.substring(0, key.length() - "P50Micros".length());
            text.append(String.format(Locale.ROOT, "%-24s %12.3f %12.3f %12.3f %10d%n", name,
                    figures.get(name + "P50Micros"), figures.get(name + "P99Micros"),
                    figures.get(name + "MeanMicros"), figures.get(name + "Samples")));
        });
        return text.toString();
    }
}
