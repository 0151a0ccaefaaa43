package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.BulkChange;

/**
 * Works out, from the stored articles, exactly what importing some rows changes: each row's id and content, whether
 * that creates, updates or leaves an article as it is, and in replace mode which published articles the file leaves
 * out and so archives. It writes nothing, so a preview and an import are the same plan.
 */
final class ImportPlanner {

    private final Map<String, Article> existing;

    ImportPlanner(List<Article> stored) {
        this.existing = stored.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    /** The plan; if {@code problems} has any when this returns, the plan must not be saved. */
    Plan plan(List<ImportRow> rows, ImportMode mode, ImportProblems problems, ImportProblems notices) {
        Map<Integer, String> ids = new ImportIdAssigner(existing).assign(rows, problems, notices);
        List<ImportedArticle> report = new ArrayList<>();
        List<Article> saves = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (ImportRow row : rows) {
            String id = ids.get(row.row());
            Article current = id == null ? null : existing.get(id);
            ArticleContent content = ImportRowMerger.content(row, current, problems.row(row.row()),
                    notices.row(row.row()));
            ImportRowChecker.check(row, id, content, problems);
            if (id == null) {
                continue;
            }
            inFile.add(id);
            if (current == null) {
                saves.add(content.toArticle(id, 0, null));
                report.add(new ImportedArticle(row.row(), id, content.title(), ImportOutcome.CREATED, List.of()));
            } else if (current.content().equals(content)) {
                report.add(new ImportedArticle(row.row(), id, content.title(), ImportOutcome.UNCHANGED, List.of()));
            } else {
                saves.add(content.toArticle(id, current.version(), null));
                report.add(new ImportedArticle(row.row(), id, content.title(), ImportOutcome.UPDATED,
                        changes(current.content(), content)));
            }
        }
        List<Article> archives = new ArrayList<>();
        if (mode == ImportMode.REPLACE) {
            existing.values().stream()
                    .filter(article -> article.isPublished() && !inFile.contains(article.id()))
                    .sorted(Comparator.comparing(Article::id))
                    .forEach(article -> {
                        archives.add(article);
                        report.add(new ImportedArticle(0, article.id(), article.title(), ImportOutcome.ARCHIVED,
                                List.of()));
                    });
        }
        return new Plan(new BulkChange(saves, archives), report);
    }

    /** What an update changes, as staff name the fields. */
    private static List<String> changes(ArticleContent before, ArticleContent after) {
        List<String> changes = new ArrayList<>();
        note(changes, ArticleFields.TITLE, before.title(), after.title());
        note(changes, ArticleFields.ANSWER, before.answer(), after.answer());
        note(changes, ArticleFields.SPOKEN_ANSWER, before.spokenAnswer(), after.spokenAnswer());
        note(changes, ArticleFields.SERVICE_AREA, before.serviceArea(), after.serviceArea());
        note(changes, ArticleFields.STATUS, before.status(), after.status());
        note(changes, ArticleFields.LINKS, before.links(), after.links());
        note(changes, ArticleFields.QUESTIONS, before.alternateQuestions(), after.alternateQuestions());
        note(changes, ArticleFields.KEYWORDS, before.keywords(), after.keywords());
        note(changes, ArticleFields.INTENTS, before.intents(), after.intents());
        return changes;
    }

    private static void note(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(ArticleFields.spoken(field));
        }
    }

    /** The writes of an import, and its report line by line. */
    record Plan(BulkChange change, List<ImportedArticle> articles) {
    }
}
