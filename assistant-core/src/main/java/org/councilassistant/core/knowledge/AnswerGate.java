package org.councilassistant.core.knowledge;

import java.util.List;

import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.intents.embedding.SimilarityScale;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;

/**
 * Whether the best article a search found answers the resident's question, or the assistant should rather say it
 * cannot help and offer a person: a wrong answer costs a resident more than an honest "I don't know".
 *
 * <p>No fixed BM25 floor: scores by words grow with a council's page lengths and wording, so the same floor
 * refuses one council's one-word questions and lets another's unrelated questions through. Cosines have a fixed
 * scale per model ({@link SimilarityScale}), and an article is trusted on any of:
 * <ul>
 *   <li>it is close enough in meaning alone, to a title or alternate question or, less close, to a paragraph;</li>
 *   <li>the question was recognised as one of the council's informational topics and the article is related;</li>
 *   <li>it comes first both by words and by meaning, holds most of the question's words, and is related: the
 *       two rankings agreeing is the strongest evidence a search has, short of a paraphrase of a title.</li>
 * </ul>
 * Welsh questions, searched by words only, keep the lexical gate: most of their words, scoring high enough.
 */
final class AnswerGate {

    /** How deep the check of "holds most of the question's words" looks among the covering articles. */
    private static final int COVERAGE_DEPTH = 10;

    private final KnowledgeBase knowledgeBase;
    private final EngineSettings settings;

    AnswerGate(KnowledgeBase knowledgeBase, EngineSettings settings) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
    }

    /**
     * @param best the first hit of a search with the question's vector, or of a covering search by words only
     * @param understood whether the intent model recognised the question as an informational topic
     */
    boolean accepts(Turn turn, SearchHit best, boolean understood) {
        if (turn.embedding() == null) {
            return best.score() >= settings.minimumSearchScore();
        }
        SimilarityScale similarity = settings.similarity();
        double cosine = best.semanticScore();
        if (cosine >= (best.closestIsQuestion() ? similarity.related() : similarity.passage())) {
            return true;
        }
        if (understood && cosine >= similarity.understood()) {
            return true;
        }
        return best.firstByWordsAndMeaning() && cosine >= similarity.supported() && coversMostWords(turn, best);
    }

    private boolean coversMostWords(Turn turn, SearchHit best) {
        List<SearchHit> covering = knowledgeBase.search(
                SearchRequest.freeText(turn.text(), settings.minimumCoverage(), COVERAGE_DEPTH));
        return covering.stream().anyMatch(hit -> hit.articleId().equals(best.articleId()));
    }
}
