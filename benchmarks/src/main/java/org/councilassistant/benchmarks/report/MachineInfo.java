package org.councilassistant.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The machine a report ran on, read from the JVM and from {@code /proc} (Linux; "unknown" elsewhere).
 *
 * @param processors what {@code nproc} reports: the CPUs this process may use
 * @param memoryBytes total physical memory, or 0 when unknown
 * @param loadAverage the 1, 5 and 15 minute load averages when the report started: other work on the machine
 *     slows every timing in it
 */
public record MachineInfo(String date, int processors, long memoryBytes, String cpuModel, String java, String os,
        String loadAverage) {

    public static MachineInfo detect() {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vm.name") + ", " + System.getProperty("java.vm.vendor") + ")";
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String os = field(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(name -> name.replace("\"", "") + ", " + kernel)
                .orElse(kernel);
        return new MachineInfo(date, Runtime.getRuntime().availableProcessors(), totalMemory(),
                field(Path.of("/proc/cpuinfo"), "model name", ':').orElse("unknown"), java, os, currentLoad());
    }

    private static long totalMemory() {
        return field(Path.of("/proc/meminfo"), "MemTotal", ':')
                .map(value -> value.replaceAll("[^0-9]", ""))
                .filter(digits -> !digits.isEmpty())
                .map(kib -> Long.parseLong(kib) * 1024)
                .orElse(0L);
    }

    private static String currentLoad() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts.length >= 3 ? String.join(" ", parts[0], parts[1], parts[2]) : "unknown";
        } catch (IOException | SecurityException e) {
            return "unknown";
        }
    }

    /** The value of the first {@code key<separator>value} line of a file. */
    static Optional<String> field(Path file, String key, char separator) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            int at = line.indexOf(separator);
            if (at > 0 && line.substring(0, at).strip().equals(key)) {
                return Optional.of(line.substring(at + 1).strip());
            }
        }
        return Optional.empty();
    }
}
