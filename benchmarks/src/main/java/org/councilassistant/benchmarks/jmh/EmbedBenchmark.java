package org.councilassistant.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Embeds one resident's message with the shipped sentence-embedding model, in ONNX Runtime's default session (as
 * LangChain4j's {@code BgeSmallEnV15QuantizedEmbeddingModel} builds it: a spinning intra-op pool of one thread per
 * core) and in the server's session of one thread per call ({@link OnnxTextEmbedder}), on one thread and on two
 * threads at once, as two request threads of a 2-core server would.
 *
 * <p>On two threads the figures are per call; the rate is two calls per mean time.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EmbedBenchmark {

    /** LangChain4j's model class, its session built with ONNX Runtime's defaults. */
    @State(Scope.Benchmark)
    public static class DefaultSession {
        EmbeddingModel model;

        @Setup
        public void load() {
            model = new BgeSmallEnV15QuantizedEmbeddingModel();
        }
    }

    /** The same model as the server runs it. */
    @State(Scope.Benchmark)
    public static class ServerSession {
        EmbeddingModel model;

        @Setup
        public void load() {
            model = OnnxTextEmbedder.MODELS.get(OnnxTextEmbedder.DEFAULT_MODEL).loader().get();
        }
    }

    /** Each thread's place in the rotation of messages. */
    @State(Scope.Thread)
    public static class Messages {
        private int next;

        String next() {
            String phrase = ClassifyBenchmark.PHRASES.get(next);
            next = next + 1 == ClassifyBenchmark.PHRASES.size() ? 0 : next + 1;
            return phrase;
        }
    }

    @Benchmark
    public Embedding embedDefaultSession(DefaultSession session, Messages messages) {
        return session.model.embed(messages.next()).content();
    }

    @Benchmark
    public Embedding embedServerSession(ServerSession session, Messages messages) {
        return session.model.embed(messages.next()).content();
    }

    @Benchmark
    @Group("embedTwoThreadsDefaultSession")
    @GroupThreads(2)
    public Embedding embedOnTwoThreadsDefaultSession(DefaultSession session, Messages messages) {
        return session.model.embed(messages.next()).content();
    }

    @Benchmark
    @Group("embedTwoThreadsServerSession")
    @GroupThreads(2)
    public Embedding embedOnTwoThreadsServerSession(ServerSession session, Messages messages) {
        return session.model.embed(messages.next()).content();
    }
}
