package org.councilassistant.webchat.staff;

import java.util.List;

import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;

/**
 * An article as the editor sends it. Lists arrive already split (one entry per line of the form).
 *
 * @param id the article's id when creating one; blank to derive it from the title
 * @param version the version the editor started from (ignored when creating)
 */
record ArticleForm(String id, Integer version, String title, String spokenAnswer, String answer, String serviceArea,
        List<String> intents, List<String> alternateQuestions, List<String> keywords, List<Link> links) {

    /** A link line, {@code label|url}. */
    record Link(String label, String url) {
    }

    ArticleContent content(ArticleStatus status) {
        return new ArticleContent(title, spokenAnswer, answer, serviceArea, status,
                links == null ? List.of() : links.stream().map(link -> new ArticleLink(link.label(), link.url())).toList(),
                alternateQuestions, keywords, intents);
    }
}
