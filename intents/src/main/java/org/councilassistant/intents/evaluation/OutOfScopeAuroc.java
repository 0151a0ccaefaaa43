package org.councilassistant.intents.evaluation;

import java.util.Arrays;
import java.util.List;

import org.councilassistant.intents.CouncilIntents;

/**
 * The area under the ROC curve of the out-of-scope score ({@link HeldOutPrediction#outOfScopeScore()}): the chance
 * that an out-of-scope example scores higher than an in-scope one, ties counting half. Unlike recall at the
 * calibrated threshold, it says how well the score separates the two whatever threshold is later chosen.
 */
final class OutOfScopeAuroc {

    private OutOfScopeAuroc() {
    }

    /** The area, or NaN when there are no out-of-scope or no in-scope examples. */
    static double of(List<HeldOutPrediction> predictions) {
        double[] positives = scores(predictions, true);
        double[] negatives = scores(predictions, false);
        if (positives.length == 0 || negatives.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(negatives);
        double wins = 0;
        for (double score : positives) {
            int below = firstIndexNotBelow(negatives, score);
            int equal = firstIndexAbove(negatives, score) - below;
            wins += below + equal / 2.0;
        }
        return wins / ((double) positives.length * negatives.length);
    }

    private static double[] scores(List<HeldOutPrediction> predictions, boolean outOfScope) {
        return predictions.stream()
                .filter(p -> CouncilIntents.OUT_OF_SCOPE.equals(p.truth()) == outOfScope)
                .mapToDouble(HeldOutPrediction::outOfScopeScore)
                .toArray();
    }

    /** In a sorted array, how many values are below {@code value}. */
    private static int firstIndexNotBelow(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** In a sorted array, how many values are at most {@code value}. */
    private static int firstIndexAbove(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
