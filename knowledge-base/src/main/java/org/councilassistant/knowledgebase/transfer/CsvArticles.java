package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The CSV form, for spreadsheets: a header row of {@link ArticleFields#ALL}, then one row per article. A
 * multi-valued cell (questions, keywords, intents, links) holds one value per line; a link is
 * {@code label|url}, split at the last {@code |}. The file starts with a byte-order mark, so that spreadsheet
 * programs read it as UTF-8 (£, é); reading accepts it with or without.
 */
final class CsvArticles {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String VALUE_SEPARATOR = "\n";
    private static final char LINK_SEPARATOR = '|';

    private CsvArticles() {
    }

    static String write(List<Article> articles) {
        List<List<String>> records = new ArrayList<>();
        records.add(ArticleFields.ALL);
        for (Article article : articles) {
            records.add(List.of(article.id(), article.status().name(), article.title(), article.serviceArea(),
                    article.spokenAnswer(), article.answer(), join(article.alternateQuestions()),
                    join(article.keywords()), join(article.intents()),
                    join(article.links().stream().map(link -> link.label() + LINK_SEPARATOR + link.url()).toList())));
        }
        return BYTE_ORDER_MARK + Csv.write(records);
    }

    /** Reads the articles, numbering rows as a spreadsheet does (the header is row 1). */
    static List<ImportRow> read(String text, List<ValidationProblem> problems) {
        List<Csv.Record> records;
        try {
            records = Csv.read(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
        } catch (Csv.CsvFormatException e) {
            problems.add(new ValidationProblem(e.row(), "", "is not valid CSV: " + e.getMessage()));
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(new ValidationProblem(1, "", "the header row is missing: " + String.join(",", ArticleFields.ALL)));
            return List.of();
        }
        Csv.Record header = records.get(0);
        Map<String, Integer> columns = columns(header, problems);
        if (columns == null) {
            return List.of();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != header.fields().size()) {
                problems.add(new ValidationProblem(record.row(), "", "has " + record.fields().size()
                        + " cells; the header has " + header.fields().size()));
                continue;
            }
            List<ValidationProblem> found = new ArrayList<>();
            rows.add(article(record, columns, found));
            found.forEach(problem -> problems.add(problem.atRow(record.row())));
        }
        return rows;
    }

    private static Map<String, Integer> columns(Csv.Record header, List<ValidationProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        int before = problems.size();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim();
            if (!ArticleFields.ALL.contains(name)) {
                problems.add(new ValidationProblem(header.row(), name, "is not a column of the knowledge base (the "
                        + "columns are " + String.join(", ", ArticleFields.ALL) + ")"));
            } else if (columns.put(name, i) != null) {
                problems.add(new ValidationProblem(header.row(), name, "appears twice in the header"));
            }
        }
        for (String name : ArticleFields.ALL) {
            if (!columns.containsKey(name)) {
                problems.add(new ValidationProblem(header.row(), name, "column is missing from the header"));
            }
        }
        return problems.size() == before ? columns : null;
    }

    private static ImportRow article(Csv.Record record, Map<String, Integer> columns, List<ValidationProblem> problems) {
        List<ArticleLink> links = new ArrayList<>();
        List<String> linkLines = split(cell(record, columns, ArticleFields.LINKS));
        for (int i = 0; i < linkLines.size(); i++) {
            String line = linkLines.get(i);
            int separator = line.lastIndexOf(LINK_SEPARATOR);
            if (separator < 0) {
                problems.add(ValidationProblem.of(ArticleFields.LINKS + "[" + (i + 1) + "]",
                        "write each link on its own line as label|url, not \"" + line + "\""));
            } else {
                links.add(new ArticleLink(line.substring(0, separator), line.substring(separator + 1)));
            }
        }
        ArticleContent content = new ArticleContent(cell(record, columns, ArticleFields.TITLE),
                cell(record, columns, ArticleFields.SPOKEN_ANSWER), cell(record, columns, ArticleFields.ANSWER),
                cell(record, columns, ArticleFields.SERVICE_AREA),
                ArticleFields.status(cell(record, columns, ArticleFields.STATUS), problems), links,
                split(cell(record, columns, ArticleFields.QUESTIONS)), split(cell(record, columns, ArticleFields.KEYWORDS)),
                ArticleFields.sorted(split(cell(record, columns, ArticleFields.INTENTS))));
        return new ImportRow(record.row(), cell(record, columns, ArticleFields.ID), content);
    }

    private static String cell(Csv.Record record, Map<String, Integer> columns, String name) {
        return record.fields().get(columns.get(name));
    }

    private static String join(List<String> values) {
        return String.join(VALUE_SEPARATOR, values);
    }

    /** One value per line; blank lines (a trailing line break, say) carry no value. */
    private static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        for (String line : cell.split("\r?\n", -1)) {
            if (!line.isBlank()) {
                values.add(line);
            }
        }
        return values;
    }
}
