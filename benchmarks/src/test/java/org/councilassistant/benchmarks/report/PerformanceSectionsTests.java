package org.councilassistant.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PerformanceSectionsTests {

    @Test
    void setsTheAlexaEndpointBesideWebChat() {
        String table = PerformanceSections.endpoints(loadFigures(true));

        assertThat(table)
                .startsWith("Both endpoints against one server in one run, one after the other: saturation with 64 "
                        + "closed-loop clients, then 200/s in an open loop")
                .contains("The issue's targets are web chat's.\n\n")
                .contains("| endpoint | one request | saturation, requests/s | p50 at 200/s | p99 at 200/s |\n")
                .contains("| web chat, `POST /api/chat/sessions/{id}/messages` | one turn of a conversation (sessions "
                        + "are started apart) | 1,065.5 | 0.845 ms | 6.62 ms |\n")
                .contains("| Alexa, `POST /alexa` | one one-shot `IntentRequest` (starts an engine session too) "
                        + "| 812.3 | 1.20 ms | 9.87 ms |\n")
                .doesNotContain("not measured");
    }

    @Test
    void saysWhyTheAlexaEndpointWasNotMeasured() {
        String table = PerformanceSections.endpoints(loadFigures(false));

        assertThat(table).contains("| web chat, `POST /api/chat/sessions/{id}/messages` |")
                .doesNotContain("| Alexa, `POST /alexa` |")
                .endsWith("The Alexa endpoint was not measured: not run (--skip-alexa).\n\n");
    }

    @Test
    void showsNoTableWithoutWebChatFigures() {
        assertThat(PerformanceSections.endpoints(Map.of("turnsPerSecond", 10.0))).isEmpty();
        assertThat(PerformanceSections.endpoints(null)).isEmpty();
    }

    @Test
    void putsTheTableFirstAndChecksTheTargetsAgainstWebChat() {
        List<TargetSummary.Row> summary = new ArrayList<>();

        String section = PerformanceSections.loadAndMemory(Outcome.of(loadFigures(true), "java -jar b.jar load"),
                Outcome.notRun("--skip-memory", null), summary);

        assertThat(section.indexOf("| endpoint | one request |")).isPositive()
                .isLessThan(section.indexOf("| figure | value |"));
        assertThat(section).contains("| `alexa.fixedRate200P99Ms` | 9.87 |")
                .contains("| p99 latency at 200 turns/s | ≤ 20 ms | 6.62 ms | met |");
        assertThat(summary).extracting(row -> row.check().value()).containsExactly(1065.5, 6.62, 13.0, 4.75);
    }

    private static Map<String, Object> loadFigures(boolean alexa) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationTurnsPerSecond", 1065.5);
        figures.put("saturationClients", 64.0);
        figures.put("fixedRate200RequestedTurnsPerSecond", 200.0);
        figures.put("fixedRate200P50Ms", 0.845);
        figures.put("fixedRate200P99Ms", 6.62);
        figures.put("startupWithTrainedModelSeconds", 13.0);
        figures.put("startupFromClassDataArchiveSeconds", 4.75);
        if (alexa) {
            figures.put("alexa.saturationRequestsPerSecond", 812.3);
            figures.put("alexa.fixedRate200P50Ms", 1.2);
            figures.put("alexa.fixedRate200P99Ms", 9.87);
        } else {
            figures.put("alexa", "not run (--skip-alexa)");
        }
        return figures;
    }
}
