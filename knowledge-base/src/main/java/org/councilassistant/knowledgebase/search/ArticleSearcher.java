package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.index.IndexFields;

/**
 * Finds the published articles that best answer a question, by BM25 over title, alternate questions,
 * keywords and body, with boosts, and phrase boosts in titles and alternate questions ({@link QuestionQuery});
 * and, given the question's sentence embedding, by meaning too ({@link SemanticSearch}), the two rankings fused.
 *
 * <p>The question is analysed into terms by Lucene's {@link QueryBuilder}; it is never given to a query
 * parser, so text such as {@code AND ((} or {@code *} is just words.
 *
 * <p>The query analyzer can be swapped while searches run (when staff publish a new synonym list): each search
 * reads the current one once and uses it throughout.
 */
public final class ArticleSearcher {

    /** How many of the best hits, per hit asked for, are checked for coverage before every match is. */
    private static final int COVERAGE_WINDOW = 4;
    /** How deep each ranking, by words and by meaning, is read before they are fused. */
    private static final int FUSION_DEPTH = 10;

    private final ArticleIndex index;
    private volatile QueryBuilder queries;

    public ArticleSearcher(ArticleIndex index, Analyzer queryAnalyzer) {
        this.index = index;
        this.queries = new QueryBuilder(queryAnalyzer);
    }

    /**
     * Analyses questions from now on with {@code queryAnalyzer}. The previous analyzer is left open, not closed:
     * a search that started with it may still be using it, and it holds nothing but per-thread token streams.
     */
    public void useAnalyzer(Analyzer queryAnalyzer) {
        this.queries = new QueryBuilder(queryAnalyzer);
    }

    /**
     * The articles that best answer the request: by words alone, or, for a request with a vector on an index with
     * passage vectors, by words and by meaning fused ({@link RankFusion}).
     */
    public List<SearchHit> search(SearchRequest request) {
        int limit = Math.max(1, request.limit());
        try {
            IndexSearcher searcher = index.acquire();
            try {
                if (!request.hasVector() || !index.hasVectors()) {
                    return byWords(searcher, request, limit);
                }
                int depth = Math.max(limit, FUSION_DEPTH);
                return RankFusion.fuse(byWords(searcher, request, depth),
                        SemanticSearch.closest(searcher, request.vector(), request.intent(), depth), limit);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchHit> byWords(IndexSearcher searcher, SearchRequest request, int limit) throws IOException {
        QuestionQuery query = QuestionQuery.of(request, queries, searcher);
        if (query == null) {
            return List.of();
        }
        ScoreDoc[] best = query.coverage() == null
                ? searcher.search(query.ranking(), limit).scoreDocs
                : covering(searcher, query, limit);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(best.length);
        for (ScoreDoc hit : best) {
            hits.add(new SearchHit(stored.document(hit.doc).get(IndexFields.ID), hit.score));
        }
        return hits;
    }

    /**
     * The best hits that cover enough of the question. Checking the coverage of a few of the best hits is far
     * cheaper than filtering every match by it, and gives the same answer whenever enough of them pass: an article
     * ranked lower can only score less. Otherwise every match is filtered.
     */
    private static ScoreDoc[] covering(IndexSearcher searcher, QuestionQuery query, int limit) throws IOException {
        int window = limit * COVERAGE_WINDOW;
        ScoreDoc[] best = searcher.search(query.ranking(), window).scoreDocs;
        ScoreDoc[] covering = CoverageCheck.matching(searcher, query.coverage(), best);
        if (covering.length >= limit || best.length < window) {
            return Arrays.copyOf(covering, Math.min(limit, covering.length));
        }
        Query filtered = new BooleanQuery.Builder().add(query.ranking(), Occur.MUST)
                .add(query.coverage(), Occur.FILTER).build();
        return searcher.search(filtered, limit).scoreDocs;
    }
}
