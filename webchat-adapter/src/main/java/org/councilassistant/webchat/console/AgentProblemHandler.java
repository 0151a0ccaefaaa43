package org.councilassistant.webchat.console;

import org.councilassistant.core.handoff.HandoffConflictException;
import org.councilassistant.core.handoff.HandoffNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Agent API errors as {@code application/problem+json}: 404 unknown conversation, 409 taken or not yours. */
@RestControllerAdvice(assignableTypes = {AgentApiController.class, AgentEventsController.class})
class AgentProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(HandoffNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "Conversation not found", "There is no such conversation.");
    }

    @ExceptionHandler(HandoffConflictException.class)
    ResponseEntity<ProblemDetail> conflict(HandoffConflictException e) {
        return problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getDefaultMessage()).findFirst().orElse("Please check what you sent.");
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
