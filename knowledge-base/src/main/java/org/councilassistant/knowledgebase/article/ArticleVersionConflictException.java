package org.councilassistant.knowledgebase.article;

/**
 * Thrown when an article was changed by someone else since the version being saved was read. Nothing of the
 * rejected save was written; {@link #current()} is what the other editor saved, to compare and merge.
 */
public class ArticleVersionConflictException extends RuntimeException {

    private final String articleId;
    private final int expectedVersion;
    private final transient Article current;

    public ArticleVersionConflictException(String articleId, int expectedVersion, Article current) {
        super("Article " + articleId + " is no longer at version " + expectedVersion + ": someone saved version "
                + current.version());
        this.articleId = articleId;
        this.expectedVersion = expectedVersion;
        this.current = current;
    }

    public String articleId() {
        return articleId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return current.version();
    }

    /** The article as it is now stored. */
    public Article current() {
        return current;
    }
}
