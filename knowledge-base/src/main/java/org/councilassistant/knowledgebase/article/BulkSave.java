package org.councilassistant.knowledgebase.article;

/** How many articles a bulk save (an import) created, changed, and left as they were. */
public record BulkSave(int created, int updated, int unchanged) {
}
