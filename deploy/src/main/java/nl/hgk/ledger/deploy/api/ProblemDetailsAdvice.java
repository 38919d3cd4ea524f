package nl.hgk.ledger.deploy.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
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
    private static final URI BLANK = URI.create("about:blank");
    private static final String DUPLICATE_FIELD = "Duplicate field '";

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
        Optional<JsonParseException> duplicate = duplicateField(cause);
        ProblemDetail problem;
        if (duplicate.isPresent()) {
            problem = fieldProblem("invalid-value", "Invalid value", path(duplicate.get().getProcessor()),
                    "given more than once; give each field once");
        } else if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            problem = fieldProblem("unknown-field", "Unknown field", field,
                    "unknown field '" + unknown.getPropertyName() + "'; known fields are "
                            + unknown.getKnownPropertyIds().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")));
        } else if (cause instanceof ValueInstantiationException invalid) {
            // a value type says why it refuses a value with an IllegalArgumentException; any other failure's
            // message (a NullPointerException's, say) would describe the code, not the request
            problem = fieldProblem("invalid-value", "Invalid value", path(invalid),
                    invalid.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null
                            ? refused.getMessage() : "not a valid value");
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            problem = fieldProblem("invalid-value", "Invalid value", path(mismatch),
                    ValueMismatch.of(mismatch).describe());
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

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String given = ex.getContentType() == null ? "" : ", not " + ex.getContentType();
        return ResponseEntity.status(status).headers(headers).body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type", "Unsupported media type",
                "The body must be JSON, sent as Content-Type: application/json" + given + "; nothing was recorded"));
    }

    /**
     * The answer is refused before the request is handled: a write endpoint declares that it answers in JSON, so a
     * command is never recorded and then answered 406, which the client would take for a failure.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        String offered = ex.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        return ResponseEntity.status(status).headers(headers).body(problem(HttpStatus.NOT_ACCEPTABLE,
                "not-acceptable", "Not acceptable", "This endpoint answers in " + offered
                        + ", which the request's Accept header does not allow; nothing was recorded"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? "" : "; it allows "
                + ex.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted()
                .collect(Collectors.joining(", "));
        return ResponseEntity.status(status).headers(headers).body(problem(HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed", "Method not allowed",
                "This endpoint does not allow " + ex.getMethod() + allowed));
    }

    /**
     * Spring MVC's own errors that are not answered above (an unknown path, a missing parameter) come with type
     * {@code about:blank}; they get a type of the ledger's, named after their status, so that every error a client
     * sees has one.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        Object answer = body == null && ex instanceof ErrorResponse error
                ? error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale()) : body;
        if (answer instanceof ProblemDetail problem
                && (problem.getType() == null || BLANK.equals(problem.getType()))) {
            if (statusCode.is5xxServerError()) {
                log.error("request failed unexpectedly", ex);
                problem.setType(URI.create(TYPES + "internal-error"));
                problem.setTitle("Internal error");
                problem.setDetail("The request could not be completed; nothing was recorded. The error is logged.");
            } else {
                HttpStatus status = HttpStatus.resolve(statusCode.value());
                problem.setType(URI.create(TYPES + (status == null ? "request-refused"
                        : status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'))));
            }
        }
        return super.handleExceptionInternal(ex, answer, headers, statusCode, request);
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

    /*
     * A field given twice: the parser's duplicate detection throws a plain JsonParseException with this message, at
     * the top level as it is, inside an object wrapped in a mapping exception; ProblemDetailsAdviceTest pins it.
     */
    private static Optional<JsonParseException> duplicateField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getProcessor() != null
                    && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    /** the field the parser stood on, in the notation of the other errors: {@code persons[0].fullName} */
    private static String path(JsonParser parser) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            path.insert(0, context.inArray() ? "[" + context.getCurrentIndex() + "]"
                    : "." + context.getCurrentName());
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static String describe(List<Map<String, String>> errors, List<Map<String, String>> global) {
        return concat(errors, global).stream().map(e -> e.get("field") + " " + e.get("message"))
                .collect(Collectors.joining("; "));
    }

    private static List<Map<String, String>> concat(List<Map<String, String>> a, List<Map<String, String>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
