package org.councilassistant.benchmarks.load;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of {@code load.json}, named with their units: web chat's flat, the Alexa endpoint's in an object
 * {@code alexa}. The fixed-rate keys carry the rate ({@code fixedRate200P99Ms}) so that a run at another rate is
 * never read as the 200 turns/s target.
 */
final class LoadFigures {

    static final String ALEXA_SKIPPED = "not run (--skip-alexa)";
    static final String ALEXA_API = "POST /alexa (Alexa skill endpoint): one-shot IntentRequests, each a new Alexa "
            + "session and so a new engine session; signature verification off, loopback";

    private LoadFigures() {
    }

    /**
     * @param withTrainedModel launch to health UP, the model already trained
     * @param reportedSeconds Spring Boot's own figure for that start, if it logged one
     * @param first launch to health UP in an empty data directory (trains the model)
     * @param fromClassDataArchive launch to health UP, the model trained, started as the README's production
     *        start-up does: the extracted jar with a class-data archive
     */
    record Startup(Duration withTrainedModel, Optional<Double> reportedSeconds, Duration first,
            Duration fromClassDataArchive) {
    }

    /** The two runs against one endpoint: saturation, then the fixed rate. */
    record Runs(ClosedLoopRun.Result saturation, FixedRateRun.Result fixed) {
    }

    static Map<String, Object> of(LoadOptions options, Runs chat, Startup startup, Optional<Runs> alexa) {
        ClosedLoopRun.Result saturation = chat.saturation();
        FixedRateRun.Result fixed = chat.fixed();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationTurnsPerSecond", round(saturation.turnsPerSecond()));
        figures.put("saturationClients", options.clients());
        figures.put("saturationSeconds", options.seconds());
        figures.put("saturationWarmupSeconds", options.warmupSeconds());
        figures.put("saturationTurns", saturation.turns());
        figures.put("saturationErrors", saturation.errors());
        figures.put("saturationSessionsStarted", saturation.sessionsStarted());
        figures.put("saturationP50Ms", round(saturation.latencies().p50Ms()));
        figures.put("saturationP99Ms", round(saturation.latencies().p99Ms()));
        figures.put("saturationRequestsPerSecond", round(saturation.requestsPerSecond()));
        putCpu(figures, saturation);
        String rate = "fixedRate" + fixed.requested();
        figures.put(rate + "RequestedTurnsPerSecond", fixed.requested());
        figures.put(rate + "AchievedTurnsPerSecond", round(fixed.achieved()));
        putLatencies(figures, rate, fixed);
        figures.put(rate + "Turns", fixed.turns());
        figures.put(rate + "Errors", fixed.errors());
        figures.put(rate + "SenderLagMaxMs", round(fixed.maxSendLagMs()));
        figures.put("startupWithTrainedModelSeconds", round(LoadCommand.seconds(startup.withTrainedModel())));
        startup.reportedSeconds().ifPresent(seconds -> figures.put("startupSpringBootReportedSeconds", seconds));
        figures.put("firstStartTrainingModelSeconds", round(LoadCommand.seconds(startup.first())));
        figures.put("startupFromClassDataArchiveSeconds",
                round(LoadCommand.seconds(startup.fromClassDataArchive())));
        figures.put("api", "POST /api/chat/sessions/{id}/messages (web chat), loopback");
        figures.put("client", "java.net.http.HttpClient, HTTP/1.1 keep-alive, in the benchmarks JVM");
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("contactCentre", "closed all week for the run, so a request for a person is offered a callback"
                + " whatever the hour (open, it would join a queue no agent serves)");
        figures.put("note", "server and load client share the same " + Runtime.getRuntime().availableProcessors()
                + " cores; start-up is from launching the server JVM to /actuator/health UP");
        figures.put("alexa", alexa.<Object>map(runs -> alexa(options, runs)).orElse(ALEXA_SKIPPED));
        return figures;
    }

    /** The Alexa endpoint's figures: as web chat's, but every request stands alone, so no sessions apart. */
    static Map<String, Object> alexa(LoadOptions options, Runs runs) {
        ClosedLoopRun.Result saturation = runs.saturation();
        FixedRateRun.Result fixed = runs.fixed();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationRequestsPerSecond", round(saturation.turnsPerSecond()));
        figures.put("saturationClients", options.clients());
        figures.put("saturationSeconds", options.seconds());
        figures.put("saturationWarmupSeconds", options.warmupSeconds());
        figures.put("saturationRequests", saturation.turns());
        figures.put("saturationErrors", saturation.errors());
        figures.put("saturationP50Ms", round(saturation.latencies().p50Ms()));
        figures.put("saturationP99Ms", round(saturation.latencies().p99Ms()));
        putCpu(figures, saturation);
        String rate = "fixedRate" + fixed.requested();
        figures.put(rate + "RequestedPerSecond", fixed.requested());
        figures.put(rate + "AchievedPerSecond", round(fixed.achieved()));
        putLatencies(figures, rate, fixed);
        figures.put(rate + "Requests", fixed.turns());
        figures.put(rate + "Errors", fixed.errors());
        figures.put(rate + "SenderLagMaxMs", round(fixed.maxSendLagMs()));
        figures.put("api", ALEXA_API);
        figures.put("asks", AlexaRequests.describe());
        return figures;
    }

