package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lets a misspelt word find the word meant: each term of a question that no article has (in any field of the
 * question's language) becomes a fuzzy term, so "burth certificate" finds the birth certificate article and
 * "surender" finds the surrender one. A word the index knows is left exact, even if it is a typo for another:
 * widening known words would only blur good matches.
 *
 * <p>Works on the analysed terms of queries already built, never on the resident's text, so nothing is parsed.
 */
final class TypoTolerance {

    /** Shorter terms are left alone: one edit turns "tip" into "top", "tap" or "tin". */
    private static final int MIN_FUZZY_LENGTH = 4;
    /** From this length a term may be two edits away from the word meant. */
    private static final int TWO_EDITS_LENGTH = 8;
    /** Typos rarely strike the first letter, and fixing it cuts the terms a fuzzy query visits many times over. */
    private static final int PREFIX_LENGTH = 1;

    private final IndexReader reader;
    private final String knownField;
    private final Map<String, Boolean> known = new HashMap<>();

    /** @param knownField the field holding every word of the articles in the question's language */
    TypoTolerance(IndexReader reader, String knownField) {
        this.reader = reader;
        this.knownField = knownField;
    }

    /** {@code query} with its unknown terms made fuzzy, looking into nested disjunctions and conjunctions. */
    Query apply(Query query) {
        if (query instanceof TermQuery term) {
            return tolerant(term);
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                builder.add(apply(clause.getQuery()), clause.getOccur());
            }
            return builder.build();
        }
        return query;
    }

    private Query tolerant(TermQuery query) {
        Term term = query.getTerm();
        String text = term.text();
        int length = text.codePointCount(0, text.length());
        if (length < MIN_FUZZY_LENGTH || isKnown(text)) {
            return query;
        }
        return new FuzzyQuery(term, length < TWO_EDITS_LENGTH ? 1 : 2, PREFIX_LENGTH);
    }

    private boolean isKnown(String text) {
        return known.computeIfAbsent(text, t -> {
            try {
                return reader.docFreq(new Term(knownField, t)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
