package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.councilassistant.benchmarks.report.Targets;
import org.junit.jupiter.api.Test;

class LoadFiguresTests {

    private static final ClosedLoopRun.Result SATURATION = new ClosedLoopRun.Result(60_000, 2, 12_000, 30,
            new Latencies(60_000, 10.0, 40.0, 90.0, 12.0), new CpuTimes(36.0, 24.0));
    private static final FixedRateRun.Result FIXED = new FixedRateRun.Result(500, 499.5, 15_000, 0, 3.0,
            new Latencies(15_000, 1.0, 8.0, 80.0, 1.5));
    private static final LoadFigures.Startup STARTUP = new LoadFigures.Startup(Duration.ofMillis(4_500),
            Optional.of(4.1), Duration.ofSeconds(16));

    @Test
    void namesEveryFigureWithItsUnitAndTheFixedRate() {
        Map<String, Object> figures = LoadFigures.of(LoadOptions.parse(List.of()), SATURATION, FIXED, STARTUP);

        assertThat(figures).containsEntry("saturationTurnsPerSecond", 2_000.0)
                .containsEntry("saturationRequestsPerSecond", 2_400.0)
                .containsEntry("saturationServerCpuCores", 1.2)
                .containsEntry("saturationClientCpuCores", 0.8)
                .containsEntry("saturationServerCpuMicrosPerRequest", 500.0)
                .containsEntry("fixedRate500P99Ms", 8.0)
                .containsEntry("fixedRate500AchievedTurnsPerSecond", 499.5)
                .containsEntry("startupWithTrainedModelSeconds", 4.5)
                .containsEntry("startupSpringBootReportedSeconds", 4.1)
                .containsEntry("firstStartTrainingModelSeconds", 16.0)
                .containsEntry("alexa", "endpoint not built yet");
    }

    @Test
    void answersTheReportsLoadTargetsWithTheRightFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        LoadFigures.of(LoadOptions.parse(List.of()), SATURATION, FIXED, STARTUP).forEach((key, value) ->
                figures.put(key, value instanceof Number n ? n.doubleValue() : value));

        assertThat(Targets.LOAD.stream().map(target -> target.find(figures).orElseThrow()).toList())
                .containsExactly(2_000.0, 8.0, 4.5);
    }

    @Test
    void writesMissingFiguresAsNull() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationP99Ms", Double.NaN);

        assertThat(LoadFigures.jsonReady(figures)).containsEntry("saturationP99Ms", null);
    }

    @Test
    void readsSpringBootsOwnStartUpTime() {
        String log = "2026-11-25 INFO  Started AssistantApplication in 3.912 seconds (process running for 4.377)";

        assertThat(ServerProcess.reportedStartSeconds(log)).contains(4.377);
        assertThat(ServerProcess.reportedStartSeconds("nothing yet")).isEmpty();
    }
}
