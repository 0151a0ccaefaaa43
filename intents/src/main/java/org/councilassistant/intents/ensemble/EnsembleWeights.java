package org.councilassistant.intents.ensemble;

/**
 * Each member's share of the ensemble's averaged probabilities, chosen on held-out data when the model is trained.
 *
 * @param linear the linear model over word and character n-grams
 * @param openNlp the OpenNLP maximum-entropy model over words and word pairs
 * @param semantic the softmax head over sentence embeddings (0 when the model has none)
 */
public record EnsembleWeights(double linear, double openNlp, double semantic) {

    public EnsembleWeights {
        double sum = linear + openNlp + semantic;
        if (linear < 0 || openNlp < 0 || semantic < 0 || Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("Ensemble weights must be non-negative and sum to 1: " + sum);
        }
    }

    /** Lexical members only, {@code linear} for the linear model and the rest for OpenNLP's. */
    public static EnsembleWeights lexical(double linear) {
        return new EnsembleWeights(linear, 1 - linear, 0);
    }
}
