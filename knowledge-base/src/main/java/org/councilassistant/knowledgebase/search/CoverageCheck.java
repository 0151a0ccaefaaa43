package org.councilassistant.knowledgebase.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/** Which of a few hits a query matches, found by moving its scorer to just those documents. */
final class CoverageCheck {

    private CoverageCheck() {
    }

    /** The hits that {@code query} matches, in their given order. */
    static ScoreDoc[] matching(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Set<Integer> matched = new HashSet<>();
        int leaf = -1;
        Scorer scorer = null;
        for (int doc : docs) {
            if (leaf != ReaderUtil.subIndex(doc, leaves)) {
                leaf = ReaderUtil.subIndex(doc, leaves);
                scorer = weight.scorer(leaves.get(leaf));
            }
            if (scorer != null && matches(scorer, doc - leaves.get(leaf).docBase)) {
                matched.add(doc);
            }
        }
        return Arrays.stream(hits).filter(hit -> matched.contains(hit.doc)).toArray(ScoreDoc[]::new);
    }

    /** Whether the scorer matches {@code target}, a document after any it was moved to before. */
    private static boolean matches(Scorer scorer, int target) throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        if (approximation.docID() > target) {
            return false;
        }
        int doc = approximation.docID() == target ? target : approximation.advance(target);
        return doc == target && (twoPhase == null || twoPhase.matches());
    }
}
