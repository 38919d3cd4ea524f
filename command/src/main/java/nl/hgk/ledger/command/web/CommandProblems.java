package nl.hgk.ledger.command.web;

import java.net.URI;

import nl.hgk.ledger.command.cases.CommandRefused;
import nl.hgk.ledger.command.cases.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The command side's own errors as RFC 9457 problem details: a refused command (422, with its {@link Refusal} code),
 * a stale version (409), an unknown case (404), a misused idempotency key. Runs ahead of the application's general
 * advice, which answers everything else; so it must not handle {@code Exception} itself.
 */
@RestControllerAdvice(basePackages = "nl.hgk.ledger.command")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandProblems {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);
    private static final String TYPES = "urn:hgk-ledger:problem:";

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused refused) {
        return refusal(refused.refusal(), refused.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> failed(CommandExecutionException failure) {
        return failure.getDetails()
                .filter(RefusalDetails.class::isInstance)
                .map(details -> refusal(((RefusalDetails) details).refusal(), failure.getMessage()))
                .orElseGet(() -> {
                    log.error("command failed unexpectedly", failure);
                    return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                            "internal-error", "Internal error",
                            "The request could not be completed; nothing was recorded. The error is logged."));
                });
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

    private ResponseEntity<ProblemDetail> refusal(Refusal refusal, String message) {
        ProblemDetail problem = refused(refusal, message);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** @return the problem detail of a refused command, wherever it is answered (a request, a line of an import) */
    public static ProblemDetail refused(Refusal refusal, String message) {
        // the case is in the user's scope (else 404): saying the step is not theirs tells them nothing new
        ProblemDetail problem = refusal.aboutWhoActs()
                ? problem(HttpStatus.FORBIDDEN, "not-your-step", "This step is not yours to take", message)
                : problem(HttpStatus.UNPROCESSABLE_ENTITY, "command-refused", "The case does not allow this", message);
        problem.setProperty("refusal", refusal.name());
        return problem;
    }

    /** @return a problem detail of the ledger's own type ({@code urn:hgk-ledger:problem:<type>}) */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
