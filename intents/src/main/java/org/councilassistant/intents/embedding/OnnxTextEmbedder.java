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
 * <p>The model is chosen by name ({@link #MODELS}), one setting. Measured on CLINC150 (a softmax head over the
 * embeddings of its 15,000 training phrases, scored on its validation set): bge-small-en-v1.5 96.6% in-scope,
 * all-MiniLM-L6-v2 95.6% (95.7% unquantised), at roughly twice the time per sentence (twelve layers to six).
 * Residents' right answers come first, so bge-small is the default and MiniLM the faster choice. Each model runs
 * in an ONNX Runtime session with one thread per call ({@link OnnxSessionOptions}): the server's request threads
 * supply the concurrency.
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    /** BAAI's bge-small-en-v1.5, 8-bit quantised (24 MB, 384 dimensions): the default. */
    public static final String BGE_SMALL = "bge-small-en-v15-q";
    /** all-MiniLM-L6-v2, 8-bit quantised (16 MB, 384 dimensions): about twice as fast, a point less accurate. */
    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String DEFAULT_MODEL = BGE_SMALL;

    /**
     * The models this build ships, by name. The related-similarity floors come from the search-cv benchmark (5 folds
     * of the seed articles' 592 alternate questions and 30 unrelated questions): the highest cosine of an unrelated
     * question was 0.73 with bge-small (right answers: 10th percentile 0.73, median 0.82) and 0.50 with MiniLM
     * (0.49 and 0.69). bge-small also puts questions of the same shape close ("is the swimming pool open on
     * Sundays" to "is the dump open on Sunday?", 0.83; "how do I change a car tyre" to a permit question, 0.76), so
     * its floor sits above those: fewer paraphrases are answered by meaning alone (the hybrid ranking still finds
     * them), and no unrelated question is answered wrongly by meaning.
     */
    /*
     * The finer floors of the answer gate (SimilarityScale: passage, supported, understood) are bge-small's measured on
     * two councils' imported pages and 330 questions no council answers (CLINC150 val and oos_val, and the search
     * benchmark's unrelated questions): 0.74, 0.65 and 0.62 let 0.6%, 21% and 39% of those unrelated questions'
     * best articles through, before the gate's other conditions. MiniLM's are the cosines at the same shares of the
     * same unrelated questions.
     */
    public static final Map<String, ShippedModel> MODELS = Map.of(
            BGE_SMALL, new ShippedModel(TunedOnnxModel::bgeSmall, new SimilarityScale(0.85, 0.74, 0.65, 0.62)),
            MINILM, new ShippedModel(TunedOnnxModel::miniLm, new SimilarityScale(0.55, 0.52, 0.32, 0.26)));

    /** A model in this build: how to load it, and its {@link TextEmbedder#similarityScale()}. */
    public record ShippedModel(Supplier<EmbeddingModel> loader, SimilarityScale scale) {

        public double relatedSimilarity() {
            return scale.related();
        }
    }

    /** Texts in one call to the model; larger batches only pad more. */
    private static final int BATCH = 32;

    private final String name;
    private final EmbeddingModel model;
    private final SimilarityScale scale;
    private final int dimensions;

    private OnnxTextEmbedder(String name, EmbeddingModel model, SimilarityScale scale) {
        this.name = name;
        this.model = model;
        this.scale = scale;
        this.dimensions = model.embed("council").content().vector().length;
    }

    /**
     * Loads the named model (about a second).
     *
     * @throws IllegalArgumentException naming the models there are, if this build has no such model
     */
    public static OnnxTextEmbedder named(String name) {
        String key = name == null ? DEFAULT_MODEL : name.strip().toLowerCase(Locale.ROOT);
        ShippedModel model = MODELS.get(key);
        if (model == null) {
            throw new IllegalArgumentException(
                    "No sentence-embedding model named '" + name + "'; this build has " + MODELS.keySet());
        }
        return new OnnxTextEmbedder(key, model.loader().get(), model.scale());
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

    @Override
    public double relatedSimilarity() {
        return scale.related();
    }

    @Override
    public SimilarityScale similarityScale() {
        return scale;
    }
}
