package org.councilassistant.knowledgebase.article;

import java.time.Instant;
import java.util.List;

/**
 * A knowledge-base article: one answer to one kind of resident question.
 *
 * @param id stable slug, e.g. {@code pay-council-tax}
 * @param spokenAnswer a short answer fit to be read aloud (no links or symbols)
 * @param answer the full answer: paragraphs separated by blank lines, bullets starting "- "
 * @param intents the intents this article answers
 * @param version incremented on every saved change
 */
public record Article(
        String id,
        String title,
        String spokenAnswer,
        String answer,
        List<ArticleLink> links,
        List<String> alternateQuestions,
        List<String> keywords,
        String serviceArea,
        List<String> intents,
        ArticleStatus status,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String author) {

    public Article {
        links = List.copyOf(links);
        alternateQuestions = List.copyOf(alternateQuestions);
        keywords = List.copyOf(keywords);
        intents = List.copyOf(intents);
    }

    /** Welsh versions of articles have the English article's id plus this suffix, which links the two. */
    public static final String WELSH_SUFFIX = "-cy";

    /** {@code cy} for the Welsh version of an article (id ending {@code -cy}), otherwise {@code en}. */
    public String language() {
        return id.endsWith(WELSH_SUFFIX) ? "cy" : "en";
    }

    /** The id of this article's version in the other language. */
    public String translationId() {
        return id.endsWith(WELSH_SUFFIX) ? id.substring(0, id.length() - WELSH_SUFFIX.length()) : id + WELSH_SUFFIX;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The editable part of the article, as staff see it and as versions record it. */
    public ArticleContent content() {
        return new ArticleContent(title, spokenAnswer, answer, serviceArea, status, links, alternateQuestions,
                keywords, intents);
    }

    /** The same article saved by someone else: the author of a new version. */
    public Article withAuthor(String newAuthor) {
        return new Article(id, title, spokenAnswer, answer, links, alternateQuestions, keywords, serviceArea,
                intents, status, version, createdAt, updatedAt, newAuthor);
    }

    public Article withStatus(ArticleStatus newStatus) {
        return new Article(id, title, spokenAnswer, answer, links, alternateQuestions, keywords, serviceArea,
                intents, newStatus, version, createdAt, updatedAt, author);
    }
}
