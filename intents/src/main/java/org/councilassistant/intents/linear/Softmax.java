package org.councilassistant.intents.linear;

/** Turns scores into probabilities that sum to one, shifted by the largest score so no exponential overflows. */
public final class Softmax {

    private Softmax() {
    }

    /** Replaces each score with its probability. */
    public static void inPlace(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
    }
}
