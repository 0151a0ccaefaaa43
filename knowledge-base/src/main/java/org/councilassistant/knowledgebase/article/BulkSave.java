package org.councilassistant.knowledgebase.article;

/** How many articles a bulk save (an import) created, changed, left as they were and archived. */
public record BulkSave(int created, int updated, int unchanged, int archived) {
}
