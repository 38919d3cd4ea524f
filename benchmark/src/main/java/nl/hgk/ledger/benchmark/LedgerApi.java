package nl.hgk.ledger.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ledger's HTTP API as the benchmark's clients use it: JSON in and out over the JDK's HttpClient (HTTP/1.1, kept
 * alive), every command with an {@code Idempotency-Key} of its own, every read with a reason for the access log.
 */
final class LedgerApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    LedgerApi(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** The answer to one request, with how long it took from sending to the whole body read. */
    record Answer(int status, JsonNode body, long nanos) {

        long version() {
            return body.path("version").asLong(-1);
        }

        String text(String field) {
            return body.path(field).asText();
        }
    }

    Answer post(SignedIn who, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", who.header())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer get(SignedIn who, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", who.header())
                .header("Accept", "application/json")
                .header("Hgk-Reason", "benchmark")
                .GET());
    }

    /** @return whether the ledger answers its health endpoint with UP */
    boolean healthy() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            JsonNode body = response.body().length == 0 ? JSON.nullNode() : parse(response.body());
            return new Answer(response.statusCode(), body, nanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
