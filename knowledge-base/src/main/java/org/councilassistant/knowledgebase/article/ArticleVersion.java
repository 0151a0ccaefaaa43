package org.councilassistant.knowledgebase.article;

import java.time.Instant;

/**
 * One saved state of an article, in full.
 *
 * @param restoredFrom the version whose content this one restored, or null unless {@code change} is RESTORED
 */
public record ArticleVersion(
        String articleId,
        int version,
        ArticleChange change,
        Integer restoredFrom,
        String author,
        Instant savedAt,
        ArticleContent content) {
}
