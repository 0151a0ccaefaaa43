package org.councilassistant.knowledgebase.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when submitted content breaks the knowledge base's rules; nothing was saved. */
public class ValidationException extends RuntimeException {

    private final transient List<ValidationProblem> problems;

    public ValidationException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
