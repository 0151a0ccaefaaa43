package org.councilassistant.intents.evaluation;

import java.util.List;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;

/**
 * Chooses the out-of-scope threshold from held-out predictions: the probability below which answering
 * does more harm than admitting the assistant does not know. Maximises the share of examples handled
 * correctly, where a correct out-of-scope decision counts the same as a correct intent.
 */
public final class ThresholdCalibrator {

    private static final int MAX_THRESHOLD_PERCENT = 90;

    private final IntentTrainer trainer;

    public ThresholdCalibrator(IntentTrainer trainer) {
        this.trainer = trainer;
    }

    public double calibrate(List<LabelledExample> examples, int folds) {
        return bestThreshold(new CrossValidator(trainer).predictHeldOut(examples, folds));
    }

    static double bestThreshold(List<HeldOutPrediction> predictions) {
        double best = 0.0;
        long bestCorrect = -1;
        for (int percent = 0; percent <= MAX_THRESHOLD_PERCENT; percent++) {
            double threshold = percent / 100.0;
            long correct = countCorrect(predictions, threshold);
            if (correct > bestCorrect) {
                bestCorrect = correct;
                best = threshold;
            }
        }
        return best;
    }

    private static long countCorrect(List<HeldOutPrediction> predictions, double threshold) {
        return predictions.stream().filter(p -> {
            boolean saysOutOfScope = p.topLabel().equals(CouncilIntents.OUT_OF_SCOPE) || p.topConfidence() < threshold;
            String decided = saysOutOfScope ? CouncilIntents.OUT_OF_SCOPE : p.topLabel();
            return decided.equals(p.truth());
        }).count();
    }
}
