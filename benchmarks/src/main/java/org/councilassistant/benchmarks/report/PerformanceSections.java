package org.councilassistant.benchmarks.report;

import static org.councilassistant.benchmarks.report.Markdown.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections 4 and 5: the figures the performance commands wrote in this run ({@code benchmarks/target/results}),
 * each as a table, with the targets checked against them.
 */
final class PerformanceSections {

    private static final Pattern FIXED_RATE = Pattern.compile("fixedRate([0-9]+)RequestedTurnsPerSecond");

    private PerformanceSections() {
    }

    static String jmh(Outcome<Map<String, Object>> jmh, List<TargetSummary.Row> summary) {
        return "## 4. JMH\n\n"
                + "Classify one utterance; embed one message; knowledge-base search by words with 1k and 100k "
                + "synthetic articles, and by words and meaning (hybrid) with 1k and 10k; one full engine turn "
                + "without HTTP. The hybrid target is at 100k articles, which the report's run does not build: "
                + "without a figure it reads \"not measured\" (`jmh --articles 100000` measures it).\n\n"
                + results(jmh, Targets.JMH, "4. JMH", summary, "");
    }

    static String loadAndMemory(Outcome<Map<String, Object>> load, Outcome<Map<String, Object>> memory,
            List<TargetSummary.Row> summary) {
        return "## 5. HTTP load and memory\n\n"
                + "### HTTP load (loopback)\n\n"
                + results(load, Targets.LOAD, "5. HTTP load", summary, endpoints(load.figures()))
                + "### Memory\n\nHeap after 10,000 active sessions. The issue sets no target here.\n\n"
                + results(memory, List.of(), "5. memory", summary, "");
    }

    /**
     * Web chat and the Alexa endpoint side by side, from {@code load.json}: requests per second at saturation and the
     * latencies at the fixed rate. Empty when the figures lack web chat's.
     */
    static String endpoints(Map<String, Object> figures) {
        Optional<String> rate = figures == null ? Optional.empty() : figures.keySet().stream()
                .map(FIXED_RATE::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst();
        if (rate.isEmpty() || !figures.containsKey("saturationTurnsPerSecond")) {
            return "";
        }
        String fixed = "fixedRate" + rate.get();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("web chat, `POST /api/chat/sessions/{id}/messages`",
                "one turn of a conversation (sessions are started apart)",
                shown(figures, "saturationTurnsPerSecond", ""), shown(figures, fixed + "P50Ms", " ms"),
                shown(figures, fixed + "P99Ms", " ms")));
        boolean alexa = figures.containsKey("alexa.saturationRequestsPerSecond");
        if (alexa) {
            rows.add(List.of("Alexa, `POST /alexa`", "one one-shot `IntentRequest` (starts an engine session too)",
                    shown(figures, "alexa.saturationRequestsPerSecond", ""),
                    shown(figures, "alexa." + fixed + "P50Ms", " ms"),
                    shown(figures, "alexa." + fixed + "P99Ms", " ms")));
        }
        String at = rate.get() + "/s";
        return "Both endpoints against one server in one run, one after the other: saturation with "
                + shown(figures, "saturationClients", "") + " closed-loop clients, then " + at
                + " in an open loop, each latency from the request's due time. The requests differ: web chat's "
                + "conversations include the bin-day task (postcode, house number), Alexa's are one-shot questions "
                + "and catalogue intents (`alexa.asks`). The issue's targets are web chat's.\n\n"
                + Markdown.table(List.of("endpoint", "one request", "saturation, requests/s", "p50 at " + at,
                        "p99 at " + at), rows)
                + (alexa ? "" : "The Alexa endpoint was not measured: " + figures.getOrDefault("alexa", "no figures")
                        + ".\n\n");
    }

    private static String shown(Map<String, Object> figures, String key, String unit) {
        Object value = figures.get(key);
        return value instanceof Double ? show(value) + unit : "no figure";
    }

    private static String results(Outcome<Map<String, Object>> outcome, List<Targets.ResultTarget> targets,
            String section, List<TargetSummary.Row> summary, String lead) {
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
        text.append(lead);
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
