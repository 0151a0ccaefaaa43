package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.councilassistant.benchmarks.dataset.DatasetSelection;
import org.councilassistant.benchmarks.dataset.EvaluationData;
import org.councilassistant.benchmarks.peer.NlpJsResult;
import org.councilassistant.benchmarks.peer.NlpJsRunner;
import org.councilassistant.benchmarks.peer.PeerComparison;
import org.councilassistant.benchmarks.report.PeerFigures;

/**
 * {@code peer}: our engine and nlp.js trained and evaluated on the same CLINC-format splits in the same run,
 * one after the other so that neither steals the other's CPU. The last line is one JSON object.
 */
final class PeerCommand implements Command {

    static final String DEFAULT_TRAIN = "train,oos_train";
    static final String DEFAULT_EVAL = "val,oos_val";

    private final PrintStream out;

    PeerCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "[--data " + ModuleLayout.CLINC_FILE + "] [--train " + DEFAULT_TRAIN + "] [--eval " + DEFAULT_EVAL
                + "] [--oos-label oos] [--nlpjs benchmarks/nlpjs] [--node node]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        CommandOptions options = CommandOptions.parse(args,
                Set.of("--data", "--train", "--eval", "--oos-label", "--nlpjs", "--node"), Set.of());
        ModuleLayout layout = ModuleLayout.locate();
        EvaluationData data = clincData(options, layout);
        String oosLabel = options.value("--oos-label", IntentEvalCommand.DEFAULT_OOS_LABEL);
        NlpJsRunner runner = runner(options, layout);
        out.println("peer: nlp.js on Node.js " + runner.checkInstalled() + "; " + data.description());
        PeerFigures figures = compare(data, oosLabel, runner, out);
        out.println("peer: " + figures.peer());
        print(figures.comparison());
        return 0;
    }

    static EvaluationData clincData(CommandOptions options, ModuleLayout layout) {
        String file = options.value("--data").orElse(layout.clincFile().toString());
        if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new UsageException("the nlp.js script reads CLINC150-format JSON only, not " + file);
        }
        return DatasetSelection.load(file, options.value("--train", DEFAULT_TRAIN), options.value("--eval", DEFAULT_EVAL));
    }

    static NlpJsRunner runner(CommandOptions options, ModuleLayout layout) {
        return new NlpJsRunner(options.value("--nlpjs").map(Path::of).orElse(layout.nlpjs()),
                options.value("--node", "node"));
    }

    /** Ours first (in this JVM), then nlp.js (in Node.js). */
    static PeerFigures compare(EvaluationData data, String oosLabel, NlpJsRunner runner, PrintStream out)
            throws Exception {
        out.println("ours:");
        IntentBenchmark.Result ours = IntentBenchmark.run(data.training(), data.evaluation(), oosLabel, out);
        return compare(data, oosLabel, ours, runner, out);
    }

    /** nlp.js against a result of ours already measured on the same data. */
    static PeerFigures compare(EvaluationData data, String oosLabel, IntentBenchmark.Result ours,
            NlpJsRunner runner, PrintStream out) throws Exception {
        out.println("nlp.js: " + String.join(" ", runner.command(data.clincFile(), data.trainSplits(),
                data.evalSplits(), oosLabel)));
        NlpJsResult theirs = runner.run(data.clincFile(), data.trainSplits(), data.evalSplits(), oosLabel, out);
        PeerComparison comparison = new PeerComparison(ours.report(),
                PeerComparison.score(data.evaluation(), theirs.predictions(), oosLabel), ours.trainSeconds(),
                theirs.trainSeconds(), ours.latency().callsPerSecond(), theirs.classificationsPerSecond());
        return new PeerFigures("nlp.js (node-nlp " + theirs.version() + ", Node.js " + theirs.nodeVersion() + ")",
                comparison);
    }

    private void print(PeerComparison c) {
        String row = "%-26s %12s %12s %10s%n";
        out.printf(Locale.ROOT, row, "", "ours", "nlp.js", "ratio");
        out.printf(Locale.ROOT, row, "in-scope accuracy", pct(c.ours().inScopeAccuracy()),
                pct(c.theirs().inScopeAccuracy()), ratio(c.accuracyRatio()));
        out.printf(Locale.ROOT, row, "out-of-scope recall", pct(c.ours().oosRecall()), pct(c.theirs().oosRecall()),
                ratio(c.oosRecallRatio()));
        out.printf(Locale.ROOT, row, "training seconds", num(c.ourTrainSeconds()), num(c.theirTrainSeconds()),
                ratio(c.trainTimeRatio()));
        out.printf(Locale.ROOT, row, "classifications/s", num(c.ourPerSecond()), num(c.theirPerSecond()),
                ratio(c.perSecondRatio()));
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> ours = ResultJson.accuracy(c.ours());
        ours.put("trainSeconds", c.ourTrainSeconds());
        ours.put("classificationsPerSecond", c.ourPerSecond());
        Map<String, Object> theirs = ResultJson.accuracy(c.theirs());
        theirs.put("trainSeconds", c.theirTrainSeconds());
        theirs.put("classificationsPerSecond", c.theirPerSecond());
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("inScopeAccuracy", c.accuracyRatio());
        ratios.put("oosRecall", c.oosRecallRatio());
        ratios.put("classificationsPerSecond", c.perSecondRatio());
        ratios.put("trainSeconds", c.trainTimeRatio());
        json.put("ours", ours);
        json.put("nlpjs", theirs);
        json.put("ratios", ratios);
        out.println(ResultJson.line(json));
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }
}
