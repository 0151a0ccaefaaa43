package org.councilassistant.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jmh}: runs this package's benchmarks (embed one message, classify one utterance, knowledge-base search by
 * words and by words and meaning at two sizes each, one engine turn) in sample-time mode, one fork each, and writes p50, p99 and mean per benchmark to
 * {@code benchmarks/target/results/jmh.json}.
 *
 * <p>The forks share one model directory, so the council model is trained by the first and loaded by the rest.
 */
public final class JmhCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JmhCommand() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        JmhOptions options = JmhOptions.parse(List.of(args));
        if (options.help()) {
            System.out.print(JmhOptions.USAGE);
            return;
        }
        Path modelDir = TempDirectories.create("council-jmh-model");
        try {
            Collection<RunResult> results = new Runner(jmhOptions(options, modelDir).build()).run();
            if (results.isEmpty()) {
                throw new IllegalStateException("no benchmark matched " + include(options));
            }
            Map<String, Object> figures = new LinkedHashMap<>(JmhFigures.of(results));
            figures.put("mode", "SampleTime, 1 thread (embedTwoThreads*: 2, figures per call)");
            figures.put("forks", 1);
            figures.put("warmup", options.warmupIterations() + " x " + options.warmupSeconds() + " s");
            figures.put("measurement", options.iterations() + " x " + options.iterationSeconds() + " s");
            figures.put("availableProcessors", Runtime.getRuntime().availableProcessors());
            figures.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            figures.put("searchArticles", "seed articles, then variants of them (SyntheticArticles)");
            System.out.println();
            System.out.print(JmhFigures.table(figures));
            write(options.out(), figures);
            System.out.println("jmh: wrote " + options.out());
        } finally {
            TempDirectories.delete(modelDir);
        }
    }

    static ChainedOptionsBuilder jmhOptions(JmhOptions options, Path modelDir) {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(include(options))
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .threads(1)
                .warmupIterations(options.warmupIterations())
                .warmupTime(TimeValue.seconds(options.warmupSeconds()))
                .measurementIterations(options.iterations())
                .measurementTime(TimeValue.seconds(options.iterationSeconds()))
                .jvmArgsAppend("-D" + InProcessAssistant.MODEL_DIR_PROPERTY + "=" + modelDir.toAbsolutePath())
                .shouldFailOnError(true);
        if (!options.articles().isEmpty()) {
            builder.param(JmhFigures.SIZE_PARAM, options.articles().toArray(String[]::new));
        }
        return builder;
    }

    /** Benchmarks of this package only, narrowed by {@code --include}. */
    static String include(JmhOptions options) {
        String benchmarks = Pattern.quote(JmhCommand.class.getPackageName() + ".") + "\\w+Benchmark\\.";
        return benchmarks + options.include().map(regex -> ".*(" + regex + ").*").orElse(".*");
    }

    private static void write(Path out, Map<String, Object> figures) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Map<String, Object> json = new LinkedHashMap<>();
        figures.forEach((key, value) -> json.put(key,
                value instanceof Double d && !Double.isFinite(d) ? null : value));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), json);
    }
}
