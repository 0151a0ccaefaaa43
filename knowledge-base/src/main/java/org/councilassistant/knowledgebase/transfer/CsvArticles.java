package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleLink;

/**
 * The CSV form, for spreadsheets: a header row of {@link ArticleFields#ALL} (on import, any of
 * {@link ArticleFields#IMPORTED}), then one row per article. A
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

    /**
     * Reads the articles, numbering rows as a spreadsheet does (the header is row 1). The header names the columns,
     * in any order; only {@code title} and {@code answer} are needed. A column the file leaves out, or an empty
     * cell of a text column, is null in the row; a list column's empty cell is an empty list.
     */
    static List<ImportRow> read(String text, ImportProblems problems) {
        List<Csv.Record> records;
        try {
            records = Csv.read(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
        } catch (Csv.CsvFormatException e) {
            problems.row(e.row()).add("", "correct the CSV: " + e.getMessage());
            return List.of();
        }
        if (records.isEmpty()) {
            problems.row(1).add("", "add a header row naming the columns, at least title and answer");
            return List.of();
        }
        Csv.Record header = records.get(0);
        Map<String, Integer> columns = columns(header, problems.row(header.row()));
        if (columns == null) {
            return List.of();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            ImportProblems found = problems.row(record.row());
            if (record.fields().size() != header.fields().size()) {
                found.add("", "give the row " + header.fields().size() + " cells, as the header has (it has "
                        + record.fields().size() + ")");
                continue;
            }
            rows.add(article(record, columns, found));
        }
        return rows;
    }

    private static Map<String, Integer> columns(Csv.Record header, ImportProblems problems) {
        Map<String, Integer> columns = new HashMap<>();
        boolean fine = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim();
            String field = ArticleFields.named(name);
            if (field == null) {
                problems.add(name, "remove the column \"" + name + "\" or rename it: the columns are "
                        + String.join(", ", ArticleFields.IMPORTED));
                fine = false;
            } else if (columns.put(field, i) != null) {
                problems.add(field, "keep one " + ArticleFields.spoken(field) + " column");
                fine = false;
            }
        }
        for (String name : ArticleFields.REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(name, "add a column named " + name);
                fine = false;
            }
        }
        return fine ? columns : null;
    }

    private static ImportRow article(Csv.Record record, Map<String, Integer> columns, ImportProblems problems) {
        List<ArticleLink> links = null;
        List<String> linkLines = split(cell(record, columns, ArticleFields.LINKS));
        if (linkLines != null) {
            links = new ArrayList<>();
            for (int i = 0; i < linkLines.size(); i++) {
                String line = linkLines.get(i);
                int separator = line.lastIndexOf(LINK_SEPARATOR);
                if (separator < 0) {
                    problems.add(ArticleFields.LINKS + "[" + (i + 1) + "]", "write link " + (i + 1)
                            + " on its own line as label|address, not \"" + line + "\"");
                } else {
                    links.add(new ArticleLink(line.substring(0, separator), line.substring(separator + 1)));
                }
            }
        }
        return new ImportRow(record.row(), text(record, columns, ArticleFields.ID),
                text(record, columns, ArticleFields.TITLE), text(record, columns, ArticleFields.ANSWER),
                text(record, columns, ArticleFields.SPOKEN_ANSWER), text(record, columns, ArticleFields.SERVICE_AREA),
                ArticleFields.status(text(record, columns, ArticleFields.STATUS), problems),
                text(record, columns, ArticleFields.URL), text(record, columns, ArticleFields.LANGUAGE),
                split(cell(record, columns, ArticleFields.QUESTIONS)),
                split(cell(record, columns, ArticleFields.KEYWORDS)),
                ArticleFields.sorted(split(cell(record, columns, ArticleFields.INTENTS))), links);
    }

    /** The cell of a column the file has; null if it has no such column. */
    private static String cell(Csv.Record record, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? null : record.fields().get(column);
    }

    /** A text cell; null if the column is left out or the cell is empty. */
    private static String text(Csv.Record record, Map<String, Integer> columns, String name) {
        String cell = cell(record, columns, name);
        return cell == null || cell.isEmpty() ? null : cell;
    }

    private static String join(List<String> values) {
        return String.join(VALUE_SEPARATOR, values);
    }

    /** One value per line; blank lines (a trailing line break, say) carry no value. Null for no column. */
    private static List<String> split(String cell) {
        if (cell == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String line : cell.split("\r?\n", -1)) {
            if (!line.isBlank()) {
                values.add(line);
            }
        }
        return values;
    }
}
