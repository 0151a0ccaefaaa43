package org.councilassistant.intents.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multiclass Matthews correlation coefficient (Gorodkin's R_K) over every label, out-of-scope counted as a
 * class of its own. One figure from −1 to 1 that, unlike accuracy, is not flattered by a class that dominates the
 * evaluation set, and that a model answering every message with the same label cannot raise above 0.
 */
final class MatthewsCorrelation {

    private MatthewsCorrelation() {
    }

    /**
     * {@code (c·s − Σ p_k·t_k) / √((s² − Σ p_k²)(s² − Σ t_k²))}, where s examples, c of them right, t_k of them
     * truly label k and p_k predicted k. NaN when there are no examples; 0 when the denominator is 0 (one label
     * in the truth or in the predictions), as scikit-learn has it.
     */
    static double of(List<HeldOutPrediction> predictions) {
        if (predictions.isEmpty()) {
            return Double.NaN;
        }
        Map<String, Long> truthCounts = new HashMap<>();
        Map<String, Long> predictedCounts = new HashMap<>();
        long correct = 0;
        for (HeldOutPrediction prediction : predictions) {
            String predicted = prediction.classification().intent();
            truthCounts.merge(prediction.truth(), 1L, Long::sum);
            predictedCounts.merge(predicted, 1L, Long::sum);
            correct += prediction.truth().equals(predicted) ? 1 : 0;
        }
        double s = predictions.size();
        double agreement = 0;
        for (Map.Entry<String, Long> truth : truthCounts.entrySet()) {
            agreement += (double) truth.getValue() * predictedCounts.getOrDefault(truth.getKey(), 0L);
        }
        double denominator = Math.sqrt((s * s - sumOfSquares(predictedCounts)) * (s * s - sumOfSquares(truthCounts)));
        return denominator == 0 ? 0.0 : (correct * s - agreement) / denominator;
    }

    private static double sumOfSquares(Map<String, Long> counts) {
        return counts.values().stream().mapToDouble(n -> (double) n * n).sum();
    }
}
