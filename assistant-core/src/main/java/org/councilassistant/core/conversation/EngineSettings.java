package org.councilassistant.core.conversation;

import org.councilassistant.intents.embedding.TextEmbedder;

/**
 * Thresholds of the answer policy.
 *
 * @param topicSwitchConfidence confidence above which a message that a task cannot use starts a new topic
 * @param minimumCoverage share of a not-understood question's words an article must contain to be offered
 * @param minimumSearchScore BM25 score below which a search hit is not trusted for a not-understood question
 * @param minimumSemanticScore cosine similarity of a not-understood question and an article's closest passage
 *        from which the article is trusted even when the words alone are not: a paraphrase. It depends on the
 *        embedding model's scale: {@link #forModel} takes the model's own measured floor
 */
public record EngineSettings(double topicSwitchConfidence, double minimumCoverage, double minimumSearchScore,
        double minimumSemanticScore) {

    /** The defaults, with all-MiniLM-L6-v2's semantic gate; see {@link #forModel} for any other model. */
    public static EngineSettings defaults() {
        // The semantic gate, by the search-cv benchmark (5 folds of the seed articles' 592 alternate questions, and 30
        // unrelated questions): the best unrelated cosine was 0.496, so from 0.55 no unrelated question passes by
        // meaning, while held-out questions answered rightly rise from 0.684 (words alone) to 0.718, wrongly not.
        return new EngineSettings(0.5, 0.6, 4.0, 0.55);
    }

    /** The defaults, with the semantic gate at the model's own related-similarity floor. */
    public static EngineSettings forModel(TextEmbedder embedder) {
        return defaults().withMinimumSemanticScore(embedder.relatedSimilarity());
    }

    public EngineSettings withMinimumSemanticScore(double score) {
        return new EngineSettings(topicSwitchConfidence, minimumCoverage, minimumSearchScore, score);
    }
}
