package org.councilassistant.benchmarks;

import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;

/**
 * The sentence-embedding model the server ships, loaded once per benchmark JVM. Deliberately without the
 * server's cache: benchmarks repeat their messages, and a cache would time the cache, not the model.
 */
public final class SentenceEmbeddings {

    /** System property naming another of the shipped models to benchmark, e.g. {@code all-minilm-l6-v2-q}. */
    public static final String MODEL_PROPERTY = "council.benchmarks.embedding-model";

    private static volatile TextEmbedder model;

    private SentenceEmbeddings() {
    }

    public static TextEmbedder model() {
        TextEmbedder loaded = model;
        if (loaded == null) {
            synchronized (SentenceEmbeddings.class) {
                if (model == null) {
                    model = OnnxTextEmbedder.named(System.getProperty(MODEL_PROPERTY, OnnxTextEmbedder.DEFAULT_MODEL));
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
