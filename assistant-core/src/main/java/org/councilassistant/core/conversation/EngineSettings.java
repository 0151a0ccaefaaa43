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
        // The semantic gate, measured by the search-cv benchmark over the seed articles: MEASURED_PLACEHOLDER.
        return new EngineSettings(0.5, 0.6, 4.0, 0.6);
    }
}
