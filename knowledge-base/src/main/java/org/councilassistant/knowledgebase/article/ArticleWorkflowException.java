package org.councilassistant.knowledgebase.article;

/** Thrown when an article is asked to move to the state it is already in (publishing a published article). */
public class ArticleWorkflowException extends RuntimeException {

    public ArticleWorkflowException(String articleId, ArticleStatus status) {
        super("Article " + articleId + " is already " + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
