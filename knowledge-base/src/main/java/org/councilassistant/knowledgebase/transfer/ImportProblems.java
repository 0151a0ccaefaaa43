package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * Problems (or notices) about an import file, each a plain sentence that says where and what to do, as GOV.UK
 * error messages do: "Row 4: enter a title". The row and field stay alongside, for pointing at.
 */
final class ImportProblems {

    private final List<ValidationProblem> found;
    private final int row;

    ImportProblems() {
        this(new ArrayList<>(), 0);
    }

    private ImportProblems(List<ValidationProblem> found, int row) {
        this.found = found;
        this.row = row;
    }

    /** The same list, for what is found in one row. */
    ImportProblems row(int newRow) {
        return new ImportProblems(found, newRow);
    }

    /** @param todo what to do, in lower case after "Row 4: ", e.g. "enter a title" */
    void add(String field, String todo) {
        String sentence = row > 0 ? "Row " + row + ": " + todo
                : Character.toUpperCase(todo.charAt(0)) + todo.substring(1);
        found.add(new ValidationProblem(row, field, sentence));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    boolean has(int someRow, String field) {
        return found.stream().anyMatch(p -> p.row() == someRow && p.field().equals(field));
    }

    /** Everything found, row by row in the order found. */
    List<ValidationProblem> list() {
        List<ValidationProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(ValidationProblem::row));
        return sorted;
    }
}
