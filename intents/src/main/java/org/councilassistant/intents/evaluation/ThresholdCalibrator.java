package org.councilassistant.intents.evaluation;

import java.util.List;

import org.councilassistant.intents.CouncilIntents;

/**
 * Chooses the out-of-scope threshold from held-out predictions: the highest in-scope score cut (the probability,
 * or the similarity in meaning to the nearest intent for a model with an embedding member) that costs at most
 * one point of in-scope accuracy against no cut at all. Residents lose little when an answerable question
 * gets "I can't help, shall I find a person?", and much when an unanswerable one gets a confident wrong answer;
 * the one-point budget keeps the assistant from refusing too much.
 */
public final class ThresholdCalibrator {

    private static final int MAX_THRESHOLD_PERCENT = 99;
    private static final double ACCURACY_BUDGET = 0.01;

    private ThresholdCalibrator() {
    }

    /** The threshold for these held-out predictions. */
    public static double bestThreshold(List<HeldOutPrediction> predictions) {
        double base = inScopeAccuracy(predictions, 0.0);
        double best = 0.0;
        for (int percent = 0; percent <= MAX_THRESHOLD_PERCENT; percent++) {
            double threshold = percent / 100.0;
            if (inScopeAccuracy(predictions, threshold) >= base - ACCURACY_BUDGET) {
                best = threshold;
            }
        }
        return best;
    }

    private static double inScopeAccuracy(List<HeldOutPrediction> predictions, double threshold) {
        long inScope = predictions.stream().filter(p -> !p.truth().equals(CouncilIntents.OUT_OF_SCOPE)).count();
        long correct = predictions.stream()
                .filter(p -> !p.truth().equals(CouncilIntents.OUT_OF_SCOPE))
                .filter(p -> p.topLabel().equals(p.truth()) && p.classification().inScopeScore() >= threshold)
                .count();
        return inScope == 0 ? 1.0 : (double) correct / inScope;
    }
}
