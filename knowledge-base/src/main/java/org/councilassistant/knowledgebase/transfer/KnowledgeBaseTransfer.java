package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleValidator;
import org.councilassistant.knowledgebase.article.BulkSave;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * Export and import of every article, as JSON or CSV. An export read back into an empty knowledge base exports
 * to the same bytes. An import creates or updates each article by id (a new version by the importer; an
 * article whose content is the same is left alone) and is all or nothing: a single bad row and nothing is saved,
 * with every problem reported by row and field. Articles missing from a file are left as they are.
 *
 * <p>Both formats carry the fields {@code id, status, title, serviceArea, spokenAnswer, answer,
 * alternateQuestions, keywords, intents, links}, articles ordered by id, intents sorted.
 * <ul>
 * <li>JSON: an array of objects with those properties; the lists are arrays of strings, links an array of
 * {@code {"label", "url"}} objects. Two-space indents, LF line ends, a final LF. Row numbers in problems are
 * positions in the array, from 1; row 0 is the file as a whole.
 * <li>CSV (RFC 4180): UTF-8 with a byte-order mark (for spreadsheet programs), a header row with those names
 * (any order on import), CRLF after every record, a field quoted when it holds a comma, a quote or a line break.
 * A multi-valued cell holds one value per line (LF); a link is {@code label|url}, split at the last {@code |}.
 * Row numbers are spreadsheet rows: the header is row 1.
 * </ul>
 * Status is DRAFT, PUBLISHED or ARCHIVED (any case on import). Ids are lowercase letters and digits joined by
 * hyphens; lengths follow the schema; links must be http or https.
 */
public class KnowledgeBaseTransfer {

    private final KnowledgeBase knowledgeBase;

    public KnowledgeBaseTransfer(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Every article, in every state, by id: UTF-8 JSON. */
    public String exportJson() {
        return JsonArticles.write(knowledgeBase.allArticles());
    }

    /** Every article, in every state, by id: CSV (RFC 4180, UTF-8 with a byte-order mark). */
    public String exportCsv() {
        return CsvArticles.write(knowledgeBase.allArticles());
    }

    public ImportReport importJson(String json, String importer) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<ImportRow> rows = JsonArticles.read(json, problems);
        return save(rows, problems, importer);
    }

    public ImportReport importCsv(String csv, String importer) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<ImportRow> rows = CsvArticles.read(csv, problems);
        return save(rows, problems, importer);
    }

    private ImportReport save(List<ImportRow> rows, List<ValidationProblem> problems, String importer) {
        problems.addAll(ArticleValidator.authorProblems(importer));
        Map<String, Integer> firstRows = new HashMap<>();
        for (ImportRow row : rows) {
            // A field the reader already found fault with is not reported twice.
            Set<String> reported = new HashSet<>();
            problems.stream().filter(p -> p.row() == row.row()).forEach(p -> reported.add(p.field()));
            ArticleValidator.problems(row.id(), row.content()).stream()
                    .filter(problem -> !reported.contains(problem.field()))
                    .forEach(problem -> problems.add(problem.atRow(row.row())));
            if (row.id() != null) {
                Integer first = firstRows.putIfAbsent(row.id(), row.row());
                if (first != null) {
                    problems.add(new ValidationProblem(row.row(), "id", "repeats " + row.id() + " from row " + first));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ValidationProblem::row));
            return ImportReport.rejected(problems);
        }
        List<Article> articles = rows.stream().map(row -> row.content().toArticle(row.id(), 0, importer)).toList();
        BulkSave saved = knowledgeBase.saveAll(articles, importer);
        return new ImportReport(true, saved.created(), saved.updated(), saved.unchanged(), List.of());
    }
}
