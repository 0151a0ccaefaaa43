package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it: fields separated by commas, records ending CRLF, a field holding a comma, a quote or a
 * line break put in double quotes, with any quote in it doubled. The reader also takes records ending LF alone
 * and keeps a quoted field's content exactly as written, line breaks included.
 */
final class Csv {

    private static final String RECORD_END = "\r\n";

    private Csv() {
    }

    static String write(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendField(out, record.get(i));
            }
            out.append(RECORD_END);
        }
        return out.toString();
    }

    private static void appendField(StringBuilder out, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.append(value);
        } else {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }

    /**
     * Reads every record, numbered as a spreadsheet numbers rows (the first record is row 1; a quoted line break
     * does not start a new row). Empty lines are skipped but counted.
     *
     * @throws CsvFormatException at the first record that is not well-formed
     */
    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 1;
        int i = 0;
        int n = text.length();
        boolean recordStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int end = i + 1;
                while (true) {
                    int quote = text.indexOf('"', end);
                    if (quote < 0) {
                        throw new CsvFormatException(row, "a quoted field is never closed");
                    }
                    field.append(text, end, quote);
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        field.append('"');
                        end = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new CsvFormatException(row, "text follows a closing quote; write a quote inside a "
                            + "quoted field as two quotes (\"\")");
                }
                recordStarted = true;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                recordStarted = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                if (recordStarted || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(row, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                recordStarted = false;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                row++;
            } else if (c == '"') {
                throw new CsvFormatException(row, "a quote inside a field that does not start with one; put the "
                        + "whole field in quotes and double the quote");
            } else {
                field.append(c);
                recordStarted = true;
                i++;
            }
        }
        if (recordStarted || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(row, List.copyOf(fields)));
        }
        return records;
    }

    /** One record and the row it starts on. */
    record Record(int row, List<String> fields) {
    }

    /** A CSV text that is not well-formed, with the row where reading stopped. */
    static final class CsvFormatException extends RuntimeException {

        private final int row;

        CsvFormatException(int row, String message) {
            super(message);
            this.row = row;
        }

        int row() {
            return row;
        }
    }
}
