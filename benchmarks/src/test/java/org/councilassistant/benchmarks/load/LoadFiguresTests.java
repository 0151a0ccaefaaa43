package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.councilassistant.benchmarks.report.Targets;
import org.junit.jupiter.api.Test;

class LoadFiguresTests {

    private static final ClosedLoopRun.Result SATURATION = new ClosedLoopRun.Result(60_000, 2, 12_000, 30,
            new Latencies(60_000, 10.0, 40.0, 90.0, 12.0), new CpuTimes(36.0, 24.0));
    private static final FixedRateRun.Result FIXED = new FixedRateRun.Result(200, 199.5, 15_000, 0, 3.0,
            new Latencies(15_000, 1.0, 8.0, 80.0, 1.5));
    private static final LoadFigures.Startup STARTUP = new LoadFigures.Startup(Duration.ofMillis(4_500),
            Optional.of(4.1), Duration.ofSeconds(16), Duration.ofMillis(2_250));
    private static final LoadFigures.Runs CHAT = new LoadFigures.Runs(SATURATION, FIXED);
    private static final LoadFigures.Runs ALEXA = new LoadFigures.Runs(
            new ClosedLoopRun.Result(45_000, 1, 0, 30, new Latencies(45_000, 20.0, 60.0, 120.0, 22.0),
                    new CpuTimes(45.0, 15.0)),
            new FixedRateRun.Result(200, 199.0, 15_000, 3, 2.0, new Latencies(15_000, 2.0, 30.0, 95.0, 2.5)));

    @Test
    void namesEveryFigureWithItsUnitAndTheFixedRate() {
        Map<String, Object> figures = LoadFigures.of(LoadOptions.parse(List.of()), CHAT, STARTUP, Optional.of(ALEXA));

        assertThat(figures).containsEntry("saturationTurnsPerSecond", 2_000.0)
                .containsEntry("saturationRequestsPerSecond", 2_400.0)
                .containsEntry("saturationServerCpuCores", 1.2)
                .containsEntry("saturationClientCpuCores", 0.8)
                .containsEntry("saturationServerCpuMicrosPerRequest", 500.0)
                .containsEntry("fixedRate200P99Ms", 8.0)
                .containsEntry("fixedRate200AchievedTurnsPerSecond", 199.5)
                .containsEntry("startupWithTrainedModelSeconds", 4.5)
                .containsEntry("startupSpringBootReportedSeconds", 4.1)
                .containsEntry("startupFromClassDataArchiveSeconds", 2.25)
                .containsEntry("firstStartTrainingModelSeconds", 16.0);
    }

    @Test
    void putsTheAlexaFiguresInAnObjectOfTheirOwnCountingEveryRequest() {
        Map<String, Object> figures = LoadFigures.of(LoadOptions.parse(List.of()), CHAT, STARTUP, Optional.of(ALEXA));

        assertThat(figures.get("alexa")).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("saturationRequestsPerSecond", 1_500.0)
                .containsEntry("saturationRequests", 45_000L)
                .containsEntry("saturationServerCpuCores", 1.5)
                .containsEntry("saturationServerCpuMicrosPerRequest", 1_000.0)
                .containsEntry("fixedRate200RequestedPerSecond", 200)
                .containsEntry("fixedRate200AchievedPerSecond", 199.0)
                .containsEntry("fixedRate200P50Ms", 2.0)
                .containsEntry("fixedRate200P99Ms", 30.0)
                .containsEntry("fixedRate200Errors", 3L)
                .containsEntry("api", LoadFigures.ALEXA_API)
                .containsKey("asks");
        assertThat(figures.keySet()).last().isEqualTo("alexa");
    }

    @Test
    void saysWhenTheAlexaEndpointWasLeftOut() {
        Map<String, Object> figures = LoadFigures.of(LoadOptions.parse(List.of("--skip-alexa")), CHAT, STARTUP,
                Optional.empty());

        assertThat(figures).containsEntry("alexa", "not run (--skip-alexa)");
        assertThat(LoadFigures.summary(figures)).endsWith("  alexa        not run (--skip-alexa)\n");
    }

    @Test
    void summarisesBothEndpoints() {
        String summary = LoadFigures.summary(LoadFigures.of(LoadOptions.parse(List.of()), CHAT, STARTUP,
                Optional.of(ALEXA)));

        assertThat(summary)
                .contains("saturation   2000.0 turns/s with 64 clients (p50 10.0 ms, p99 40.0 ms, 2 errors)")
                .contains("fixed rate   200 turns/s asked, 199.5 achieved: p50 1.0 ms, p99 8.0 ms")
                .contains("alexa        saturation 1500.0 requests/s with 64 clients (p50 20.0 ms, p99 60.0 ms, "
                        + "1 errors)")
                .contains("fixed rate 200 requests/s asked, 199.0 achieved: p50 2.0 ms, p99 30.0 ms, max 95.0 ms, "
                        + "3 errors");
    }

    @Test
    void answersTheReportsLoadTargetsWithTheRightFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        LoadFigures.of(LoadOptions.parse(List.of()), CHAT, STARTUP, Optional.of(ALEXA)).forEach((key, value) ->
                figures.put(key, value instanceof Number n ? n.doubleValue() : value));

        assertThat(Targets.LOAD.stream().map(target -> target.find(figures).orElseThrow()).toList())
                .containsExactly(2_000.0, 8.0, 4.5, 2.25);
    }

    @Test
    void writesMissingFiguresAsNull() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationP99Ms", Double.NaN);
        figures.put("alexa", Map.of("saturationP99Ms", Double.NaN));

        Map<String, Object> json = LoadFigures.jsonReady(figures);

        assertThat(json).containsEntry("saturationP99Ms", null);
        assertThat(json.get("alexa")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("saturationP99Ms", null);
    }

    @Test
    void readsSpringBootsOwnStartUpTime() {
        String log = "2026-11-25 INFO  Started AssistantApplication in 3.912 seconds (process running for 4.377)";

        assertThat(ServerProcess.reportedStartSeconds(log)).contains(4.377);
        assertThat(ServerProcess.reportedStartSeconds("nothing yet")).isEmpty();
    }
}
