package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.councilassistant.benchmarks.UsageException;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code load}: the web-chat API and the Alexa endpoint of the real server under load on loopback. Starts the server
 * jar in a fresh data directory (the first start trains the model), stops it and starts it again to time a start
 * with the trained model, then drives chat turns from a Java client: closed-loop saturation, then an open loop at a
 * fixed rate; then the same two runs of Alexa requests against the same server. Writes
 * {@code benchmarks/target/results/load.json}. The server is always stopped, also on failure.
 *
 * <p>Server and client share this machine's cores, so the saturation figure is what the server manages while a
 * client of similar cost runs beside it.
 */
public final class LoadCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final long PAUSE_MILLIS = 2_000;

    private LoadCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LoadOptions options = LoadOptions.parse(List.of(args));
        if (options.help()) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        if (!Files.isRegularFile(options.serverJar())) {
            throw new UsageException("no server jar at " + options.serverJar() + "; build it with "
                    + "./mvnw -B -q -pl assistant-server -am package -DskipTests, or name it with --server-jar");
        }
        Path dataDir = Files.createTempDirectory("council-load-data");
        Path logs = Files.createTempDirectory("council-load-logs");
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            Duration firstStart = timeStart(options.serverJar(), dataDir, logs.resolve("first-start.log"));
            System.out.printf(Locale.ROOT, "load: first start (trains the model) healthy after %.2f s%n",
                    seconds(firstStart));
            ClassDataArchive archive = ClassDataArchive.create(options.serverJar(), logs, dataDir,
                    logs.resolve("class-data-archive.log"));
            Duration archivedStart = timeStart(archive.launch(), dataDir, logs.resolve("archived-start.log"));
            System.out.printf(Locale.ROOT, "load: start from the class-data archive healthy after %.2f s%n",
                    seconds(archivedStart));
            try (ServerProcess server = ServerProcess.start(options.serverJar(), dataDir,
                    logs.resolve("server.log"))) {
                ChatClient client = new ChatClient(server.port());
                Duration startup = server.awaitHealthy(client, START_TIMEOUT);
                System.out.printf(Locale.ROOT, "load: start with the trained model healthy after %.2f s%n",
                        seconds(startup));
                System.out.printf(Locale.ROOT, "load: saturation, %d clients, %d s warm-up + %d s ...%n",
                        options.clients(), options.warmupSeconds(), options.seconds());
                ClosedLoopRun.Result saturation = new ClosedLoopRun(client, options.clients(), server::cpuTimes)
                        .run(options.warmupSeconds(), options.seconds());
                Thread.sleep(PAUSE_MILLIS);
                System.out.printf(Locale.ROOT, "load: fixed rate, %d turns/s for %d s ...%n", options.rate(),
                        options.seconds());
                FixedRateRun.Result fixed = new FixedRateRun(client).run(options.rate(), options.seconds());
                Optional<LoadFigures.Runs> alexa = options.alexa()
                        ? Optional.of(alexa(options, server))
                        : Optional.empty();
                figures.putAll(LoadFigures.of(options, new LoadFigures.Runs(saturation, fixed),
                        new LoadFigures.Startup(startup, server.reportedStartSeconds(), firstStart, archivedStart),
                        alexa));
            } catch (RuntimeException | IOException e) {
                System.err.println("load: server log " + logs.resolve("server.log"));
                throw e;
            }
        } finally {
            delete(dataDir);
        }
        System.out.print(LoadFigures.summary(figures));
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(options.out().toFile(), LoadFigures.jsonReady(figures));
        System.out.println("load: wrote " + options.out());
        delete(logs);
    }

    /** Alexa's saturation and fixed-rate runs, after a pause and a check that every ask is answered. */
    private static LoadFigures.Runs alexa(LoadOptions options, ServerProcess server)
            throws IOException, InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        AlexaClient alexa = new AlexaClient(server.port(), Instant.now());
        List<String> spoken = alexa.check();
        for (int i = 0; i < spoken.size(); i++) {
            System.out.printf(Locale.ROOT, "load: alexa %s -> %s%n", AlexaRequests.ASKS.get(i),
                    abbreviate(spoken.get(i)));
        }
        System.out.printf(Locale.ROOT, "load: alexa saturation, %d clients, %d s warm-up + %d s ...%n",
                options.clients(), options.warmupSeconds(), options.seconds());
        ClosedLoopRun.Result saturation = ClosedLoopRun.ofRequests(number -> alexa.send(number) == 200,
                options.clients(), server::cpuTimes).run(options.warmupSeconds(), options.seconds());
        Thread.sleep(PAUSE_MILLIS);
        System.out.printf(Locale.ROOT, "load: alexa fixed rate, %d requests/s for %d s ...%n", options.rate(),
                options.seconds());
        FixedRateRun.Result fixed = FixedRateRun.run(options.rate(), options.seconds(),
                number -> alexa.send(number) == 200);
        return new LoadFigures.Runs(saturation, fixed);
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }

    /** Starts the server, waits for health, stops it; returns the time to health. */
    private static Duration timeStart(Path jar, Path dataDir, Path log) throws IOException, InterruptedException {
        return timeStart(List.of("-jar", jar.toAbsolutePath().toString()), dataDir, log);
    }

    private static Duration timeStart(List<String> launch, Path dataDir, Path log)
            throws IOException, InterruptedException {
        try (ServerProcess server = ServerProcess.start(launch, dataDir, log)) {
            return server.awaitHealthy(new ChatClient(server.port()), FIRST_START_TIMEOUT);
        }
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover scratch directory does not change any figure.
        }
    }
}
