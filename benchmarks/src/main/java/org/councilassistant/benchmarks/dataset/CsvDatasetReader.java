package org.councilassistant.benchmarks.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.training.LabelledExample;

/**
 * Reads labelled examples from a CSV file with a header row: first column the text, second the label, any
 * further columns ignored. Fields follow RFC 4180: a quoted field may hold commas, line breaks and doubled quotes.
 */
public final class CsvDatasetReader {

    private CsvDatasetReader() {
    }

    public static List<LabelledExample> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("no such file: " + file);
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Row> rows = parse(file, content.startsWith("\uFEFF") ? content.substring(1) : content);
        if (rows.isEmpty()) {
            throw new DatasetException(file + " is empty (it needs a header row, then text,label rows)");
        }
        List<LabelledExample> examples = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() < 2 || row.fields().get(1).isBlank()) {
                throw new DatasetException(file + ":" + row.line() + ": expected text,label but found "
                        + row.fields().size() + " field(s)");
            }
            examples.add(new LabelledExample(row.fields().get(0), row.fields().get(1).strip()));
        }
        return examples;
    }

    /** Records with the line each starts on; blank lines are skipped. */
    static List<Row> parse(Path file, String content) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, fieldWasQuoted, rowLine);
                fieldWasQuoted = false;
                line++;
                rowLine = line;
            } else if (fieldWasQuoted) {
                throw new DatasetException(file + ":" + line + ": text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new DatasetException(file + ":" + rowLine + ": quoted field never closed");
        }
        endRow(rows, fields, field, fieldWasQuoted, rowLine);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, boolean quoted, int line) {
        boolean blank = fields.isEmpty() && field.length() == 0 && !quoted;
        if (!blank) {
            fields.add(field.toString());
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }

    record Row(int line, List<String> fields) {
    }
}
