package org.councilassistant.intents.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A sentence-embedding model read from a LangChain4j model jar exactly as LangChain4j's own class for it reads it
 * (same model, tokenizer and pooling), but run by an ONNX Runtime session built with
 * {@link OnnxSessionOptions#forConcurrentRequests()} instead of the defaults.
 */
final class TunedOnnxModel extends AbstractInProcessEmbeddingModel {

    private static final int DIMENSIONS = 384;

    private final OnnxBertBiEncoder encoder;

    /**
     * @param modelResource the ONNX file's name on the class path
     * @param tokenizerResource the tokenizer's JSON file's name on the class path
     * @param pooling how token vectors become one, as LangChain4j's class for the model does it
     */
    TunedOnnxModel(String modelResource, String tokenizerResource, PoolingMode pooling) {
        // No executor: batches are spread over LangChain4j's default pool, one text per task, as before.
        super(null);
        this.encoder = load(modelResource, tokenizerResource, pooling);
    }

    /** all-MiniLM-L6-v2, 8-bit quantised, mean-pooled as {@code AllMiniLmL6V2QuantizedEmbeddingModel}. */
    static TunedOnnxModel miniLm() {
        return new TunedOnnxModel("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN);
    }

    /** bge-small-en-v1.5, 8-bit quantised, CLS-pooled as {@code BgeSmallEnV15QuantizedEmbeddingModel}. */
    static TunedOnnxModel bgeSmall() {
        return new TunedOnnxModel("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS);
    }

    private static OnnxBertBiEncoder load(String modelResource, String tokenizerResource, PoolingMode pooling) {
        ClassLoader loader = TunedOnnxModel.class.getClassLoader();
        try (InputStream model = resource(loader, modelResource);
                InputStream tokenizer = resource(loader, tokenizerResource);
                OrtSession.SessionOptions options = OnnxSessionOptions.forConcurrentRequests()) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence-embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + modelResource, e);
        }
    }

    private static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream stream = loader.getResourceAsStream(name);
        if (stream == null) {
            throw new IOException(name + " is not on the class path");
        }
        return stream;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }
}
