package org.councilassistant.core.service.bins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilassistant.core.setup.SetupException;

/**
 * The rows of a CSV data file, one row per line: blank lines and lines starting with {@code #} are skipped, and the
 * first other line must name the columns in order. Values are read by Commons CSV (RFC 4180 quoting) and trimmed.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).get();

    /** One data row: its file, its line number (from 1, as editors show it) and its values by column. */
    record Row(String file, int line, List<String> columns, List<String> values) {

        String get(String column) {
            return values.get(columns.indexOf(column));
        }

        /** A fault in one value, named by file, line and column. */
        SetupException problem(String column, String what, String action) {
            return new SetupException(file + " line " + line + ", column " + (columns.indexOf(column) + 1) + " ("
                    + column + "): " + what, action);
        }

        /** A fault in the row as a whole. */
        SetupException problem(String what, String action) {
            return new SetupException(file + " line " + line + ": " + what, action);
        }
    }

    private CsvTable() {
    }

    /** The data rows of {@code file}, each with exactly the given columns, after the header row naming them. */
    static List<Row> rows(BinDataFiles.DataFile file, List<String> columns) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < file.lines().size(); i++) {
            String line = file.lines().get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Row row = new Row(file.name(), i + 1, columns, values(file.name(), i + 1, line));
            if (!headerSeen) {
                checkHeader(row);
                headerSeen = true;
            } else if (row.values().size() != columns.size()) {
                throw row.problem("found " + row.values().size() + " values, but rows have " + columns.size() + " ("
                        + String.join(",", columns) + ").", "Give every column a value (an empty one is \"\"), and put "
                        + "values that contain commas in double quotes, like \"2 Acacia Avenue, Brackenfield\".");
            } else {
                rows.add(row);
            }
        }
        if (!headerSeen) {
            throw new SetupException(file.name() + " has no header row.", "Start it with the column names: "
                    + String.join(",", columns) + ".");
        }
        return rows;
    }

    private static void checkHeader(Row header) {
        List<String> names = header.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(header.columns())) {
            throw header.problem("the header row is '" + String.join(",", header.values()) + "', not '"
                    + String.join(",", header.columns()) + "'.", "Make the first row that is not a # comment name "
                    + "the columns in this order: " + String.join(",", header.columns()) + ".");
        }
    }

    private static List<String> values(String file, int line, String text) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() == 1) {
                return records.get(0).toList();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // falls through to the message about quotes, the only way a single line fails to parse
        }
        throw new SetupException(file + " line " + line + ": the double quotes do not pair up.",
                "Put a value in double quotes whole, like \"Flat 1, Mill House\", write a quote inside it as \"\", "
                        + "and keep each row on one line.");
    }
}
