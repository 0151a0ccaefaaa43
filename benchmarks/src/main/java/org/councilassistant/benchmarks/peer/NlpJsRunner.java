package org.councilassistant.benchmarks.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code benchmarks/nlpjs/evaluate.js} in Node.js: nlp.js trained and evaluated on CLINC-format splits.
 * Its progress goes to ours; its last stdout line is the JSON result.
 */
public final class NlpJsRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSTALL_HINT = "npm ci --prefix benchmarks/nlpjs";

    private final Path scriptDir;
    private final String node;

    /**
     * @param scriptDir the directory holding {@code evaluate.js} and its {@code node_modules}
     * @param node the Node.js executable, e.g. {@code node}
     */
    public NlpJsRunner(Path scriptDir, String node) {
        this.scriptDir = scriptDir;
        this.node = node;
    }

    /** Fails with what to do when Node.js, the script or node-nlp is missing. */
    public String checkInstalled() {
        if (!Files.isRegularFile(scriptDir.resolve("evaluate.js"))) {
            throw new PeerUnavailableException("no nlp.js script at " + scriptDir.resolve("evaluate.js"));
        }
        String version;
        try {
            Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new PeerUnavailableException("'" + node + " --version' failed: " + version);
            }
        } catch (IOException e) {
            throw new PeerUnavailableException("Node.js is not installed or not on the PATH ('" + node
                    + "' could not run: " + e.getMessage() + "); install Node.js 18 or later, then " + INSTALL_HINT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailableException("interrupted while checking Node.js");
        }
        if (!Files.isRegularFile(scriptDir.resolve("node_modules/node-nlp/package.json"))) {
            throw new PeerUnavailableException("node-nlp is not installed in " + scriptDir.resolve("node_modules")
                    + "; run: " + INSTALL_HINT);
        }
        return version;
    }

    /** The command line that {@link #run} executes, for the record. */
    public List<String> command(Path clincFile, List<String> trainSplits, List<String> evalSplits, String oosLabel) {
        return List.of(node, scriptDir.resolve("evaluate.js").toString(), clincFile.toAbsolutePath().toString(),
                String.join(",", trainSplits), String.join(",", evalSplits), oosLabel);
    }

    public NlpJsResult run(Path clincFile, List<String> trainSplits, List<String> evalSplits, String oosLabel,
            PrintStream progress) throws IOException, InterruptedException {
        checkInstalled();
        Process process = new ProcessBuilder(command(clincFile, trainSplits, evalSplits, oosLabel))
                .directory(scriptDir.toFile())
                .start();
        process.getOutputStream().close();
        Thread forwarder = new Thread(() -> forward(process, progress), "nlpjs-stderr");
        forwarder.setDaemon(true);
        forwarder.start();
        String lastLine = lastLine(process);
        int exit = process.waitFor();
        forwarder.join(TimeUnit.SECONDS.toMillis(10));
        if (exit != 0 || lastLine == null) {
            throw new IOException("nlp.js evaluation exited with code " + exit + (lastLine == null ? " and no result" : ""));
        }
        return parse(lastLine);
    }

    static NlpJsResult parse(String line) {
        try {
            JsonNode json = JSON.readTree(line);
            List<String> predictions = new ArrayList<>();
            json.required("predictions").forEach(p -> predictions.add(p.asString()));
            return new NlpJsResult(json.path("version").asString("?"), json.path("node").asString("?"),
                    json.required("trainSeconds").doubleValue(), json.required("classificationsPerSecond").doubleValue(),
                    predictions);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("unexpected output from the nlp.js script: "
                    + line.substring(0, Math.min(200, line.length())), e);
        }
    }

    private static String lastLine(Process process) throws IOException {
        String last = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        return last;
    }

    private static void forward(Process process, PrintStream progress) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                progress.println(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