    private static void putCpu(Map<String, Object> figures, ClosedLoopRun.Result saturation) {
        figures.put("saturationServerCpuCores", round(saturation.cpu().serverSeconds() / saturation.seconds()));
        figures.put("saturationClientCpuCores", round(saturation.cpu().clientSeconds() / saturation.seconds()));
        figures.put("saturationServerCpuMicrosPerRequest", round(saturation.cpu().serverSeconds() * 1e6
                / (saturation.turns() + saturation.sessionsStarted())));
    }

    private static void putLatencies(Map<String, Object> figures, String rate, FixedRateRun.Result fixed) {
        figures.put(rate + "P50Ms", round(fixed.latencies().p50Ms()));
        figures.put(rate + "P99Ms", round(fixed.latencies().p99Ms()));
        figures.put(rate + "MaxMs", round(fixed.latencies().maxMs()));
        figures.put(rate + "MeanMs", round(fixed.latencies().meanMs()));
    }

    /** Six significant digits: enough for any of these figures. */
    static double round(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(new MathContext(6)).doubleValue() : Double.NaN;
    }

    /** NaN (no data) as null, also in the nested figures: JSON has no NaN. */
    static Map<String, Object> jsonReady(Map<String, Object> figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        figures.forEach((key, value) -> json.put(key, jsonReady(value)));
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Object jsonReady(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        return value instanceof Map<?, ?> nested ? jsonReady((Map<String, Object>) nested) : value;
    }

    static String summary(Map<String, Object> figures) {
        Object rate = figures.keySet().stream().filter(k -> k.endsWith("RequestedTurnsPerSecond")).findFirst()
                .map(figures::get).orElse("?");
        String fixed = "fixedRate" + rate;
        return String.format(Locale.ROOT, """
                load (%s):
                  saturation   %s turns/s with %s clients (p50 %s ms, p99 %s ms, %s errors); CPU: server %s cores,
                               client %s cores, server %s µs per request
                  fixed rate   %s turns/s asked, %s achieved: p50 %s ms, p99 %s ms, max %s ms, %s errors
                  start-up     %s s with the trained model (first start, training it: %s s); %s s from the
                               class-data archive
                """, figures.get("note"),
                figures.get("saturationTurnsPerSecond"), figures.get("saturationClients"),
                figures.get("saturationP50Ms"), figures.get("saturationP99Ms"), figures.get("saturationErrors"),
                figures.get("saturationServerCpuCores"), figures.get("saturationClientCpuCores"),
                figures.get("saturationServerCpuMicrosPerRequest"),
                rate, figures.get(fixed + "AchievedTurnsPerSecond"), figures.get(fixed + "P50Ms"),
                figures.get(fixed + "P99Ms"), figures.get(fixed + "MaxMs"), figures.get(fixed + "Errors"),
                figures.get("startupWithTrainedModelSeconds"), figures.get("firstStartTrainingModelSeconds"),
                figures.get("startupFromClassDataArchiveSeconds"))
                + alexaSummary(figures.get("alexa"), rate);
    }

    private static String alexaSummary(Object alexa, Object rate) {
        if (!(alexa instanceof Map<?, ?> figures)) {
            return "  alexa        " + alexa + "\n";
        }
        String fixed = "fixedRate" + rate;
        return String.format(Locale.ROOT, """
                  alexa        saturation %s requests/s with %s clients (p50 %s ms, p99 %s ms, %s errors); CPU:
                               server %s cores, client %s cores, server %s µs per request
                               fixed rate %s requests/s asked, %s achieved: p50 %s ms, p99 %s ms, max %s ms, %s errors
                """, figures.get("saturationRequestsPerSecond"), figures.get("saturationClients"),
                figures.get("saturationP50Ms"), figures.get("saturationP99Ms"), figures.get("saturationErrors"),
                figures.get("saturationServerCpuCores"), figures.get("saturationClientCpuCores"),
                figures.get("saturationServerCpuMicrosPerRequest"),
                rate, figures.get(fixed + "AchievedPerSecond"), figures.get(fixed + "P50Ms"),
                figures.get(fixed + "P99Ms"), figures.get(fixed + "MaxMs"), figures.get(fixed + "Errors"));
    }
}
