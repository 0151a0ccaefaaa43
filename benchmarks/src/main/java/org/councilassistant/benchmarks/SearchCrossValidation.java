package org.councilassistant.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.search.SearchRequest;

/**
 * Knowledge-base search quality on the council's own articles: each English alternate question is held out by k-fold
 * (taken from its article before indexing) and searched for, by words alone and by words and meaning. Also the
 * evidence for the answer gate: which held-out questions and which unrelated questions the gate would answer.
 */
final class SearchCrossValidation {

    /** Hits read per question for the reciprocal rank: a right article further down counts as missed. */
    static final int DEPTH = 10;
    /** As {@code EngineSettings.defaults()}: the lexical gate of a question no intent matched. */
    static final double GATE_COVERAGE = 0.6;
    static final double GATE_SCORE = 4.0;
    static final double[] SEMANTIC_THRESHOLDS = {0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    private final TextEmbedder embedder;
    private final Path directory;

    SearchCrossValidation(TextEmbedder embedder, Path directory) {
        this.embedder = new MemoisedEmbedder(embedder);
        this.directory = directory;
    }

    record HeldOut(String articleId, int position, String question) {
    }

    /** Search quality of one way of searching: hit@1 and mean reciprocal rank over the held-out questions. */
    record Ranking(double hitAt1, double mrr) {
    }

    /** How often the gate answers rightly, answers wrongly, and answers an unrelated question. */
    record Gate(double threshold, double answeredRight, double answeredWrong, double unrelatedAnswered) {
    }

    record Result(int questions, int folds, Ranking lexical, Ranking hybrid, Gate lexicalGate, List<Gate> hybridGates,
            List<Float> rightSemanticScores, List<Float> unrelatedSemanticScores, double seconds) {
    }

    Result run(List<Article> articles, int folds, List<String> unrelated) throws IOException {
        long started = System.nanoTime();
        List<HeldOut> questions = new ArrayList<>();
        for (Article article : articles) {
            for (int i = 0; i < article.alternateQuestions().size(); i++) {
                questions.add(new HeldOut(article.id(), i, article.alternateQuestions().get(i)));
            }
        }
        Collections.shuffle(questions, new Random(42));
        SearchTally lexical = new SearchTally();
        SearchTally hybrid = new SearchTally();
        for (int fold = 0; fold < folds; fold++) {
            List<HeldOut> heldOut = new ArrayList<>();
            for (int i = fold; i < questions.size(); i += folds) {
                heldOut.add(questions.get(i));
            }
            try (ArticleIndex index = new ArticleIndex(directory.resolve("fold-" + fold), embedder)) {
                index.rebuild(without(articles, heldOut), "fold-" + fold);
                ArticleSearcher searcher = searcher(index);
                for (HeldOut question : heldOut) {
                    float[] vector = embedder.embed(question.question());
                    lexical.add(question.articleId(), searcher, SearchRequest.freeText(question.question(), 0, DEPTH));
                    hybrid.add(question.articleId(), searcher,
                            SearchRequest.freeText(question.question(), 0, DEPTH).withVector(vector));
                    lexical.gate(question.articleId(), searcher.search(gateRequest(question.question())));
                    hybrid.gate(question.articleId(), searcher.search(gateRequest(question.question()).withVector(vector)));
                }
            }
        }
        try (ArticleIndex index = new ArticleIndex(directory.resolve("all"), embedder)) {
            index.rebuild(articles, "all");
            ArticleSearcher searcher = searcher(index);
            for (String question : unrelated) {
                lexical.unrelated(searcher.search(gateRequest(question)));
                hybrid.unrelated(searcher.search(gateRequest(question).withVector(embedder.embed(question))));
            }
        }
        List<Gate> gates = new ArrayList<>();
        for (double threshold : SEMANTIC_THRESHOLDS) {
            gates.add(hybrid.gate(threshold));
        }
        return new Result(questions.size(), folds, lexical.ranking(), hybrid.ranking(),
                lexical.gate(Double.POSITIVE_INFINITY), gates, hybrid.rightSemanticScores(),
                hybrid.unrelatedSemanticScores(), (System.nanoTime() - started) / 1e9);
    }

    private static SearchRequest gateRequest(String question) {
        return SearchRequest.freeText(question, GATE_COVERAGE, 3);
    }

    private static ArticleSearcher searcher(ArticleIndex index) {
        return new ArticleSearcher(index, new CouncilQueryAnalyzer(CouncilSynonyms.bundled()));
    }

    /** The articles with the held-out questions taken out. */
    private static List<Article> without(List<Article> articles, List<HeldOut> heldOut) {
        List<Article> remaining = new ArrayList<>();
        for (Article a : articles) {
            List<String> questions = new ArrayList<>();
            for (int i = 0; i < a.alternateQuestions().size(); i++) {
                int position = i;
                if (heldOut.stream().noneMatch(h -> h.articleId().equals(a.id()) && h.position() == position)) {
                    questions.add(a.alternateQuestions().get(i));
                }
            }
            remaining.add(new Article(a.id(), a.title(), a.spokenAnswer(), a.answer(), a.links(), questions,
                    a.keywords(), a.serviceArea(), a.intents(), a.status(), a.version(), a.createdAt(),
                    a.updatedAt(), a.author()));
        }
        return remaining;
    }

    /** The bundled questions no article answers ({@code search/unrelated-questions.txt}). */
    static List<String> unrelatedQuestions() {
        try (InputStream in = SearchCrossValidation.class.getResourceAsStream("/search/unrelated-questions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
