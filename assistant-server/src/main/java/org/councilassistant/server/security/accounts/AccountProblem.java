package org.councilassistant.server.security.accounts;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused account request, answered as {@code application/problem+json}; validation problems also list
 * each field and its message under {@code errors}, so that a page can build a GOV.UK error summary.
 */
final class AccountProblem extends ErrorResponseException {

    private AccountProblem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        super(status, problem(status, title, detail, errors), null);
    }

    static AccountProblem invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(FieldProblem::message).collect(Collectors.joining("; "));
        return new AccountProblem(HttpStatus.BAD_REQUEST, "Invalid account details", detail, errors);
    }

    static AccountProblem notFound(String username) {
        return new AccountProblem(HttpStatus.NOT_FOUND, "No such account",
                "There is no staff account with the username '" + username + "'", List.of());
    }

    static AccountProblem conflict(String title, String detail) {
        return new AccountProblem(HttpStatus.CONFLICT, title, detail, List.of());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** One field's problem, worded for the person filling in the form. */
    record FieldProblem(String field, String message) {
    }
}
