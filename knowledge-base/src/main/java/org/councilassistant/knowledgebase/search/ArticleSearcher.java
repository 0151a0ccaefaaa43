package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.index.IndexFields;

/**
 * Finds the published articles that best answer a question, by BM25 over title, alternate questions,
 * keywords and body, with boosts.
 *
 * <p>The question is analysed into terms by Lucene's {@link QueryBuilder}; it is never given to a query
 * parser, so text such as {@code AND ((} or {@code *} is just words.
 *
 * <p>The query analyzer can be swapped while searches run (when staff publish a new synonym list): each search
 * reads the current one once and uses it throughout.
 */
public final class ArticleSearcher {

    /** Alternate questions are written as residents ask; titles are close behind. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            IndexFields.QUESTIONS, 4.0f,
            IndexFields.TITLE, 3.0f,
            IndexFields.KEYWORDS, 2.5f,
            IndexFields.BODY, 1.0f);

    /** A question worded as an article's title or alternate question is the strongest evidence of all. */
    private static final Map<String, Float> PHRASE_BOOSTS = Map.of(
            IndexFields.QUESTIONS, 6.0f,
            IndexFields.TITLE, 4.0f);
    private static final int PHRASE_SLOP = 2;

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

    public List<SearchHit> search(SearchRequest request) {
        Query query = buildQuery(request);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, request.limit()));
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    String id = searcher.storedFields().document(scoreDoc.doc).get(IndexFields.ID);
                    hits.add(new SearchHit(id, scoreDoc.score));
                }
                return hits;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query buildQuery(SearchRequest request) {
        QueryBuilder queries = this.queries;
        String text = request.text() == null ? "" : request.text();
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        boolean anyTerms = false;
        String language = request.language() == null ? "en" : request.language();
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query fieldQuery = queries.createBooleanQuery(IndexFields.inLanguage(field.getKey(), language), text,
                    Occur.SHOULD);
            if (fieldQuery != null) {
                scoring.add(new BoostQuery(fieldQuery, field.getValue()), Occur.SHOULD);
                anyTerms = true;
            }
        }
        if (!anyTerms) {
            return null;
        }
        for (Map.Entry<String, Float> field : PHRASE_BOOSTS.entrySet()) {
            Query phrase = queries.createPhraseQuery(IndexFields.inLanguage(field.getKey(), language), text,
                    PHRASE_SLOP);
            if (phrase != null) {
                scoring.add(new BoostQuery(phrase, field.getValue()), Occur.SHOULD);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(scoring.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.LANGUAGE, language)), Occur.FILTER);
        if (request.intent() != null) {
            query.add(new TermQuery(new Term(IndexFields.INTENT, request.intent())), Occur.FILTER);
        }
        if (request.minimumCoverage() > 0) {
            Query coverage = coverageQuery(queries, IndexFields.inLanguage(IndexFields.ALL, language), text,
                    request.minimumCoverage());
            if (coverage != null) {
                query.add(coverage, Occur.FILTER);
            }
        }
        return query.build();
    }

    /** Matches articles containing at least {@code share} of the question's distinct terms (rounded up). */
    private static Query coverageQuery(QueryBuilder queries, String allField, String text, double share) {
        Query all = queries.createBooleanQuery(allField, text, Occur.SHOULD);
        if (!(all instanceof BooleanQuery terms) || terms.clauses().size() < 2) {
            return all;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (BooleanClause clause : terms.clauses()) {
            builder.add(clause);
        }
        builder.setMinimumNumberShouldMatch((int) Math.ceil(share * terms.clauses().size()));
        return builder.build();
    }
}
