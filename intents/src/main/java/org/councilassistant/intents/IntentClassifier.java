package org.councilassistant.intents;

import java.util.Optional;

import org.councilassistant.intents.embedding.TextEmbedder;

/**
 * Classifies a resident's message into one of the council's intents, or says it is out of scope.
 *
 * <p>Implementations are thread-safe: one instance serves every conversation.
 */
public interface IntentClassifier {

    Classification classify(String text);

    /**
     * Classifies a message whose sentence embedding the caller already has (computed once per turn and shared
     * with the search). Models without an embedding member ignore it.
     *
     * @param embedding the message's embedding from this model's {@code TextEmbedder}, or null
     */
    default Classification classify(String text, float[] embedding) {
        return classify(text);
    }

    /** The sentence-embedding model this classifier reads messages with; empty for a lexical-only model. */
    default Optional<TextEmbedder> embedder() {
        return Optional.empty();
    }
}
