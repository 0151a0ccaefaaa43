package org.councilassistant.knowledgebase.article;

/** Why a version of an article was saved. */
public enum ArticleChange {
    /** Loaded with the starter content of a new installation. */
    SEEDED,
    CREATED,
    /** Content changed, status unchanged. */
    EDITED,
    PUBLISHED,
    ARCHIVED,
    /** Back to draft, from published or archived. */
    RETURNED_TO_DRAFT,
    /** Content copied from an earlier version. */
    RESTORED,
    IMPORTED,
    /** A version saved before history was kept, recorded when first needed. */
    RECORDED;

    /** The change a save from {@code before} to {@code after} makes when the caller does not say. */
    static ArticleChange between(ArticleStatus before, ArticleStatus after) {
        if (before == after) {
            return EDITED;
        }
        return switch (after) {
            case PUBLISHED -> PUBLISHED;
            case ARCHIVED -> ARCHIVED;
            case DRAFT -> RETURNED_TO_DRAFT;
        };
    }
}
