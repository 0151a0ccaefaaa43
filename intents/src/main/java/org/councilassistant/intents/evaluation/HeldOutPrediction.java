package org.councilassistant.intents.evaluation;

import org.councilassistant.intents.Classification;

/** What the classifier said about an example it was not trained on. */
public record HeldOutPrediction(String truth, Classification classification) {

    /** The raw top label and its probability, before any threshold. */
    public String topLabel() {
        return classification.alternatives().isEmpty()
                ? classification.intent()
                : classification.alternatives().get(0).intent();
    }

    public double topConfidence() {
        return classification.confidence();
    }
}
