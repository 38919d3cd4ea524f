package nl.hgk.ledger.command.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import nl.hgk.ledger.command.cases.CommandRefused;
import nl.hgk.ledger.command.cases.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail: what went wrong, in words a client can act on, with the
 * field it concerns where there is one, and never a stack trace, SQL or a class name.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPES = "urn:hgk-ledger:problem:";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        List<Map<String, String>> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> Map.of("field", error.getObjectName(), "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                "One or more fields are not valid: " + describe(errors, global));
        problem.setProperty("errors", concat(errors, global));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getCause();
        ProblemDetail problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            problem = fieldProblem("unknown-field", "Unknown field", field,
                    "unknown field '" + unknown.getPropertyName() + "'; known fields are "
                            + unknown.getKnownPropertyIds());
        } else if (cause instanceof InvalidFormatException invalid) {
            String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "; allowed are " + List.of(invalid.getTargetType().getEnumConstants())
                    : "";
            problem = fieldProblem("invalid-value", "Invalid value", path(invalid),
                    "'" + invalid.getValue() + "' is not a valid " + simpleName(invalid.getTargetType()) + allowed);
        } else if (cause instanceof ValueInstantiationException invalid) {
            problem = fieldProblem("invalid-value", "Invalid value", path(invalid),
                    invalid.getCause() != null ? invalid.getCause().getMessage() : "not a valid value");
        } else if (cause instanceof JsonParseException parse) {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr() + ")");
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = fieldProblem("invalid-value", "Invalid value", path(mapping),
                    "this value does not have the expected type");
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Unreadable request body",
                    "The body is missing or is not a JSON document of the expected shape");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused refused) {
        return refusal(refused.refusal(), refused.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> failed(CommandExecutionException failure) {
        return failure.getDetails()
                .filter(RefusalDetails.class::isInstance)
                .map(details -> refusal(((RefusalDetails) details).refusal(), failure.getMessage()))
                .orElseGet(() -> unexpected(failure));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
        String expected = ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "value";
        return ResponseEntity.badRequest().body(fieldProblem("invalid-value", "Invalid value", field,
                "'" + ex.getValue() + "' is not a valid " + expected));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> stale(ConflictingAggregateVersionException conflict) {
        String detail = conflict.getExpectedVersion() < conflict.getActualVersion()
                ? "The case was changed since version " + conflict.getExpectedVersion() + " (it is now at version "
                        + conflict.getActualVersion() + "). Reload the case and try again."
                : "The case is at version " + conflict.getActualVersion() + "; there is no version "
                        + conflict.getExpectedVersion() + " yet. Reload the case and try again.";
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "The case has changed", detail);
        problem.setProperty("expectedVersion", conflict.getExpectedVersion());
        problem.setProperty("actualVersion", conflict.getActualVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "unknown-case",
                "Unknown case", "There is no case " + missing.getAggregateIdentifier()));
    }

    @ExceptionHandler(WriteRequests.InvalidIdempotencyKey.class)
    ResponseEntity<ProblemDetail> invalidKey(WriteRequests.InvalidIdempotencyKey invalid) {
        return ResponseEntity.badRequest().body(
                problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid idempotency key",
                        invalid.getMessage()));
    }

    @ExceptionHandler(WriteRequests.IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(WriteRequests.IdempotencyKeyReused reused) {
        return ResponseEntity.unprocessableEntity().body(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency-key-reused", "Idempotency key reused", reused.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed", denied.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("request failed unexpectedly", failure);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "The request could not be completed; nothing was recorded. The error is logged."));
    }

    private ResponseEntity<ProblemDetail> refusal(Refusal refusal, String message) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "command-refused",
                "The case does not allow this", message);
        problem.setProperty("refusal", refusal.name());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    private static ProblemDetail fieldProblem(String type, String title, String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, type, title, "Field '" + field + "': " + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String describe(List<Map<String, String>> errors, List<Map<String, String>> global) {
        return concat(errors, global).stream().map(e -> e.get("field") + " " + e.get("message"))
                .collect(Collectors.joining("; "));
    }

    private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
