package org.councilassistant.intents.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * A sentence-embedding model run in this JVM by ONNX Runtime, the model read from a jar on the class path:
 * nothing is downloaded, at build time from Maven Central only.
 *
 * <p>The model is chosen by name ({@link #MODELS}); the choice was made by measurement on CLINC150 and the
 * council's own phrases (see the benchmark report) and stays one setting. Each model runs in an ONNX Runtime
 * session with one thread per call ({@link OnnxSessionOptions}): the server's request threads supply the concurrency.
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    /** The default: all-MiniLM-L6-v2, 8-bit quantised (16 MB, 384 dimensions). */
    public static final String DEFAULT_MODEL = "all-minilm-l6-v2-q";

    /** The models this build ships, by name. */
    public static final Map<String, Supplier<EmbeddingModel>> MODELS = Map.of(
            DEFAULT_MODEL, MiniLmQuantizedModel::new);

    /** Texts in one call to the model; larger batches only pad more. */
    private static final int BATCH = 32;

    private final String name;
    private final EmbeddingModel model;
    private final int dimensions;

    private OnnxTextEmbedder(String name, EmbeddingModel model) {
        this.name = name;
        this.model = model;
        this.dimensions = model.embed("council").content().vector().length;
    }

    /**
     * Loads the named model (about a second).
     *
     * @throws IllegalArgumentException naming the models there are, if this build has no such model
     */
    public static OnnxTextEmbedder named(String name) {
        String key = name == null ? DEFAULT_MODEL : name.strip().toLowerCase(Locale.ROOT);
        Supplier<EmbeddingModel> model = MODELS.get(key);
        if (model == null) {
            throw new IllegalArgumentException(
                    "No sentence-embedding model named '" + name + "'; this build has " + MODELS.keySet());
        }
        return new OnnxTextEmbedder(key, model.get());
    }

    @Override
    public float[] embed(String text) {
        return Vectors.unit(model.embed(nonBlank(text)).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<TextSegment> batch = texts.subList(start, Math.min(texts.size(), start + BATCH)).stream()
                    .map(text -> TextSegment.from(nonBlank(text)))
                    .toList();
            model.embedAll(batch).content().forEach(e -> vectors.add(Vectors.unit(e.vector())));
        }
        return vectors;
    }

    /** The model refuses empty text; a blank message embeds like a lone space would. */
    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "?" : text;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public String modelName() {
        return name;
    }
}
