package org.councilassistant.knowledgebase.transfer;

import java.util.List;

/**
 * One article of an import's report.
 *
 * @param row the file's row for it; 0 for an article archived because the file left it out
 * @param changes for an update, what changes, as staff name the fields ("answer", "spoken answer")
 */
public record ImportedArticle(int row, String id, String title, ImportOutcome outcome, List<String> changes) {

    public ImportedArticle {
        changes = List.copyOf(changes);
    }
}
