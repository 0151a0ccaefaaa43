package org.councilassistant.core.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.IntentEvaluator;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;

/**
 * Retraining the intent model from the console, safely. A candidate model is trained on the bundled phrases
 * plus those staff added, and compared with the model in use on the same held-out questions, which neither is
 * trained on: a fifth of the phrases the model in use was trained on, with their labels then, and a fifth of
 * the phrases added since. So new phrases must be learned, and relabelling old ones shows as a loss. The live
 * model is replaced only when staff confirm, and a worse candidate needs an explicit "replace anyway".
 *
 * <p>Companion models (the Welsh one) are retrained from their own current examples and replaced at the same
 * time, without a comparison of their own: the English comparison is the one staff weigh.
 */
public final class ModelRetraining {

    /** Every how-many-th phrase of an intent is held out for the comparison. */
    private static final int HOLD_OUT_EVERY = 5;
    private static final String OUT_OF_SCOPE = "out_of_scope";

    /** Held-out accuracy of the model in use and of the candidate. */
    public record Comparison(int examplesBefore, int examplesAfter, int heldOut, double accuracyBefore,
            double accuracyAfter, double oosRecallBefore, double oosRecallAfter) {

        public boolean worse() {
            return accuracyAfter < accuracyBefore;
        }
    }

    /** A trained candidate waiting for staff to confirm it, with what each companion model will learn. */
    public record Candidate(Comparison comparison, List<LabelledExample> examples,
            List<CompanionExamples> companions) {
    }

    /**
     * A model retrained and replaced with the compared one.
     *
     * @param storeAndLoad trains the model on all examples and stores it where the next start loads it
     */
    public record Companion(LiveIntentModel live, Supplier<List<LabelledExample>> currentExamples,
            Function<List<LabelledExample>, IntentClassifier> storeAndLoad) {
    }

    /** A companion and the examples it will be retrained on. */
    public record CompanionExamples(Companion companion, List<LabelledExample> examples) {
    }

    /** Staff did not confirm replacing the model with a worse one. */
    public static final class WorseModelException extends RuntimeException {
        public WorseModelException(Comparison comparison) {
            super("The retrained model is less accurate (" + percent(comparison.accuracyAfter()) + " against "
                    + percent(comparison.accuracyBefore()) + "); confirm to replace the model anyway");
        }
    }

    private final LiveIntentModel live;
    private final Supplier<List<LabelledExample>> currentExamples;
    private final IntentTrainer trainer;
    private final Function<List<LabelledExample>, IntentClassifier> storeAndLoad;
    private final List<Companion> companions;

    /**
     * @param currentExamples the bundled phrases plus the staff phrases now in the database
     * @param storeAndLoad trains the final model on all examples and stores it where the next start loads it
     */
    public ModelRetraining(LiveIntentModel live, Supplier<List<LabelledExample>> currentExamples,
            IntentTrainer trainer, Function<List<LabelledExample>, IntentClassifier> storeAndLoad) {
        this(live, currentExamples, trainer, storeAndLoad, List.of());
    }

    /** @param companions models retrained and replaced with this one, such as the Welsh model */
    public ModelRetraining(LiveIntentModel live, Supplier<List<LabelledExample>> currentExamples,
            IntentTrainer trainer, Function<List<LabelledExample>, IntentClassifier> storeAndLoad,
            List<Companion> companions) {
        this.live = live;
        this.currentExamples = currentExamples;
        this.trainer = trainer;
        this.storeAndLoad = storeAndLoad;
        this.companions = List.copyOf(companions);
    }

    /** Trains a candidate on the current examples and compares it with the model in use. Takes seconds. */
    public Candidate propose() {
        List<LabelledExample> before = live.examples();
        List<LabelledExample> after = currentExamples.get();
        List<LabelledExample> heldOut = new ArrayList<>(heldOut(before));
        heldOut.addAll(heldOut(without(after, before)));
        IntentClassifier oldModel = trainer.train(without(before, heldOut), null);
        IntentClassifier newModel = trainer.train(without(after, heldOut), null);
        EvaluationReport oldReport = IntentEvaluator.evaluate(oldModel, heldOut, OUT_OF_SCOPE);
        EvaluationReport newReport = IntentEvaluator.evaluate(newModel, heldOut, OUT_OF_SCOPE);
        return new Candidate(new Comparison(before.size(), after.size(), heldOut.size(), oldReport.inScopeAccuracy(),
                newReport.inScopeAccuracy(), oldReport.oosRecall(), newReport.oosRecall()), after,
                companions.stream()
                        .map(companion -> new CompanionExamples(companion, companion.currentExamples().get()))
                        .toList());
    }

    /** Replaces the live model with one trained on all the candidate's examples. */
    public void apply(Candidate candidate, boolean evenIfWorse) {
        if (candidate.comparison().worse() && !evenIfWorse) {
            throw new WorseModelException(candidate.comparison());
        }
        live.replace(storeAndLoad.apply(candidate.examples()), candidate.examples());
        for (CompanionExamples companion : candidate.companions()) {
            companion.companion().live().replace(companion.companion().storeAndLoad().apply(companion.examples()),
                    companion.examples());
        }
    }

    /** Every fifth phrase of each intent, so that every intent is tested. */
    static List<LabelledExample> heldOut(List<LabelledExample> examples) {
        Map<String, Integer> seen = new HashMap<>();
        List<LabelledExample> held = new ArrayList<>();
        for (LabelledExample example : examples) {
            int n = seen.merge(example.label(), 1, Integer::sum);
            if (n % HOLD_OUT_EVERY == 0) {
                held.add(example);
            }
        }
        return held;
    }

    /** The examples whose text is not among {@code excluded}'s (a held-out question is never trained on). */
    private static List<LabelledExample> without(List<LabelledExample> examples, List<LabelledExample> excluded) {
        var excludedTexts = new java.util.HashSet<String>();
        excluded.forEach(example -> excludedTexts.add(example.text()));
        return examples.stream().filter(example -> !excludedTexts.contains(example.text())).toList();
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.UK, "%.1f%%", share * 100);
    }
}
