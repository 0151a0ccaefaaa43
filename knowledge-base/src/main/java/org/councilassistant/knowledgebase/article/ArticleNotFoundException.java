package org.councilassistant.knowledgebase.article;

/** Thrown when an article, or a version of it, does not exist. */
public class ArticleNotFoundException extends RuntimeException {

    private final String articleId;

    public ArticleNotFoundException(String articleId) {
        super("There is no article " + articleId);
        this.articleId = articleId;
    }

    public ArticleNotFoundException(String articleId, int version) {
        super("Article " + articleId + " has no version " + version);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
