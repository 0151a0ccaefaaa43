package org.councilassistant.knowledgebase.article;

/** Thrown when an article was changed by someone else since the version being saved was read. */
public class ArticleVersionConflictException extends RuntimeException {

    public ArticleVersionConflictException(String id, int expectedVersion) {
        super("Article " + id + " is no longer at version " + expectedVersion);
    }
}
