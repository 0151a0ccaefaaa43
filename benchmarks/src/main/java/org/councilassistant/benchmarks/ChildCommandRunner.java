package org.councilassistant.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.councilassistant.benchmarks.report.Outcome;
import org.councilassistant.benchmarks.report.ResultsFile;

/**
 * Runs one of the performance commands in a JVM of its own, so that its heap and JIT state are its own, and reads
 * the results file it writes. The file is deleted first: a figure in the report is always from this run.
 */
final class ChildCommandRunner {

    private final ModuleLayout layout;
    private final PrintStream out;

    ChildCommandRunner(ModuleLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /**
     * @param name the command name, e.g. {@code jmh}
     * @param resultsFile the file name it writes under {@code benchmarks/target/results}, e.g. {@code jmh.json}
     */
    Outcome<Map<String, Object>> run(String name, String resultsFile) throws IOException, InterruptedException {
        String shown = "java -jar " + ModuleLayout.JAR + " " + name;
        Path results = layout.results().resolve(resultsFile);
        Files.deleteIfExists(results);
        if (BenchmarkCommand.externalMain(name).isEmpty()) {
            return Outcome.notRun("this build has no " + name + " command, class "
                    + BenchmarkCommand.externalClassName(name).orElse("?"), shown);
        }
        List<String> command = List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                BenchmarkCommand.class.getName(), name);
        out.println("report: running " + shown + " in a child JVM");
        int exit;
        try {
            exit = new ProcessBuilder(command).directory(layout.projectRoot().toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            return Outcome.failed("could not start " + shown + ": " + e.getMessage(), shown);
        }
        if (exit != 0) {
            return Outcome.failed(shown + " exited with code " + exit + ".", shown);
        }
        try {
            return ResultsFile.read(results)
                    .map(figures -> Outcome.of(figures, shown))
                    .orElseGet(() -> Outcome.failed(shown + " wrote no " + layout.display(results) + ".", shown));
        } catch (IllegalStateException e) {
            return Outcome.failed(e.getMessage(), shown);
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
