package org.councilassistant.intents;

import java.util.List;

/**
 * The result of classifying one message: the best intent, its confidence, the ranked alternatives,
 * and whether the message fell below the calibrated out-of-scope threshold.
 *
 * @param intent the best in-scope intent, or {@link CouncilIntents#OUT_OF_SCOPE}
 * @param confidence the probability of the best label, 0.0–1.0
 * @param alternatives all labels, best first (the first is the raw top label even when out of scope)
 * @param outOfScope true when the assistant should not trust {@code intent}
 * @param inScopeScore how much the message looks like anything the model was trained on, the score the
 *        out-of-scope threshold applies to (higher is more in scope): the similarity in meaning to the nearest
 *        intent when the model has an embedding member, otherwise the confidence
 */
public record Classification(String intent, double confidence, List<ScoredIntent> alternatives, boolean outOfScope,
        double inScopeScore) {

    public Classification {
        alternatives = List.copyOf(alternatives);
    }

    /** A classification whose in-scope score is its confidence. */
    public Classification(String intent, double confidence, List<ScoredIntent> alternatives, boolean outOfScope) {
        this(intent, confidence, alternatives, outOfScope, confidence);
    }

    /** The best in-scope guess, even when the message was judged out of scope. */
    public String bestGuess() {
        return alternatives.stream()
                .map(ScoredIntent::intent)
                .filter(label -> !CouncilIntents.OUT_OF_SCOPE.equals(label))
                .findFirst()
                .orElse(CouncilIntents.OUT_OF_SCOPE);
    }

    /** A label with its probability. */
    public record ScoredIntent(String intent, double confidence) {
    }
}
