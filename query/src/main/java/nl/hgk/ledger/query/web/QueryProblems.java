package nl.hgk.ledger.query.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The query side's own errors as problem details. Runs ahead of the application's general advice, which answers
 * everything else (so it must not handle {@code Exception} itself).
 */
@RestControllerAdvice(basePackages = "nl.hgk.ledger.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblems {

    private static final String TYPES = "urn:hgk-ledger:problem:";

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.getMessage()));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "conflict", "Conflict", conflict.getMessage()));
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<ProblemDetail> invalid(InvalidQuery invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query",
                "Parameter '" + invalid.parameter() + "': " + invalid.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", invalid.parameter(), "message", invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ViewBehind.class)
    ResponseEntity<ProblemDetail> behind(ViewBehind behind) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "view-behind", "View not up to date yet",
                behind.getMessage() + ". Try again shortly.");
        problem.setProperty("requestedVersion", behind.requestedVersion());
        problem.setProperty("currentVersion", behind.currentVersion());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
