package org.councilassistant.knowledgebase.article;

/** Where an article is in its life: only published articles answer residents. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
