package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.util.ArrayList;
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
 * a phrase in titles and alternate questions, boosted by field, with words no article has made fuzzy
 * ({@link TypoTolerance}); and, for a question that must be mostly covered,
 * a coverage query that the best hits are checked against ({@link ArticleSearcher}).
 *
 * <p>The ranking query is kept a pure disjunction of one clause per field and term, because for that shape
 * Lucene's MaxScore scorer skips the articles whose terms cannot add up to a top score: a synthetic knowledge base
 * of 100,000 near-duplicate articles is searched about four times faster than with one nested disjunction per
 * field under a required filter. So the intent filter goes into each clause, which scores the same, unless the
 * question is very long.
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
     * Past this many clauses (a long question), the query keeps one nested disjunction per field, with the intent
     * filter applied once: flat, it could pass the 1,024 clauses Lucene allows in one query.
     */
    private static final int MAX_FLAT_CLAUSES = 200;

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
        String allField = IndexFields.inLanguage(IndexFields.ALL, language);
        TypoTolerance typos = new TypoTolerance(searcher.getIndexReader(), allField);
        List<Query> fields = new ArrayList<>();
        List<Query> clauses = new ArrayList<>();
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query terms = typos.apply(queries.createBooleanQuery(IndexFields.inLanguage(field.getKey(), language),
                    text, Occur.SHOULD));
            if (terms != null) {
                fields.add(new BoostQuery(terms, field.getValue()));
                optionalClauses(terms).forEach(term -> clauses.add(new BoostQuery(term, field.getValue())));
            }
        }
        if (fields.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, Float> field : PHRASE_BOOSTS.entrySet()) {
            Query phrase = phrase(queries, IndexFields.inLanguage(field.getKey(), language), text);
            if (phrase != null) {
                fields.add(new BoostQuery(phrase, field.getValue()));
                clauses.add(new BoostQuery(phrase, field.getValue()));
            }
        }
        Query ranking = clauses.size() <= MAX_FLAT_CLAUSES ? disjunction(clauses, intent)
                : intent == null ? disjunction(fields, null)
                : new BooleanQuery.Builder().add(disjunction(fields, null), Occur.MUST).add(intent, Occur.FILTER)
                        .build();
        Query coverage = request.minimumCoverage() > 0
                ? coverage(typos.apply(queries.createBooleanQuery(allField, text, Occur.SHOULD)),
                        request.minimumCoverage())
                : null;
        return new QuestionQuery(ranking, coverage);
    }

    /**
     * The question as a phrase, or null when it has none or is so long and so full of synonyms that its phrase
     * would pass Lucene's 1,024 clauses: no title is worded like that, so it loses nothing.
     */
    private static Query phrase(QueryBuilder queries, String field, String text) {
        try {
            return queries.createPhraseQuery(field, text, PHRASE_SLOP);
        } catch (IndexSearcher.TooManyClauses tooLong) {
            return null;
        }
    }

    /** The intent's term looked up once, not once for each clause that it filters. */
    private static Query intentFilter(String intent, IndexSearcher searcher) throws IOException {
        Term term = new Term(IndexFields.INTENT, intent);
        return new TermQuery(term, TermStates.build(searcher, term, false));
    }

    /** The clauses as optional ones, each required to match {@code filter} too when there is one. */
    private static Query disjunction(List<Query> clauses, Query filter) {
        BooleanQuery.Builder disjunction = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            disjunction.add(filter == null ? clause
                    : new BooleanQuery.Builder().add(clause, Occur.MUST).add(filter, Occur.FILTER).build(),
                    Occur.SHOULD);
        }
        return disjunction.build();
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

    /**
     * Matches articles containing at least {@code share} of the question's distinct terms (rounded up), given the
     * question's terms in the field of all the articles' words; null for none.
     */
    private static Query coverage(Query all, double share) {
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
