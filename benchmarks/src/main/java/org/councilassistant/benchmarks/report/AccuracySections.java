package org.councilassistant.benchmarks.report;

import static org.councilassistant.benchmarks.report.Markdown.code;
import static org.councilassistant.benchmarks.report.Markdown.number;
import static org.councilassistant.benchmarks.report.Markdown.pct;
import static org.councilassistant.benchmarks.report.Markdown.ratio;
import static org.councilassistant.benchmarks.report.Markdown.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.councilassistant.benchmarks.peer.PeerComparison;
import org.councilassistant.intents.evaluation.EvaluationReport;

/**
 * Sections 2 and 3 of the report: the nlp.js peer and the council's own phrases in English and Welsh; section 1,
 * CLINC150, is {@link ClincSection}.
 */
final class AccuracySections {

    static final int WORST = 10;
    private static final String COUNCIL_SECTION = "3. council k-fold";

    private AccuracySections() {
    }

    static String peer(Outcome<PeerFigures> outcome, List<TargetSummary.Row> summary) {
        StringBuilder text = new StringBuilder("## 2. Peer: nlp.js\n\n");
        text.append(commandLine(outcome));
        PeerComparison c = outcome.ran() ? outcome.figures().comparison() : null;
        List<Target.Check> checks = List.of(
                Targets.PEER_ACCURACY.check(c == null ? Double.NaN : c.accuracyRatio()),
                Targets.PEER_OOS_RECALL.check(c == null ? Double.NaN : c.oosRecallRatio()));
        checks.forEach(check -> summary.add(new TargetSummary.Row("2. nlp.js peer", check)));
        if (c == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        text.append("Same splits as section 1, same run, one engine after the other; ")
                .append(outcome.figures().peer()).append(" with `new NlpManager({ languages: ['en'] })` defaults ")
                .append("(intent `None` = out of scope). Ratios are ours ÷ nlp.js. Classifications per second: one ")
                .append("thread, a timed pass over the evaluation utterances after warm-up (nlp.js: one untimed pass, ")
                .append("then `await manager.process('en', text)` for each).\n\n");
        text.append(table(List.of("figure", "ours", "nlp.js", "ratio", "target", "verdict"), List.of(
                List.of("in-scope accuracy", pct(c.ours().inScopeAccuracy()), pct(c.theirs().inScopeAccuracy()),
                        ratio(c.accuracyRatio()), checks.get(0).target().bound(), checks.get(0).verdict()),
                List.of("out-of-scope recall", pct(c.ours().oosRecall()), pct(c.theirs().oosRecall()),
                        ratio(c.oosRecallRatio()), checks.get(1).target().bound(), checks.get(1).verdict()),
                List.of("training seconds", number(c.ourTrainSeconds(), 1), number(c.theirTrainSeconds(), 1),
                        ratio(c.trainTimeRatio()), "", ""),
                List.of("classifications per second (1 thread)", number(c.ourPerSecond(), 0),
                        number(c.theirPerSecond(), 0), ratio(c.perSecondRatio()), "", ""))));
        return text.toString();
    }

    static String council(Outcome<CrossValidationFigures> english, Outcome<CrossValidationFigures> welsh,
            List<TargetSummary.Row> summary) {
        StringBuilder text = new StringBuilder("## 3. Council catalogue (k-fold cross-validation)\n\n");
        List<Outcome<CrossValidationFigures>> outcomes = List.of(english, welsh);
        List<String> names = List.of("English", "Welsh");
        List<Target.Check> checks = List.of(
                Targets.COUNCIL_ACCURACY.check(inScopeAccuracy(english)),
                Targets.COUNCIL_WELSH_ACCURACY.check(inScopeAccuracy(welsh)));
        checks.forEach(check -> summary.add(new TargetSummary.Row(COUNCIL_SECTION, check)));
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).command() != null) {
                commands.add(code(outcomes.get(i).command()) + " (" + names.get(i) + ")");
            }
        }
        if (!commands.isEmpty()) {
            text.append("Run alone: ").append(String.join(", ", commands)).append("\n\n");
        }
        if (!english.ran() && !welsh.ran() && english.note().equals(welsh.note())) {
            return text.append(english.note()).append("\n\n").toString();
        }
        text.append("The council's own training phrases in each language, one model per language as the server ")
                .append("trains them, k-fold stratified: every phrase predicted by a model that never saw it. ")
                .append("The issue's target: in-scope accuracy no lower than before sentence embeddings, the ")
                .append("previous report's English 84.4% and Welsh 82.4%.\n\n");
        text.append(table(List.of("figure", "English", "Welsh"), List.of(
                row("training phrases (examples)", outcomes, f -> number(f.examples(), 0)),
                row("in-scope accuracy", outcomes, f -> pct(f.report().inScopeAccuracy())),
                row("out-of-scope recall", outcomes, f -> Double.isNaN(f.report().oosRecall())
                        ? "n/a (no out-of-scope phrases)" : pct(f.report().oosRecall())),
                row("out-of-scope precision", outcomes, f -> pct(f.report().oosPrecision())),
                row("out-of-scope AUROC", outcomes, f -> number(f.report().oosAuroc(), 3)),
                row("MCC (out-of-scope as a class)", outcomes, f -> number(f.report().mcc(), 3)),
                row("macro F1", outcomes, f -> number(f.report().macroF1(), 3)),
                row("folds", outcomes, f -> String.valueOf(f.folds())),
                row("seconds, all folds", outcomes, f -> number(f.seconds(), 1)))));
        text.append(table(List.of("target", "bound", "measured", "verdict"), checks.stream()
                .map(check -> List.of(check.target().description(), check.target().bound(), check.figure(),
                        check.verdict()))
                .toList()));
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).ran()) {
                text.append(names.get(i)).append(": ").append(outcomes.get(i).note()).append("\n\n");
            }
        }
        if (english.ran()) {
            text.append(worstAndConfused(english.figures().report(), "###", "English"));
        }
        if (welsh.ran()) {
            text.append("The Welsh worst intents and confusions are in section 6.\n\n");
        }
        return text.toString();
    }

    private static double inScopeAccuracy(Outcome<CrossValidationFigures> outcome) {
        return outcome.ran() ? outcome.figures().report().inScopeAccuracy() : Double.NaN;
    }

    private static List<String> row(String figure, List<Outcome<CrossValidationFigures>> outcomes,
            Function<CrossValidationFigures, String> cell) {
        List<String> cells = new ArrayList<>(List.of(figure));
        outcomes.forEach(o -> cells.add(o.ran() ? cell.apply(o.figures()) : "—"));
        return cells;
    }

    /**
     * @param heading the Markdown heading marks, e.g. {@code ###}
     * @param label what the figures are of, e.g. "English", shown in the headings; empty for none
     */
    static String worstAndConfused(EvaluationReport r, String heading, String label) {
        List<List<String>> worst = r.perIntentAccuracy().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(WORST)
                .map(e -> List.of(code(e.getKey()), pct(e.getValue())))
                .toList();
        List<List<String>> confused = r.confusions().stream().limit(WORST)
                .map(c -> List.of(code(c.truth()), code(c.predicted()), String.valueOf(c.count())))
                .toList();
        return heading + " Worst " + worst.size() + " intents by accuracy" + (label.isEmpty() ? "" : " (" + label + ")")
                + "\n\n" + table(List.of("intent", "accuracy"), worst)
                + heading + " Most confused pairs (" + (label.isEmpty() ? "" : label + "; ") + "truth → predicted)\n\n"
                + (confused.isEmpty() ? "No mistakes.\n\n" : table(List.of("truth", "predicted", "count"), confused));
    }

    static String commandLine(Outcome<?> outcome) {
        return outcome.command() == null ? "" : "Run alone: " + code(outcome.command()) + "\n\n";
    }
}
