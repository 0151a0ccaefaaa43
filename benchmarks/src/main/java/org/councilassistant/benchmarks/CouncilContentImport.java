package org.councilassistant.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.transfer.ImportMode;
import org.councilassistant.knowledgebase.transfer.ImportOptions;
import org.councilassistant.knowledgebase.transfer.ImportOutcome;
import org.councilassistant.knowledgebase.transfer.ImportReport;
import org.councilassistant.knowledgebase.transfer.ImportedArticle;
import org.councilassistant.knowledgebase.transfer.KnowledgeBaseTransfer;

/** A council's pages imported as staff import them: the staff import, replacing every published article. */
final class CouncilContentImport {

    static final String IMPORTER = "benchmark";

    private CouncilContentImport() {
    }

    /** Imports {@code json} with mode replace and brings the index up to date; returns each title's article id. */
    static Map<String, String> replaceWith(KnowledgeBase knowledgeBase, String json) {
        ImportReport report = new KnowledgeBaseTransfer(knowledgeBase)
                .importJson(json, ImportOptions.of(ImportMode.REPLACE), IMPORTER);
        if (!report.applied()) {
            throw new IllegalArgumentException("The content was not imported: " + report.problems());
        }
        knowledgeBase.synchronise();
        Map<String, String> titleToId = new LinkedHashMap<>();
        for (ImportedArticle article : report.articles()) {
            if (article.outcome() != ImportOutcome.ARCHIVED) {
                titleToId.put(article.title(), article.id());
            }
        }
        return titleToId;
    }
}
