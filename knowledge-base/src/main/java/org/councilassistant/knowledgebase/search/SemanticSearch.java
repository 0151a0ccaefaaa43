package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.councilassistant.knowledgebase.index.IndexFields;

/**
 * The articles closest in meaning to a question: a nearest-neighbour search (HNSW) of the passage vectors, grouped
 * to articles by their closest passage.
 */
final class SemanticSearch {

    /**
     * Passages read per article wanted: an article has a title, a few alternate questions and a few answer
     * passages, and its closest several often outrank every passage of the next article.
     */
    private static final int PASSAGES_PER_ARTICLE = 8;
    private static final int MIN_PASSAGES = 50;

    private SemanticSearch() {
    }

    /**
     * Up to {@code articles} article ids, closest first, each with the cosine similarity of its closest passage and
     * that passage's kind.
     *
     * @param intent when not null, only articles answering it
     */
    static Map<String, Closest> closest(IndexSearcher searcher, float[] vector, String intent, int articles)
            throws IOException {
        int passages = Math.max(MIN_PASSAGES, articles * PASSAGES_PER_ARTICLE);
        // Only English passages have vectors, so the field alone keeps the search to the question's language.
        KnnFloatVectorQuery query = new KnnFloatVectorQuery(IndexFields.VECTOR, vector, passages,
                intent == null ? null : new TermQuery(new Term(IndexFields.INTENT, intent)));
        ScoreDoc[] nearest = searcher.search(query, passages).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<String, Closest> closest = new LinkedHashMap<>();
        for (ScoreDoc passage : nearest) {
            org.apache.lucene.document.Document document = stored.document(passage.doc);
            String id = document.get(IndexFields.ID);
            // Best first, so an article's first passage is its closest.
            if (!closest.containsKey(id)) {
                closest.put(id, new Closest(cosine(passage.score),
                        IndexFields.PASSAGE_QUESTION.equals(document.get(IndexFields.PASSAGE))));
                if (closest.size() == articles) {
                    break;
                }
            }
        }
        return closest;
    }

    /** An article's closest passage: its cosine similarity to the question, and whether it is a question itself. */
    record Closest(float cosine, boolean question) {
    }

    /** Lucene scores a dot product of unit vectors as {@code (1 + cosine) / 2}, to keep scores positive. */
    private static float cosine(float score) {
        return 2 * score - 1;
    }
}
