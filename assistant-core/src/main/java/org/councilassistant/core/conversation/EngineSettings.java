package org.councilassistant.core.conversation;

/**
 * Thresholds of the answer policy.
 *
 * @param topicSwitchConfidence confidence above which a message that a task cannot use starts a new topic
 * @param minimumCoverage share of a not-understood question's words an article must contain to be offered
 * @param minimumSearchScore BM25 score below which a search hit is not trusted for a not-understood question
 * @param minimumSemanticScore cosine similarity of a not-understood question and an article's closest passage
 *        from which the article is trusted even when the words alone are not: a paraphrase
 */
public record EngineSettings(double topicSwitchConfidence, double minimumCoverage, double minimumSearchScore,
        double minimumSemanticScore) {

    public static EngineSettings defaults() {
        // The semantic gate, by the search-cv benchmark (5 folds of the seed articles' 592 alternate questions, and 30
        // unrelated questions): the best unrelated cosine was 0.496, so from 0.55 no unrelated question passes by
        // meaning, while held-out questions answered rightly rise from 0.684 (words alone) to 0.718, wrongly not.
        return new EngineSettings(0.5, 0.6, 4.0, 0.55);
    }
}
