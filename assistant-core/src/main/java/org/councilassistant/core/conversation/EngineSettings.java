package org.councilassistant.core.conversation;

import org.councilassistant.intents.embedding.SimilarityScale;
import org.councilassistant.intents.embedding.TextEmbedder;

/**
 * Thresholds of the answer policy.
 *
 * @param topicSwitchConfidence confidence above which a message that a task cannot use starts a new topic
 * @param minimumCoverage share of a question's words an article must contain to be offered on its words, and to
 *        count as holding most of the question's words
 * @param minimumSearchScore BM25 score below which a search hit is not trusted on its words alone (Welsh, which
 *        is searched by words only)
 * @param similarity the cosine similarities from which an article found by meaning is trusted, on the embedding
 *        model's own scale: {@link #forModel} takes the model's measured ones
 */
public record EngineSettings(double topicSwitchConfidence, double minimumCoverage, double minimumSearchScore,
        SimilarityScale similarity) {

    /** The defaults, with all-MiniLM-L6-v2's semantic gate; see {@link #forModel} for any other model. */
    public static EngineSettings defaults() {
        // The semantic gate, by the search-cv benchmark (5 folds of the seed articles' 592 alternate questions, and 30
        // unrelated questions): the best unrelated cosine was 0.496, so from 0.55 no unrelated question passes by
        // meaning, while held-out questions answered rightly rise from 0.684 (words alone) to 0.718, wrongly not.
        return new EngineSettings(0.5, 0.6, 4.0, SimilarityScale.uniform(0.55));
    }

    /** The defaults, with the semantic gates at the model's own measured similarities. */
    public static EngineSettings forModel(TextEmbedder embedder) {
        return new EngineSettings(0.5, 0.6, 4.0, embedder.similarityScale());
    }

    /** The similarity from which a title or alternate question close in meaning answers alone. */
    public double minimumSemanticScore() {
        return similarity.related();
    }

    /** The same settings with another {@link #minimumSemanticScore()}, the other similarities kept below it. */
    public EngineSettings withMinimumSemanticScore(double score) {
        return new EngineSettings(topicSwitchConfidence, minimumCoverage, minimumSearchScore,
                new SimilarityScale(score, Math.min(score, similarity.passage()), Math.min(score, similarity.supported()),
                        Math.min(score, similarity.understood())));
    }
}
