package nl.hgk.ledger.deploy.roles;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A command given to a node that takes none ({@link NodeRole#commands()}): 503, since another node of the same
 * ledger takes it. Thrown on the command bus before the command is handled, so nothing is recorded; a write request's
 * transaction (its idempotency key with it) rolls back.
 */
class CommandsNotTakenHere extends ErrorResponseException {

    CommandsNotTakenHere() {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "This node of the ledger only reads (profile 'query'); send changes to a node that takes commands "
                        + "(profile 'command', or neither profile). Nothing was recorded.");
        problem.setType(URI.create("urn:hgk-ledger:problem:commands-not-taken-here"));
        problem.setTitle("Commands are not taken here");
        return problem;
    }
}
