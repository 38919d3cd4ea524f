package nl.hgk.ledger.command.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import nl.hgk.ledger.access.SignedInUser;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs a write request of the API. Each attempt is one database transaction that holds the command's events, the
 * tables written with them, and the stored answer for the request's idempotency key: all of it lands, or none.
 * An attempt that lost a race (a concurrent append to the same case, a household claimed at the same moment) is
 * retried from the start; a stale version the user gave is not, since retrying cannot make it fresh.
 */
@Component
public class WriteRequests {

    /** the request header by which a client marks retries of one request */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** the response header that marks an answer given before, to an earlier request with the same key */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(WriteRequests.class);
    private static final int ATTEMPTS = 5;
    private static final int MAX_KEY_LENGTH = 255;

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SignedInUser signedIn;

    WriteRequests(TransactionTemplate transaction, JdbcTemplate jdbc, ObjectMapper json, SignedInUser signedIn) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.json = json;
        this.signedIn = signedIn;
    }

    /**
     * The request's {@value #IDEMPOTENCY_KEY} header, when it has one, is read here: every write of the API is
     * idempotent the same way, and no endpoint needs to declare the header (the API document shows it on every write
     * of an {@link IdempotentWrites} controller).
     *
     * @param request        the request body, to recognise a key reused for a different request
     * @param answerType     the type of the answer, to replay a stored one
     * @param status         the status of a successful answer
     * @param location       where the written case can be read, from the answer: its {@code Location}, also when
     *                       the answer is replayed ({@link FamilyPlanLocation})
     * @param action         sends the command(s) and gives the answer
     */
    public <T> ResponseEntity<T> execute(Object request, Class<T> answerType, HttpStatus status,
                                         Function<? super T, URI> location, Supplier<T> action) {
        String idempotencyKey = currentRequest().getHeader(IDEMPOTENCY_KEY);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidIdempotencyKey(IDEMPOTENCY_KEY + " must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request);
        for (int attempt = 1; ; attempt++) {
            try {
                ResponseEntity<T> answer =
                        transaction.execute(tx -> once(idempotencyKey, fingerprint, answerType, status, action));
                return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                        .location(location.apply(answer.getBody())).body(answer.getBody());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
                log.info("write request lost a race (attempt {} of {}), retrying: {}", attempt, ATTEMPTS, e.toString());
                pause(attempt);
            }
        }
    }

    private <T> ResponseEntity<T> once(String key, String fingerprint, Class<T> answerType, HttpStatus status,
                                       Supplier<T> action) {
        if (key == null) {
            return ResponseEntity.status(status).body(action.get());
        }
        String user = signedIn.current().name();
        // a concurrent request with the same key waits here until the first one committed or rolled back
        int claimed = jdbc.update("""
                insert into idempotent_request (user_name, idempotency_key, request_hash) values (?, ?, ?)
                on conflict do nothing""", user, key, fingerprint);
        if (claimed == 0) {
            return replay(user, key, fingerprint, answerType);
        }
        T answer = action.get();
        jdbc.update("""
                update idempotent_request set response_status = ?, response_body = ?
                where user_name = ? and idempotency_key = ?""", status.value(), write(answer), user, key);
        return ResponseEntity.status(status).body(answer);
    }

    private <T> ResponseEntity<T> replay(String user, String key, String fingerprint, Class<T> answerType) {
        record Stored(String hash, int status, String body) {
        }
        Stored stored = jdbc.queryForObject("""
                        select request_hash, response_status, response_body from idempotent_request
                        where user_name = ? and idempotency_key = ?""",
                (rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)), user, key);
        if (!stored.hash().equals(fingerprint)) {
            throw new IdempotencyKeyReused(IDEMPOTENCY_KEY + " " + key
                    + " was used before for a different request; use a new key for a new request");
        }
        try {
            return ResponseEntity.status(stored.status()).header(REPLAYED, "true")
                    .body(json.readValue(stored.body(), answerType));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer of " + key + " is unreadable", e);
        }
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException
                    || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a write request", e);
        }
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private String fingerprint(Object request) {
        HttpServletRequest http = currentRequest();
        String signature = http.getMethod() + " " + http.getRequestURI() + "\n" + write(request);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(signature.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** An {@value #IDEMPOTENCY_KEY} that is blank or too long. */
    static class InvalidIdempotencyKey extends RuntimeException {
        InvalidIdempotencyKey(String message) {
            super(message);
        }
    }

    /** An {@value #IDEMPOTENCY_KEY} used again for a request that differs from the first. */
    static class IdempotencyKeyReused extends RuntimeException {
        IdempotencyKeyReused(String message) {
            super(message);
        }
    }
}
