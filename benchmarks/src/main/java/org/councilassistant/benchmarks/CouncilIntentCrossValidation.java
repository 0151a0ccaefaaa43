package org.councilassistant.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.evaluation.CrossValidator;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.IntentEvaluator;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;

/**
 * k-fold cross-validated accuracy of the intent engine on the council's own training phrases, using the same
 * trainer as the server. Usage: {@code CouncilIntentCrossValidation [folds]} (default 5).
 */
public final class CouncilIntentCrossValidation {

    private CouncilIntentCrossValidation() {
    }

    public static void main(String[] args) {
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<LabelledExample> examples = CouncilTrainingData.load(IntentCatalogue.load(), "en");
        long started = System.nanoTime();
        EvaluationReport report = IntentEvaluator.score(
                new CrossValidator(new IntentTrainer(TrainerSettings.defaults())).predictHeldOut(examples, folds));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%d examples, %d folds, %.1f s%n", examples.size(), folds, seconds);
        System.out.printf(Locale.ROOT, "in-scope accuracy %.3f, out-of-scope recall %.3f, precision %.3f, macro F1 %.3f%n",
                report.inScopeAccuracy(), report.oosRecall(), report.oosPrecision(), report.macroF1());
        report.perIntentAccuracy().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(10)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %.3f%n", e.getKey(), e.getValue()));
        report.confusions().stream().limit(10)
                .forEach(c -> System.out.printf(Locale.ROOT, "  %s -> %s: %d%n", c.truth(), c.predicted(), c.count()));
    }
}
