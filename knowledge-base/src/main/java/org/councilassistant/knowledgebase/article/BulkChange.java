package org.councilassistant.knowledgebase.article;

import java.util.List;

/**
 * Changes saved together or not at all, as an import makes them.
 *
 * @param saves articles to create (version 0) or to update, each with the version it was read at: a save is
 *     refused if the article has changed since
 * @param archives articles to take out of use, each with the version it was read at
 */
public record BulkChange(List<Article> saves, List<Article> archives) {

    public BulkChange {
        saves = List.copyOf(saves);
        archives = List.copyOf(archives);
    }
}
