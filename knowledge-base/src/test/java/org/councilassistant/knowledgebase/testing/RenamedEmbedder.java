package org.councilassistant.knowledgebase.testing;

import java.util.List;

import org.councilassistant.intents.embedding.TextEmbedder;

/** A real embedding model under another name: what an index sees when the configured model changes. */
public record RenamedEmbedder(TextEmbedder model, String modelName) implements TextEmbedder {

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
    public double relatedSimilarity() {
        return model.relatedSimilarity();
    }
}
