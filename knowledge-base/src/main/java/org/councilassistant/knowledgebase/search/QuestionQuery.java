package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.councilassistant.knowledgebase.index.IndexFields;

/**
 * The Lucene queries a question becomes: a ranking query, the question's terms in each field and the question as
 * a phrase in titles and alternate questions, boosted by field; and, for a question that must be mostly covered,
 * a coverage query that the best hits are checked against ({@link ArticleSearcher}).
 *
 * <p>The ranking query is kept a pure disjunction of one clause per field and term, because for that shape
 * Lucene's MaxScore scorer skips the articles whose terms cannot add up to a top score: a synthetic knowledge base
 * of 100,000 near-duplicate articles is searched about four times faster than with one nested disjunction per
 * field under a required filter. So the intent filter goes into each clause, which scores the same.
 *
 * @param ranking scores the articles, only those answering the intent when there is one
 * @param coverage the articles holding enough of the question's words, or null when any share will do
 */
record QuestionQuery(Query ranking, Query coverage) {

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

    /**
     * The queries for {@code request}, analysed by {@code queries}, for {@code searcher}; null if the question has
     * no searchable word.
     */
    static QuestionQuery of(SearchRequest request, QueryBuilder queries, IndexSearcher searcher) throws IOException {
        String text = request.text() == null ? "" : request.text();
        String language = request.language() == null ? "en" : request.language();
        Query intent = request.intent() == null ? null : intentFilter(request.intent(), searcher);
        // No language filter: the text fields are per language (title, title_cy), so the terms match only
        // articles in the question's language already.
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query terms = queries.createBooleanQuery(IndexFields.inLanguage(field.getKey(), language), text,
                    Occur.SHOULD);
            for (Query term : optionalClauses(terms)) {
                ranking.add(filtered(new BoostQuery(term, field.getValue()), intent), Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        for (Map.Entry<String, Float> field : PHRASE_BOOSTS.entrySet()) {
            Query phrase = queries.createPhraseQuery(IndexFields.inLanguage(field.getKey(), language), text,
                    PHRASE_SLOP);
            if (phrase != null) {
                ranking.add(filtered(new BoostQuery(phrase, field.getValue()), intent), Occur.SHOULD);
            }
        }
        Query coverage = request.minimumCoverage() > 0
                ? coverage(queries, IndexFields.inLanguage(IndexFields.ALL, language), text, request.minimumCoverage())
                : null;
        return new QuestionQuery(ranking.build(), coverage);
    }

    /** The intent's term looked up once, not once for each clause that it filters. */
    private static Query intentFilter(String intent, IndexSearcher searcher) throws IOException {
        Term term = new Term(IndexFields.INTENT, intent);
        return new TermQuery(term, TermStates.build(searcher, term, false));
    }

    private static Query filtered(Query clause, Query filter) {
        return filter == null ? clause
                : new BooleanQuery.Builder().add(clause, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /**
     * The clauses of a plain disjunction, and of the plain disjunctions in it, or the query itself when it is one
     * word; none for no query. A synonym of several words is a disjunction of conjunctions ("council tax" or
     * "ctax"): flattened, each conjunction gets a score bound of its own, and a weak one is only checked on articles
     * that could make the top hits.
     */
    private static List<Query> optionalClauses(Query query) {
        if (query == null) {
            return List.of();
        }
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            return bool.clauses().stream().flatMap(c -> optionalClauses(c.getQuery()).stream()).toList();
        }
        return List.of(query);
    }

    /** Matches articles containing at least {@code share} of the question's distinct terms (rounded up). */
    private static Query coverage(QueryBuilder queries, String allField, String text, double share) {
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
