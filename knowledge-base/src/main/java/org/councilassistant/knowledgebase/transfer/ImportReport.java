package org.councilassistant.knowledgebase.transfer;

import java.util.List;

import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The outcome of an import, or of its preview ({@code dryRun}): what was (or would be) created, updated, left
 * unchanged and archived, article by article, with notices about choices made on the file's behalf (an id made
 * distinct, a spoken answer kept). When {@code problems} is not empty nothing was saved and the articles are not
 * listed: each problem says which row and what to do.
 *
 * @param applied whether the changes were saved
 */
public record ImportReport(ImportMode mode, boolean dryRun, boolean applied, int created, int updated,
        int unchanged, int archived, List<ImportedArticle> articles, List<ValidationProblem> notices,
        List<ValidationProblem> problems) {

    public ImportReport {
        articles = List.copyOf(articles);
        notices = List.copyOf(notices);
        problems = List.copyOf(problems);
    }

    static ImportReport rejected(ImportOptions options, List<ValidationProblem> notices,
            List<ValidationProblem> problems) {
        return new ImportReport(options.mode(), options.dryRun(), false, 0, 0, 0, 0, List.of(), notices, problems);
    }

    static ImportReport of(ImportOptions options, boolean applied, List<ImportedArticle> articles,
            List<ValidationProblem> notices) {
        return new ImportReport(options.mode(), options.dryRun(), applied, count(articles, ImportOutcome.CREATED),
                count(articles, ImportOutcome.UPDATED), count(articles, ImportOutcome.UNCHANGED),
                count(articles, ImportOutcome.ARCHIVED), articles, notices, List.of());
    }

    private static int count(List<ImportedArticle> articles, ImportOutcome outcome) {
        return (int) articles.stream().filter(article -> article.outcome() == outcome).count();
    }
}
