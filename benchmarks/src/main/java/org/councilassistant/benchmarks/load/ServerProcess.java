package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server ({@code assistant-server.jar}) as a child process on a free loopback port, its output in a log
 * file, taking unsigned Alexa requests for {@link AlexaRequests#SKILL_ID}. Closing it stops it, gracefully if it
 * will, and a shutdown hook stops it if this JVM is interrupted.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Pattern PROCESS_RUNNING_FOR = Pattern.compile("process running for ([0-9]+(?:\\.[0-9]+)?)");

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;
    private final Thread stopOnExit;

    private ServerProcess(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop-assistant-server");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts {@code java -jar jar}, as the README runs it. */
    static ServerProcess start(Path jar, Path dataDir, Path log) throws IOException {
        return start(List.of("-jar", jar.toAbsolutePath().toString()), dataDir, log);
    }

    /** Starts {@code java <launch> <the server's settings>}: {@code launch} names the JVM options and the jar. */
    static ServerProcess start(List<String> launch, Path dataDir, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(launch);
        command.addAll(settings(port, dataDir));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long started = System.nanoTime();
        return new ServerProcess(builder.start(), started, port, log);
    }

    /** The server's command-line settings for a run on {@code port} with its data in {@code dataDir}. */
    static List<String> settings(int port, Path dataDir) {
        List<String> settings = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--assistant.data-dir=" + dataDir.toAbsolutePath(),
                // The load's Alexa requests are not signed by Amazon; they name this skill id instead.
                "--assistant.alexa.verify-signatures=false", "--assistant.alexa.skill-id=" + AlexaRequests.SKILL_ID));
        // The same work whatever the hour: with the contact centre open, every request for a person would join a
        // queue no agent serves, growing through the run; closed, each is offered a callback, as out of hours.
        for (DayOfWeek day : DayOfWeek.values()) {
            settings.add("--assistant.council.contact-centre.opening-hours." + day.name().toLowerCase(Locale.ROOT) + "=closed");
        }
        return settings;
    }

    int port() {
        return port;
    }

    /** CPU used so far by the server and by this JVM. */
    CpuTimes cpuTimes() {
        return CpuTimes.of(process.toHandle());
    }

    /** Waits until the health endpoint says UP; returns the time from launch. */
    Duration awaitHealthy(ChatClient client, Duration timeout) throws InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with code " + process.exitValue()
                        + " before it was healthy; its log:\n" + logTail());
            }
            if (client.healthy()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the server was not healthy within " + timeout.toSeconds()
                + " s; its log:\n" + logTail());
    }

    /** Spring Boot's own count, "Started … (process running for 6.5)", from JVM start to context ready. */
    Optional<Double> reportedStartSeconds() {
        try {
            return reportedStartSeconds(Files.readString(log));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    static Optional<Double> reportedStartSeconds(String logText) {
        Matcher started = PROCESS_RUNNING_FOR.matcher(logText);
        return started.find() ? Optional.of(Double.parseDouble(started.group(1))) : Optional.empty();
    }

    /** The last lines of the server's log, for error messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(GRACE.toSeconds(), TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // This JVM is already shutting down and the hook is running.
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
