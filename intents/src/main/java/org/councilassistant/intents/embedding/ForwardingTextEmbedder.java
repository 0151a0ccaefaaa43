package org.councilassistant.intents.embedding;

import java.util.List;

/**
 * A {@link TextEmbedder} that hands everything to another one: the base of embedders that change how vectors are
 * found (a cache, a memo) but not what the model is.
 */
public abstract class ForwardingTextEmbedder implements TextEmbedder {

    private final TextEmbedder model;

    protected ForwardingTextEmbedder(TextEmbedder model) {
        this.model = model;
    }

    /** The embedder this one forwards to. */
    protected final TextEmbedder model() {
        return model;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public SimilarityScale similarityScale() {
        return model.similarityScale();
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
