package org.councilassistant.intents.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the embeddings of recent texts: residents repeat "yes", "no", "thanks" and postcodes, and one turn's
 * message is asked for by both the classifier and the search.
 */
public final class CachingTextEmbedder extends ForwardingTextEmbedder {

    private final Cache<String, float[]> cache;

    public CachingTextEmbedder(TextEmbedder model, long maximumTexts) {
        super(model);
        this.cache = Caffeine.newBuilder().maximumSize(maximumTexts).build();
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text == null ? "" : text, model()::embed);
    }

    // embedAll is forwarded as it is: texts embedded in batches (training, indexing) do not pass through the cache.
}
