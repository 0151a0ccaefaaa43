package org.councilassistant.knowledgebase.search;

/**
 * An article that matched a question.
 *
 * @param score the BM25 relevance score (comparable only within one search); 0 for an article found by meaning
 *        alone (or not covering enough of the question's words)
 * @param semanticScore the cosine similarity of the question and the article's closest passage (title, alternate
 *        question or part of the answer): on the seed articles, at most 0.5 for unrelated questions and a median
 *        of 0.69 for the article a held-out alternate question belongs to; 0 when the
 *        search was by words only or the article was not among the closest by meaning
 */
public record SearchHit(String articleId, float score, float semanticScore) {

    /** A hit found by words only. */
    public SearchHit(String articleId, float score) {
        this(articleId, score, 0f);
    }
}
