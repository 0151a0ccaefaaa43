package org.councilassistant.webchat.staff;

import java.time.Instant;
import java.util.List;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.rating.RatingSummary;

/**
 * One row of the article list: enough to find an article, see how residents rate it, and see whether it has its
 * version in the other language (Welsh articles are the English id plus {@code -cy}).
 */
record ArticleSummary(String id, String title, String serviceArea, ArticleStatus status, List<String> intents,
        int version, Instant updatedAt, String author, long helpful, long notHelpful, String language,
        boolean translationMissing) {

    static ArticleSummary of(Article article, RatingSummary rating, boolean translationExists) {
        return new ArticleSummary(article.id(), article.title(), article.serviceArea(), article.status(),
                article.intents(), article.version(), article.updatedAt(), article.author(),
                rating == null ? 0 : rating.helpful(), rating == null ? 0 : rating.notHelpful(), article.language(),
                !translationExists);
    }
}
