package org.councilassistant.core.conversation;

/**
 * Thresholds of the answer policy.
 *
 * @param topicSwitchConfidence confidence above which a message that a task cannot use starts a new topic
 * @param minimumCoverage share of a not-understood question's words an article must contain to be offered
 * @param minimumSearchScore BM25 score below which a search hit is not trusted for a not-understood question
 */
public record EngineSettings(double topicSwitchConfidence, double minimumCoverage, double minimumSearchScore) {

    public static EngineSettings defaults() {
        return new EngineSettings(0.5, 0.6, 4.0);
    }
}
