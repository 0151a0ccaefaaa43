package org.councilassistant.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;

/** One way of searching's results in {@link SearchCrossValidation}: ranks of the right articles and gate cases. */
final class SearchTally {

    /** The best hit the answer gate looked at, for a question whose right article is known (or none). */
    private record GateCase(String expected, SearchHit best) {
    }

    private int searched;
    private int firsts;
    private double reciprocalRanks;
    private final List<GateCase> heldOut = new ArrayList<>();
    private final List<SearchHit> unrelated = new ArrayList<>();

    void add(String expected, ArticleSearcher searcher, SearchRequest request) {
        List<SearchHit> hits = searcher.search(request);
        searched++;
        for (int rank = 0; rank < hits.size(); rank++) {
            if (hits.get(rank).articleId().equals(expected)) {
                firsts += rank == 0 ? 1 : 0;
                reciprocalRanks += 1.0 / (rank + 1);
                return;
            }
        }
    }

    void gate(String expected, List<SearchHit> hits) {
        heldOut.add(new GateCase(expected, hits.isEmpty() ? null : hits.get(0)));
    }

    void unrelated(List<SearchHit> hits) {
        unrelated.add(hits.isEmpty() ? null : hits.get(0));
    }

    SearchCrossValidation.Ranking ranking() {
        return new SearchCrossValidation.Ranking((double) firsts / searched, reciprocalRanks / searched);
    }

    /** The gate as the engine applies it: BM25 high enough (with coverage), or cosine at least {@code threshold}. */
    SearchCrossValidation.Gate gate(double threshold) {
        int right = 0;
        int wrong = 0;
        for (GateCase c : heldOut) {
            if (answers(c.best(), threshold)) {
                if (c.best().articleId().equals(c.expected())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        long answeredUnrelated = unrelated.stream().filter(best -> answers(best, threshold)).count();
        return new SearchCrossValidation.Gate(threshold, (double) right / heldOut.size(),
                (double) wrong / heldOut.size(), (double) answeredUnrelated / unrelated.size());
    }

    /** The cosines of the best hits that were the right article, lowest first. */
    List<Float> rightSemanticScores() {
        return heldOut.stream().filter(c -> c.best() != null && c.best().articleId().equals(c.expected()))
                .map(c -> c.best().semanticScore()).sorted().toList();
    }

    /** The cosines of the unrelated questions' best hits, lowest first. */
    List<Float> unrelatedSemanticScores() {
        return unrelated.stream().map(best -> best == null ? 0f : best.semanticScore()).sorted().toList();
    }

    private static boolean answers(SearchHit best, double threshold) {
        return best != null && (best.score() >= SearchCrossValidation.GATE_SCORE || best.semanticScore() >= threshold);
    }
}
