package nl.hgk.ledger.deploy.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
 * Every error of the HTTP API as an RFC 9457 problem detail: what went wrong, in words a client can act on, with the
 * field it concerns where there is one, and never a stack trace, SQL or a class name. This advice answers what all
 * endpoints share (unreadable or invalid requests, refused access, the unexpected); the command and query sides add
 * their own, ahead of this one, for their own errors.
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
            // a value type says why it refuses a value with an IllegalArgumentException; any other failure's
            // message (a NullPointerException's, say) would describe the code, not the request
            problem = fieldProblem("invalid-value", "Invalid value", path(invalid),
                    invalid.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null
                            ? refused.getMessage() : "not a valid value");
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

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "value";
        String expected = ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "value";
        return ResponseEntity.badRequest().body(fieldProblem("invalid-value", "Invalid value", field,
                "'" + ex.getValue() + "' is not a valid " + expected));
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
