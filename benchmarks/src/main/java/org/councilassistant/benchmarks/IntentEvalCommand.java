package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.councilassistant.benchmarks.dataset.DatasetSelection;
import org.councilassistant.benchmarks.dataset.EvaluationData;

/**
 * {@code intent-eval}: trains the project's intent engine on one labelled dataset and evaluates it on another.
 * Progress lines first; the last line is one JSON object with the figures.
 */
final class IntentEvalCommand implements Command {

    static final String DEFAULT_OOS_LABEL = "oos";

    private final PrintStream out;

    IntentEvalCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "--data FILE.json --train SPLITS --eval SPLITS [--oos-label oos] [--warmup-passes N]"
                + " [--predictions FILE.csv] | --train FILE.csv --eval FILE.csv [--data DIR] [--oos-label oos]"
                + " [--predictions FILE.csv]";
    }

    @Override
    public int run(List<String> args) {
        CommandOptions options = CommandOptions.parse(args,
                Set.of("--data", "--train", "--eval", "--oos-label", "--warmup-passes", "--predictions"), Set.of());
        String train = options.required("--train");
        String eval = options.required("--eval");
        String oosLabel = options.value("--oos-label", DEFAULT_OOS_LABEL);
        int warmupPasses = options.intValue("--warmup-passes", 0, 1);
        EvaluationData data = DatasetSelection.load(options.value("--data").orElse(null), train, eval);
        if (data.training().isEmpty() || data.evaluation().isEmpty()) {
            throw new UsageException("nothing to " + (data.training().isEmpty() ? "train on" : "evaluate")
                    + " in " + data.description());
        }
        out.println("intent-eval: " + data.description() + ", out-of-scope label '" + oosLabel + "'");
        IntentBenchmark.Result result = IntentBenchmark.run(data.training(), data.evaluation(), oosLabel,
                warmupPasses == 0 ? IntentBenchmark.defaultWarmupPasses(data.evaluation().size()) : warmupPasses, out);
        out.printf(Locale.ROOT, "in-scope accuracy %.4f, out-of-scope recall %.4f, out-of-scope AUROC %.4f, MCC %.4f,"
                + " classify p50 %.1f µs%n", result.report().inScopeAccuracy(), result.report().oosRecall(),
                result.report().oosAuroc(), result.report().mcc(), result.latency().p50Micros());
        options.value("--predictions").map(Path::of).ifPresent(file -> {
            PredictionsFile.write(file, result.predictions(), oosLabel);
            out.println("predictions written to " + file);
        });
        out.println(ResultJson.line(ResultJson.intentEval(data.description(), result)));
        return 0;
    }
}
