package org.councilassistant.knowledgebase.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the hits by words and the articles by meaning into one ranking by reciprocal-rank fusion: each article
 * scores {@code 1 / (K + rank)} in each list it is in. Ranks, not scores, are added because BM25 scores have no
 * fixed scale (they grow with the question's length and the index's statistics) while cosines do.
 */
final class RankFusion {

    /** The usual constant (Cormack et al., 2009): a first place is worth little more than a fifth. */
    private static final int K = 60;

    private RankFusion() {
    }

    /**
     * The best {@code limit} articles of both lists, each with its BM25 score (0 if found by meaning alone) and its
     * cosine (0 if found by words alone); ties go to the better rank by words.
     */
    static List<SearchHit> fuse(List<SearchHit> byWords, Map<String, Float> byMeaning, int limit) {
        Map<String, Double> fused = new LinkedHashMap<>();
        Map<String, Float> bm25 = new HashMap<>();
        for (int rank = 0; rank < byWords.size(); rank++) {
            SearchHit hit = byWords.get(rank);
            fused.merge(hit.articleId(), reciprocal(rank), Double::sum);
            bm25.put(hit.articleId(), hit.score());
        }
        int rank = 0;
        for (String id : byMeaning.keySet()) {
            fused.merge(id, reciprocal(rank++), Double::sum);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(fused.entrySet());
        // A stable sort: equal sums keep the order above, words first.
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return ranked.stream().limit(limit)
                .map(entry -> new SearchHit(entry.getKey(), bm25.getOrDefault(entry.getKey(), 0f),
                        byMeaning.getOrDefault(entry.getKey(), 0f)))
                .toList();
    }

    private static double reciprocal(int rank) {
        return 1.0 / (K + rank + 1);
    }
}
