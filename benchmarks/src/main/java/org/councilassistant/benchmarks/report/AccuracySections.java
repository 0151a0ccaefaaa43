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

/** Sections 1–3 of the report: CLINC150, the nlp.js peer and the council's own phrases in English and Welsh. */
final class AccuracySections {

    static final int WORST = 10;

    private AccuracySections() {
    }

    static String clinc(Outcome<IntentFigures> outcome, List<TargetSummary.Row> summary) {
        StringBuilder text = new StringBuilder("## 1. CLINC150\n\n");
        text.append(commandLine(outcome));
        IntentFigures f = outcome.figures();
        List<Target.Check> checks = List.of(
                Targets.CLINC_ACCURACY.check(f == null ? Double.NaN : f.report().inScopeAccuracy()),
                Targets.CLINC_OOS_RECALL.check(f == null ? Double.NaN : f.report().oosRecall()),
                Targets.CLASSIFY_P50.check(f == null ? Double.NaN : f.classifyMicrosP50()));
        checks.forEach(check -> summary.add(new TargetSummary.Row("1. CLINC150", check)));
        if (f == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        EvaluationReport r = f.report();
        text.append("Trained on ").append(number(f.trainExamples(), 0)).append(" examples, evaluated on ")
                .append(number(r.examples(), 0)).append(" (").append(f.dataset()).append(").\n\n");
        text.append(table(List.of("figure", "ours", "target", "verdict"), List.of(
                List.of("in-scope accuracy", pct(r.inScopeAccuracy()), checks.get(0).target().bound(), checks.get(0).verdict()),
                List.of("out-of-scope recall", pct(r.oosRecall()), checks.get(1).target().bound(), checks.get(1).verdict()),
                List.of("out-of-scope precision", pct(r.oosPrecision()), "", ""),
                List.of("macro F1 (in-scope intents)", number(r.macroF1(), 3), "", ""),
                List.of("training seconds (calibration included)", number(f.trainSeconds(), 1), "", ""),
                List.of("classify p50", number(f.classifyMicrosP50(), 1) + " µs", checks.get(2).target().bound(),
                        checks.get(2).verdict()),
                List.of("classify p99", number(f.classifyMicrosP99(), 1) + " µs", "", ""),
                List.of("classifications per second (1 thread)", number(f.classificationsPerSecond(), 0), "", ""))));
        text.append("### Beside the published Table 2 (Larson et al., 2019)\n\n")
                .append("In-scope accuracy / out-of-scope recall, %. The published figures are on the CLINC150 test ")
                .append("split, which this project never uses; ours are on the validation split.\n\n");
        List<List<String>> rows = new ArrayList<>();
        PublishedBaselines.TABLE_2.forEach(row -> rows.add(List.of(row.classifier(),
                number(row.oosTrainAccuracy(), 1) + " / " + number(row.oosTrainRecall(), 1),
                number(row.thresholdAccuracy(), 1) + " / " + number(row.thresholdRecall(), 1))));
        rows.add(List.of("**this project** (validation split)", "", "**" + number(100 * r.inScopeAccuracy(), 1)
                + " / " + number(100 * r.oosRecall(), 1) + "**"));
        text.append(table(List.of("classifier", "oos-train", "oos-threshold"), rows));
        text.append("Ours is trained with the `oos` class and also applies a calibrated confidence threshold, so it ")
                .append("belongs to both columns; it is shown once.\n\n");
        text.append(worstAndConfused(r, "###", ""));
        return text.toString();
    }

    static String peer(Outcome<PeerFigures> outcome, List<TargetSummary.Row> summary) {
        StringBuilder text = new StringBuilder("## 2. Peer: nlp.js\n\n");
        text.append(commandLine(outcome));
        PeerComparison c = outcome.ran() ? outcome.figures().comparison() : null;
        List<Target.Check> checks = List.of(
                Targets.PEER_ACCURACY.check(c == null ? Double.NaN : c.accuracyRatio()),
                Targets.PEER_OOS_RECALL.check(c == null ? Double.NaN : c.oosRecallRatio()),
                Targets.PEER_SPEED.check(c == null ? Double.NaN : c.perSecondRatio()));
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
                        number(c.theirPerSecond(), 0), ratio(c.perSecondRatio()), checks.get(2).target().bound(),
                        checks.get(2).verdict()))));
        return text.toString();
    }

    static String council(Outcome<CrossValidationFigures> english, Outcome<CrossValidationFigures> welsh) {
        StringBuilder text = new StringBuilder("## 3. Council catalogue (k-fold cross-validation)\n\n");
        List<Outcome<CrossValidationFigures>> outcomes = List.of(english, welsh);
        List<String> names = List.of("English", "Welsh");
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
                .append("The issue sets no target here.\n\n");
        text.append(table(List.of("figure", "English", "Welsh"), List.of(
                row("training phrases (examples)", outcomes, f -> number(f.examples(), 0)),
                row("in-scope accuracy", outcomes, f -> pct(f.report().inScopeAccuracy())),
                row("out-of-scope recall", outcomes, f -> Double.isNaN(f.report().oosRecall())
                        ? "n/a (no out-of-scope phrases)" : pct(f.report().oosRecall())),
                row("out-of-scope precision", outcomes, f -> pct(f.report().oosPrecision())),
                row("macro F1", outcomes, f -> number(f.report().macroF1(), 3)),
                row("folds", outcomes, f -> String.valueOf(f.folds())),
                row("seconds, all folds", outcomes, f -> number(f.seconds(), 1)))));
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
