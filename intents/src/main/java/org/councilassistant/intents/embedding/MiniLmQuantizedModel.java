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
 * all-MiniLM-L6-v2, 8-bit quantised, read from LangChain4j's jar exactly as its
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} reads it (same model, tokenizer and mean pooling), but run by an
 * ONNX Runtime session built with {@link OnnxSessionOptions#forConcurrentRequests()} instead of the defaults.
 */
final class MiniLmQuantizedModel extends AbstractInProcessEmbeddingModel {

    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSIONS = 384;

    private final OnnxBertBiEncoder encoder;

    MiniLmQuantizedModel() {
        // No executor: batches are spread over LangChain4j's default pool, one text per task, as before.
        super(null);
        this.encoder = load();
    }

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = MiniLmQuantizedModel.class.getClassLoader();
        try (InputStream model = resource(loader, MODEL_RESOURCE);
                InputStream tokenizer = resource(loader, TOKENIZER_RESOURCE);
                OrtSession.SessionOptions options = OnnxSessionOptions.forConcurrentRequests()) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence-embedding model " + MODEL_RESOURCE, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + MODEL_RESOURCE, e);
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
