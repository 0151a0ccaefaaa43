package org.councilassistant.intents.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text into a sentence embedding: a unit-length vector whose dot product with another text's vector is
 * their similarity in meaning, so that "which day does the rubbish lorry come" lands near "when is my bin day".
 *
 * <p>Implementations are thread-safe and deterministic: the same text always gives the same vector.
 */
public interface TextEmbedder {

    /** The unit-length embedding of {@code text}. */
    float[] embed(String text);

    /** Embeddings of many texts, in order; implementations may batch. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** How many numbers an embedding has. */
    int dimensions();

    /** The model's name: stored beside everything derived from its vectors, so a change of model rebuilds them. */
    String modelName();

    /**
     * The cosine similarity from which a question and a text are about the same thing, on this model's own scale
     * (models differ: one puts unrelated sentences near 0.1, another near 0.6): measured per model with the
     * knowledge-base benchmark, as the lowest value no unrelated question reached.
     */
    double relatedSimilarity();

    /** The similarities the answer gate trusts, on this model's scale; unmeasured, {@link #relatedSimilarity()}. */
    default SimilarityScale similarityScale() {
        return SimilarityScale.uniform(relatedSimilarity());
    }
}
