package org.councilassistant.benchmarks.report;

import static org.councilassistant.benchmarks.report.Markdown.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sections 4 and 5: the figures the performance commands wrote in this run ({@code benchmarks/target/results}),
 * each as a table, with the targets checked against them.
 */
final class PerformanceSections {

    private PerformanceSections() {
    }

    static String jmh(Outcome<Map<String, Object>> jmh, List<TargetSummary.Row> summary) {
        return "## 4. JMH\n\n"
                + "Classify one utterance; knowledge-base search with 1k and 100k synthetic articles; one full "
                + "engine turn without HTTP.\n\n"
                + results(jmh, Targets.JMH, "4. JMH", summary);
    }

    static String loadAndMemory(Outcome<Map<String, Object>> load, Outcome<Map<String, Object>> memory,
            List<TargetSummary.Row> summary) {
        return "## 5. HTTP load and memory\n\n"
                + "### HTTP load (loopback)\n\n" + results(load, Targets.LOAD, "5. HTTP load", summary)
                + "### Memory\n\nHeap after 10,000 active sessions. The issue sets no target here.\n\n"
                + results(memory, List.of(), "5. memory", summary);
    }

    private static String results(Outcome<Map<String, Object>> outcome, List<Targets.ResultTarget> targets,
            String section, List<TargetSummary.Row> summary) {
        StringBuilder text = new StringBuilder(AccuracySections.commandLine(outcome));
        Map<String, Object> figures = outcome.figures();
        List<List<String>> targetRows = new ArrayList<>();
        for (Targets.ResultTarget target : targets) {
            Optional<Double> value = figures == null ? Optional.empty() : target.find(figures);
            Target.Check check = target.target().check(value.orElse(Double.NaN));
            summary.add(new TargetSummary.Row(section, check));
            targetRows.add(List.of(target.target().description(), target.target().bound(), check.figure(),
                    check.verdict()));
        }
        if (figures == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        if (figures.isEmpty()) {
            text.append("The command wrote no figures.\n\n");
        } else {
            text.append(Markdown.table(List.of("figure", "value"), figures.entrySet().stream()
                    .map(e -> List.of(code(e.getKey()), show(e.getValue()))).toList()));
        }
        if (!targetRows.isEmpty()) {
            text.append(Markdown.table(List.of("target", "bound", "measured", "verdict"), targetRows));
        }
        return text.toString();
    }

    private static String show(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%,d", d.longValue());
            }
            return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.1f" : "%.3g", d);
        }
        return String.valueOf(value);
    }
}
