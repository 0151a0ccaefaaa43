package org.councilassistant.knowledgebase.transfer;

import java.util.List;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.ArticleValidator;
import org.councilassistant.knowledgebase.article.ArticleVersionConflictException;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * Export and import of every article, as JSON or CSV. An export read back into an empty knowledge base exports
 * to the same bytes.
 *
 * <p>An import takes a council's own content as it is: only a title and an answer are needed, the answer plain
 * text or HTML (a web page, converted to the article format, its links kept). Each row creates or updates one
 * article, as a new version by the importer; a field a row leaves out keeps the stored article's value or, for a
 * new article, gets a default (see {@link ImportRowMerger}); a row without an id gets one made from its title,
 * never another article's ({@link ImportIdAssigner}). In {@link ImportMode#REPLACE} every published article the
 * file leaves out is archived. An import is all or nothing, in one transaction: a single bad row and nothing is
 * saved, with every problem reported by row in plain words. A {@linkplain ImportOptions#dryRun() dry run} reports
 * exactly the same and writes nothing.
 *
 * <p>Both formats carry the fields {@code id, status, title, serviceArea, spokenAnswer, answer,
 * alternateQuestions, keywords, intents, links}, articles ordered by id, intents sorted; an import also takes
 * {@code url} (the council's page for the article, which becomes a link) and {@code language} ({@code en} or
 * {@code cy}).
 * <ul>
 * <li>JSON: an array of objects with those properties; the lists are arrays of strings, links an array of
 * {@code {"label", "url"}} objects. Two-space indents, LF line ends, a final LF. Row numbers in problems are
 * positions in the array, from 1; row 0 is the file as a whole.
 * <li>CSV (RFC 4180): UTF-8 with a byte-order mark (for spreadsheet programs), a header row with those names
 * (any order and any subset on import), CRLF after every record, a field quoted when it holds a comma, a quote or
 * a line break. A multi-valued cell holds one value per line (LF); a link is {@code label|url}, split at the last
 * {@code |}. Row numbers are spreadsheet rows: the header is row 1.
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

    /** Merges the articles of a JSON file into the knowledge base. */
    public ImportReport importJson(String json, String importer) {
        return importJson(json, ImportOptions.MERGE, importer);
    }

    /** Merges the articles of a CSV file into the knowledge base. */
    public ImportReport importCsv(String csv, String importer) {
        return importCsv(csv, ImportOptions.MERGE, importer);
    }

    public ImportReport importJson(String json, ImportOptions options, String importer) {
        ImportProblems problems = new ImportProblems();
        return save(JsonArticles.read(json, problems), problems, options, importer);
    }

    public ImportReport importCsv(String csv, ImportOptions options, String importer) {
        ImportProblems problems = new ImportProblems();
        return save(CsvArticles.read(csv, problems), problems, options, importer);
    }

    private ImportReport save(List<ImportRow> rows, ImportProblems problems, ImportOptions options, String importer) {
        List<ValidationProblem> importerProblems = ArticleValidator.authorProblems(importer);
        if (!importerProblems.isEmpty()) {
            return ImportReport.rejected(options, List.of(), importerProblems);
        }
        ImportProblems notices = new ImportProblems();
        ImportPlanner.Plan plan = new ImportPlanner(knowledgeBase.allArticles())
                .plan(rows, options.mode(), problems, notices);
        if (!problems.isEmpty()) {
            return ImportReport.rejected(options, notices.list(), problems.list());
        }
        if (options.dryRun()) {
            return ImportReport.of(options, false, plan.articles(), notices.list());
        }
        try {
            knowledgeBase.saveAll(plan.change(), importer);
        } catch (ArticleVersionConflictException e) {
            ImportProblems conflict = new ImportProblems();
            conflict.add(ArticleFields.ID, "import the file again: " + e.articleId() + " was changed by "
                    + e.current().author() + " while it was being imported, and nothing was saved");
            return ImportReport.rejected(options, notices.list(), conflict.list());
        } catch (ValidationException e) {
            // Only an article created elsewhere under one of the file's new ids gets here.
            ImportProblems conflict = new ImportProblems();
            conflict.add(ArticleFields.ID, "import the file again: " + e.getMessage() + "; nothing was saved");
            return ImportReport.rejected(options, notices.list(), conflict.list());
        }
        return ImportReport.of(options, true, plan.articles(), notices.list());
    }
}
