package org.councilassistant.knowledgebase.transfer;

import java.util.List;

import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The outcome of an import: either every article was saved ({@code applied}, with how many were new, changed
 * or the same as before), or none was and {@code problems} says why, row by row.
 */
public record ImportReport(boolean applied, int created, int updated, int unchanged,
        List<ValidationProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport rejected(List<ValidationProblem> problems) {
        return new ImportReport(false, 0, 0, 0, problems);
    }
}
