package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server launched as the README's production start-up does: the jar extracted (Spring Boot's
 * {@code -Djarmode=tools extract}) and a class-data archive recorded by one start that exits once the application
 * context is ready ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}). Later starts map
 * the archived classes instead of loading and verifying them one by one.
 */
final class ClassDataArchive {

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
    private static final String ARCHIVE = "application.jsa";

    private final Path extractedJar;
    private final Path archive;

    private ClassDataArchive(Path extractedJar, Path archive) {
        this.extractedJar = extractedJar;
        this.archive = archive;
    }

    /** Extracts {@code jar} into {@code directory} and records the archive with a start on {@code dataDir}. */
    static ClassDataArchive create(Path jar, Path directory, Path dataDir, Path log)
            throws IOException, InterruptedException {
        Path extracted = directory.resolve("application");
        run(List.of(ServerProcess.javaExecutable(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
                "extract", "--destination", extracted.toString()), log);
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path archive = extracted.resolve(ARCHIVE);
        List<String> record = new ArrayList<>(List.of(ServerProcess.javaExecutable(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extractedJar.toString()));
        record.addAll(ServerProcess.settings(ServerProcess.freePort(), dataDir));
        run(record, log);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no class-data archive was written; see " + log);
        }
        return new ClassDataArchive(extractedJar, archive);
    }

    /** The JVM options and jar for {@link ServerProcess#start(List, Path, Path)}. */
    List<String> launch() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString());
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command) + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit code " + process.exitValue() + ": " + String.join(" ", command)
                    + "; see " + log);
        }
    }
}
