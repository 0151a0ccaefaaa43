package org.councilassistant.intents.evaluation;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;

/**
 * What the classifier said about an example it was not trained on.
 *
 * @param text the example's text, as the classifier was given it
 * @param truth the example's label; out-of-scope examples carry {@link CouncilIntents#OUT_OF_SCOPE}
 */
public record HeldOutPrediction(String text, String truth, Classification classification) {

    /** The raw top label and its probability, before any threshold. */
    public String topLabel() {
        return classification.alternatives().isEmpty()
                ? classification.intent()
                : classification.alternatives().get(0).intent();
    }

    public double topConfidence() {
        return classification.confidence();
    }

    /**
     * How out of scope the example looks, higher meaning more likely: one minus the classification's in-scope
     * score, the figure the model's threshold applies to (the similarity in meaning to the nearest intent, or the
     * top probability). When a trained out-of-scope class is the top label, its own probability must raise the
     * score, not lower it: the score is then one minus the probability of the best in-scope label.
     */
    public double outOfScopeScore() {
        if (!CouncilIntents.OUT_OF_SCOPE.equals(topLabel())) {
            return 1.0 - classification.inScopeScore();
        }
        return 1.0 - classification.alternatives().stream()
                .filter(scored -> !CouncilIntents.OUT_OF_SCOPE.equals(scored.intent()))
                .mapToDouble(Classification.ScoredIntent::confidence)
                .findFirst()
                .orElse(0.0);
    }
}
