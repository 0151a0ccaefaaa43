package org.councilassistant.knowledgebase.search;

/**
 * An article that matched a question.
 *
 * @param score the BM25 relevance score (comparable only within one search)
 */
public record SearchHit(String articleId, float score) {
}
