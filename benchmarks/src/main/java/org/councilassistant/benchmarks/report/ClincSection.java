package org.councilassistant.benchmarks.report;

import static org.councilassistant.benchmarks.report.AccuracySections.commandLine;
import static org.councilassistant.benchmarks.report.AccuracySections.worstAndConfused;
import static org.councilassistant.benchmarks.report.Markdown.number;
import static org.councilassistant.benchmarks.report.Markdown.pct;
import static org.councilassistant.benchmarks.report.Markdown.table;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.evaluation.EvaluationReport;

/**
 * Section 1 of the report: CLINC150 trained with its out-of-scope examples, and trained without them — the
 * council's own situation, since nobody collects the questions a council cannot answer to train on.
 */
final class ClincSection {

    private static final String SECTION = "1. CLINC150";

    private ClincSection() {
    }

    static String render(Outcome<IntentFigures> withOos, Outcome<IntentFigures> withoutOos,
            List<TargetSummary.Row> summary) {
        StringBuilder text = new StringBuilder("## 1. CLINC150\n\n");
        text.append(commandLine(withOos));
        IntentFigures f = withOos.figures();
        IntentFigures g = withoutOos.figures();
        List<Target.Check> checks = List.of(
                Targets.CLINC_ACCURACY.check(f == null ? Double.NaN : f.report().inScopeAccuracy()),
                Targets.CLINC_OOS_RECALL.check(f == null ? Double.NaN : f.report().oosRecall()),
                Targets.CLASSIFY_P50.check(f == null ? Double.NaN : f.classifyMicrosP50() / 1_000),
                Targets.CLINC_TRAINING.check(f == null ? Double.NaN : f.trainSeconds() / 60));
        List<Target.Check> withoutChecks = List.of(
                Targets.CLINC_WITHOUT_OOS_ACCURACY.check(g == null ? Double.NaN : g.report().inScopeAccuracy()),
                Targets.CLINC_WITHOUT_OOS_RECALL.check(g == null ? Double.NaN : g.report().oosRecall()));
        checks.forEach(check -> summary.add(new TargetSummary.Row(SECTION, check)));
        withoutChecks.forEach(check -> summary.add(new TargetSummary.Row(SECTION, check)));
        if (f == null) {
            text.append(withOos.note()).append("\n\n");
        } else {
            EvaluationReport r = f.report();
            text.append("Trained on ").append(number(f.trainExamples(), 0)).append(" examples, evaluated on ")
                    .append(number(r.examples(), 0)).append(" (").append(f.dataset()).append(").\n\n");
            text.append(table(List.of("figure", "ours", "target", "verdict"), List.of(
                    checked("in-scope accuracy", pct(r.inScopeAccuracy()), checks.get(0)),
                    checked("out-of-scope recall", pct(r.oosRecall()), checks.get(1)),
                    List.of("out-of-scope precision", pct(r.oosPrecision()), "", ""),
                    List.of("out-of-scope AUROC", number(r.oosAuroc(), 3), "", ""),
                    List.of("MCC (out-of-scope as a class)", number(r.mcc(), 3), "", ""),
                    List.of("macro F1 (in-scope intents)", number(r.macroF1(), 3), "", ""),
                    checked("training (calibration included)", number(f.trainSeconds(), 1) + " s", checks.get(3)),
                    checked("classify p50", number(f.classifyMicrosP50() / 1_000, 3) + " ms", checks.get(2)),
                    List.of("classify p99", number(f.classifyMicrosP99() / 1_000, 3) + " ms", "", ""),
                    List.of("classifications per second (1 thread)", number(f.classificationsPerSecond(), 0), "",
                            ""))));
        }
        text.append(withoutOutOfScope(withoutOos, withoutChecks));
        text.append(published(f, g));
        if (f != null) {
            text.append(worstAndConfused(f.report(), "###", ""));
        }
        return text.toString();
    }

    private static String withoutOutOfScope(Outcome<IntentFigures> outcome, List<Target.Check> checks) {
        StringBuilder text = new StringBuilder("### Trained without out-of-scope examples\n\n");
        text.append(commandLine(outcome));
        IntentFigures g = outcome.figures();
        if (g == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        EvaluationReport r = g.report();
        text.append("The council has no out-of-scope messages to train on, so this run is its situation: trained on ")
                .append(number(g.trainExamples(), 0)).append(" in-scope examples only, evaluated on ")
                .append(number(r.examples(), 0)).append(" (").append(g.dataset()).append("); out of scope is ")
                .append("decided by the calibrated threshold alone, on the message's similarity in meaning to the ")
                .append("nearest intent. The out-of-scope score is one minus that similarity.\n\n");
        return text.append(table(List.of("figure", "ours", "target", "verdict"), List.of(
                checked("in-scope accuracy", pct(r.inScopeAccuracy()), checks.get(0)),
                checked("out-of-scope recall", pct(r.oosRecall()), checks.get(1)),
                List.of("out-of-scope precision", pct(r.oosPrecision()), "", ""),
                List.of("out-of-scope AUROC", number(r.oosAuroc(), 3), "", ""),
                List.of("MCC (out-of-scope as a class)", number(r.mcc(), 3), "", ""),
                List.of("training seconds (calibration included)", number(g.trainSeconds(), 1), "", ""))))
                .toString();
    }

    /** Our two runs in the columns of Larson et al.'s Table 2 they correspond to. */
    private static String published(IntentFigures withOos, IntentFigures withoutOos) {
        StringBuilder text = new StringBuilder("### Beside the published Table 2 (Larson et al., 2019)\n\n")
                .append("In-scope accuracy / out-of-scope recall, %. The published figures are on the CLINC150 test ")
                .append("split, which this project never uses; ours are on the validation split.\n\n");
        List<List<String>> rows = new ArrayList<>();
        PublishedBaselines.TABLE_2.forEach(row -> rows.add(List.of(row.classifier(),
                number(row.oosTrainAccuracy(), 1) + " / " + number(row.oosTrainRecall(), 1),
                number(row.thresholdAccuracy(), 1) + " / " + number(row.thresholdRecall(), 1))));
        rows.add(List.of("**this project** (validation split)", ours(withOos), ours(withoutOos)));
        text.append(table(List.of("classifier", "oos-train", "oos-threshold"), rows));
        return text.append("Ours applies a calibrated confidence threshold in both runs; the oos-train run also has ")
                .append("the `oos` class to predict, as in the paper's oos-train column.\n\n").toString();
    }

    private static String ours(IntentFigures figures) {
        return figures == null ? "—" : "**" + number(100 * figures.report().inScopeAccuracy(), 1) + " / "
                + number(100 * figures.report().oosRecall(), 1) + "**";
    }

    private static List<String> checked(String figure, String value, Target.Check check) {
        return List.of(figure, value, check.target().bound(), check.verdict());
    }
}
