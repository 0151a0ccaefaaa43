package org.councilassistant.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.councilassistant.benchmarks.SentenceEmbeddings;
import org.councilassistant.benchmarks.jmh.SearchBenchmark.Question;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Knowledge-base search by words and by meaning, as the engine searches an English question: {@link SearchBenchmark}'s
 * requests, each carrying the question's sentence embedding, over an index with passage vectors
 * ({@link SeedVectorEmbedder}): BM25 and a nearest-neighbour search over the passages, fused.
 *
 * <p>The questions are embedded once, in set-up: embedding a message is timed by {@link EmbedBenchmark}, and once per
 * turn by {@link EngineTurnBenchmark}. The default size is smaller than the lexical benchmark's largest, since
 * every variant adds about six vectors to index; {@code --articles} asks for others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HybridSearchBenchmark {

    @Param({"1000", "10000"})
    public int articles;

    private Path directory;
    private SyntheticKnowledgeBase synthetic;
    private KnowledgeBase knowledgeBase;
    private List<Question> questions;
    private List<float[]> vectors;
    private double minimumCoverage;
    private int next;

    @Setup
    public void buildTheKnowledgeBase() throws SQLException {
        TextEmbedder model = SentenceEmbeddings.model();
        directory = TempDirectories.create("hybrid-search-benchmark");
        long start = System.nanoTime();
        synthetic = SyntheticKnowledgeBase.withVectors(articles, directory, model);
        System.out.printf("%n%d articles with passage vectors indexed in %.1f s%n", articles,
                (System.nanoTime() - start) / 1e9);
        knowledgeBase = synthetic.knowledgeBase();
        questions = SearchBenchmark.questions(SeedArticles.english());
        vectors = new ArrayList<>(model.embedAll(questions.stream().map(Question::text).toList()));
        minimumCoverage = EngineSettings.defaults().minimumCoverage();
    }

    @TearDown
    public void close() throws IOException {
        try {
            synthetic.close();
        } finally {
            TempDirectories.delete(directory);
        }
    }

    @Benchmark
    public List<SearchHit> searchFreeTextHybrid() {
        int i = nextQuestion();
        return knowledgeBase.search(SearchRequest.freeText(questions.get(i).text(), minimumCoverage,
                SearchBenchmark.LIMIT).withVector(vectors.get(i)));
    }

    @Benchmark
    public List<SearchHit> searchForIntentHybrid() {
        int i = nextQuestion();
        Question question = questions.get(i);
        return knowledgeBase.search(SearchRequest.forIntent(question.text(), question.intent(), SearchBenchmark.LIMIT)
                .withVector(vectors.get(i)));
    }

    private int nextQuestion() {
        int question = next;
        next = next + 1 == questions.size() ? 0 : next + 1;
        return question;
    }
}
