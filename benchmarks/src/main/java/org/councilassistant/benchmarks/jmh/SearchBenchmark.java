package org.councilassistant.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
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
 * Knowledge-base search as the engine uses it, over {@code articles} published articles ({@link SyntheticArticles}):
 * free text with the engine's coverage filter (a question no intent matched), and restricted to an intent (the
 * best article for a recognised intent). The questions are the seed articles' alternate questions, in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    /** As the engine asks: the best hit and two related ({@code KnowledgeAnswerer}). */
    static final int LIMIT = 3;

    @Param({"1000", "100000"})
    public int articles;

    private Path directory;
    private SyntheticKnowledgeBase synthetic;
    private KnowledgeBase knowledgeBase;
    private List<Question> questions;
    private double minimumCoverage;
    private int next;

    record Question(String text, String intent) {
    }

    @Setup
    public void buildTheKnowledgeBase() throws SQLException {
        directory = TempDirectories.create("search-benchmark");
        synthetic = SyntheticKnowledgeBase.build(articles, directory);
        knowledgeBase = synthetic.knowledgeBase();
        questions = questions(SeedArticles.english());
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
    public List<SearchHit> searchFreeText() {
        return knowledgeBase.search(SearchRequest.freeText(nextQuestion().text(), minimumCoverage, LIMIT));
    }

    @Benchmark
    public List<SearchHit> searchForIntent() {
        Question question = nextQuestion();
        return knowledgeBase.search(SearchRequest.forIntent(question.text(), question.intent(), LIMIT));
    }

    private Question nextQuestion() {
        Question question = questions.get(next);
        next = next + 1 == questions.size() ? 0 : next + 1;
        return question;
    }

    /** Every alternate question of the seed articles that answer an intent, with that intent. */
    static List<Question> questions(List<Article> seeds) {
        List<Question> questions = new ArrayList<>();
        for (Article seed : seeds) {
            if (!seed.intents().isEmpty()) {
                seed.alternateQuestions().forEach(q -> questions.add(new Question(q, seed.intents().get(0))));
            }
        }
        return List.copyOf(questions);
    }
}
