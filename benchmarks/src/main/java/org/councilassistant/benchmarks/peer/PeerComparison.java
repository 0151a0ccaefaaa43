package org.councilassistant.benchmarks.peer;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.Classification.ScoredIntent;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.HeldOutPrediction;
import org.councilassistant.intents.evaluation.IntentEvaluator;
import org.councilassistant.intents.training.LabelledExample;

/**
 * Our engine and a peer on the same splits in the same run, scored by the same evaluator.
 * Every ratio is ours divided by theirs, so above 1 means ours is ahead (for training time, slower).
 */
public record PeerComparison(EvaluationReport ours, EvaluationReport theirs, double ourTrainSeconds,
        double theirTrainSeconds, double ourPerSecond, double theirPerSecond) {

    /** The peer's predictions scored like ours: {@code oosLabel} and nlp.js's "None" are out of scope. */
    public static EvaluationReport score(List<LabelledExample> evaluation, List<String> predictions, String oosLabel) {
        if (predictions.size() != evaluation.size()) {
            throw new IllegalStateException("the peer made " + predictions.size() + " predictions for "
                    + evaluation.size() + " examples");
        }
        List<HeldOutPrediction> scored = new ArrayList<>(evaluation.size());
        for (int i = 0; i < evaluation.size(); i++) {
            String truth = evaluation.get(i).label();
            String predicted = predictions.get(i);
            boolean outOfScope = predicted.equals(oosLabel) || predicted.equals("None")
                    || predicted.equals(CouncilIntents.OUT_OF_SCOPE);
            String intent = outOfScope ? CouncilIntents.OUT_OF_SCOPE : predicted;
            scored.add(new HeldOutPrediction(evaluation.get(i).text(),
                    truth.equals(oosLabel) ? CouncilIntents.OUT_OF_SCOPE : truth,
                    new Classification(intent, 1.0, List.of(new ScoredIntent(intent, 1.0)), outOfScope)));
        }
        return IntentEvaluator.score(scored);
    }

    public double accuracyRatio() {
        return ours.inScopeAccuracy() / theirs.inScopeAccuracy();
    }

    public double oosRecallRatio() {
        return ours.oosRecall() / theirs.oosRecall();
    }

    public double perSecondRatio() {
        return ourPerSecond / theirPerSecond;
    }

    public double trainTimeRatio() {
        return ourTrainSeconds / theirTrainSeconds;
    }
}
