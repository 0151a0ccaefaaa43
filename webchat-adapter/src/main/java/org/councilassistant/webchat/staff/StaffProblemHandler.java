package org.councilassistant.webchat.staff;

import java.util.List;
import java.util.Map;

import org.councilassistant.core.staffintent.StaffIntentNotFoundException;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleVersionConflictException;
import org.councilassistant.knowledgebase.article.ArticleWorkflowException;
import org.councilassistant.knowledgebase.notice.NoticeNotFoundException;
import org.councilassistant.knowledgebase.synonym.SynonymVersionConflictException;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Knowledge-base and intent API errors as {@code application/problem+json}: 404 for a missing article, notice or
 * staff intent; 409 when someone saved first (with the version and article now stored, to review), or for a move
 * to the same state; 400 with {@code problems}, each {@code {row, field, message}}, when content breaks a rule.
 */
@RestControllerAdvice(assignableTypes = {ArticleApiController.class, ArticleHistoryApiController.class,
        NoticeApiController.class, SynonymApiController.class, TransferApiController.class,
        InboxArticleApiController.class, IntentApiController.class})
class StaffProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ArticleNotFoundException.class)
    ResponseEntity<ProblemDetail> articleNotFound(ArticleNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Article not found", e.getMessage(), Map.of("articleId", e.articleId()));
    }

    @ExceptionHandler(StaffIntentNotFoundException.class)
    ResponseEntity<ProblemDetail> intentNotFound(StaffIntentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Intent not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoticeNotFoundException.class)
    ResponseEntity<ProblemDetail> noticeNotFound(NoticeNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Notice not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(ArticleVersionConflictException.class)
    ResponseEntity<ProblemDetail> articleConflict(ArticleVersionConflictException e) {
        Article current = e.current();
        String who = current.author() == null ? "Someone" : current.author();
        return problem(HttpStatus.CONFLICT, "Someone saved first",
                who + " saved a newer version (version " + current.version() + ") — review their changes.",
                Map.of("currentVersion", current.version(), "currentAuthor", who, "current", current));
    }

    @ExceptionHandler(SynonymVersionConflictException.class)
    ResponseEntity<ProblemDetail> synonymConflict(SynonymVersionConflictException e) {
        return problem(HttpStatus.CONFLICT, "Someone saved first",
                e.current().author() + " saved a newer synonym list (version " + e.current().version()
                        + ") — review their changes.",
                Map.of("currentVersion", e.current().version(), "current", e.current()));
    }

    @ExceptionHandler(ArticleWorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(ArticleWorkflowException e) {
        return problem(HttpStatus.CONFLICT, "Nothing to change", e.getMessage(), Map.of());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, "Please correct the problems",
                e.problems().size() == 1 ? e.problems().get(0).toString()
                        : e.problems().size() + " problems: nothing was saved.",
                Map.of("problems", e.problems()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request could not be read as JSON of the expected shape.");
        problem.setTitle("Unreadable request");
        problem.setProperty("problems", List.of(new ValidationProblem(0, "", "The request could not be read")));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
