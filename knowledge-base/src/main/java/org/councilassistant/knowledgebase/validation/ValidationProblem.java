package org.councilassistant.knowledgebase.validation;

/**
 * One thing wrong with what staff submitted, precise enough to point at.
 *
 * @param row where the problem is: for an import, the article's row (CSV: the spreadsheet row, the header being
 *     row 1; JSON: the article's position in the array, from 1); for a synonym list, the line number; 0 when
 *     a single article or notice is checked
 * @param field the field at fault, e.g. {@code title} or {@code links[2].url}; empty when the whole row is
 * @param message what is wrong, in words staff understand
 */
public record ValidationProblem(int row, String field, String message) {

    public static ValidationProblem of(String field, String message) {
        return new ValidationProblem(0, field, message);
    }

    public ValidationProblem atRow(int newRow) {
        return new ValidationProblem(newRow, field, message);
    }

    @Override
    public String toString() {
        String where = row > 0 ? "row " + row + (field.isEmpty() ? "" : ", ") : "";
        return where + field + ": " + message;
    }
}
