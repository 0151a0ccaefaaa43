package org.councilassistant.knowledgebase.search;

/**
 * An article that matched a question.
 *
 * @param score the BM25 relevance score (comparable only within one search); 0 for an article found by meaning
 *        alone (or not covering enough of the question's words)
 * @param semanticScore the cosine similarity of the question and the article's closest passage (title, alternate
 *        question or part of the answer); 0 when the search was by words only or the article was not among the
 *        closest by meaning
 * @param closestIsQuestion whether that closest passage is a title or an alternate question, which a question
 *        meets closer in meaning than the paragraph answering it
 * @param wordsRank the article's place in the ranking by words, from 0; -1 if it is not in it
 * @param meaningRank its place in the ranking by meaning, from 0; -1 if it is not in it
 */
public record SearchHit(String articleId, float score, float semanticScore, boolean closestIsQuestion, int wordsRank,
        int meaningRank) {

    /** A hit found by words only. */
    public SearchHit(String articleId, float score) {
        this(articleId, score, 0f, false, -1, -1);
    }

    public SearchHit(String articleId, float score, float semanticScore) {
        this(articleId, score, semanticScore, false, -1, -1);
    }

    /** Whether the article came first both by words and by meaning: the two rankings agree on it. */
    public boolean firstByWordsAndMeaning() {
        return wordsRank == 0 && meaningRank == 0;
    }
}
