package org.councilassistant.knowledgebase.article;

import java.util.List;

/**
 * What staff edit in an article: everything but its id and bookkeeping (version, times, author). A version
 * snapshot, an import row and a restore all carry exactly this.
 */
public record ArticleContent(
        String title,
        String spokenAnswer,
        String answer,
        String serviceArea,
        ArticleStatus status,
        List<ArticleLink> links,
        List<String> alternateQuestions,
        List<String> keywords,
        List<String> intents) {

    public ArticleContent {
        links = links == null ? List.of() : List.copyOf(links);
        alternateQuestions = alternateQuestions == null ? List.of() : List.copyOf(alternateQuestions);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        intents = intents == null ? List.of() : List.copyOf(intents);
    }

    /** The same content in another state of the workflow. */
    public ArticleContent withStatus(ArticleStatus newStatus) {
        return new ArticleContent(title, spokenAnswer, answer, serviceArea, newStatus, links, alternateQuestions,
                keywords, intents);
    }

    /** This content as an article to save; the repository sets the version and the times. */
    public Article toArticle(String id, int version, String author) {
        return new Article(id, title, spokenAnswer, answer, links, alternateQuestions, keywords, serviceArea,
                intents, status, version, null, null, author);
    }
}
