package org.councilassistant.intents.embedding;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the embeddings of recent texts: residents repeat "yes", "no", "thanks" and postcodes, and one turn's
 * message is asked for by both the classifier and the search.
 */
public final class CachingTextEmbedder implements TextEmbedder {

    private final TextEmbedder model;
    private final Cache<String, float[]> cache;

    public CachingTextEmbedder(TextEmbedder model, long maximumTexts) {
        this.model = model;
        this.cache = Caffeine.newBuilder().maximumSize(maximumTexts).build();
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text == null ? "" : text, model::embed);
    }

    /** Texts embedded in batches without passing through the cache: training and indexing, not residents. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    @Override
    public double relatedSimilarity() {
        return model.relatedSimilarity();
    }
}
