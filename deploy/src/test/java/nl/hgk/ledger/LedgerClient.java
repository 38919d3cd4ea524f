package nl.hgk.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Talks to a running ledger over real HTTP, as a client would: Basic authentication, JSON in and out. */
final class LedgerClient {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    LedgerClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An answer: its status, headers, and body as JSON (or null when empty or not JSON). */
    record Answer(int status, HttpResponse<String> raw, JsonNode body) {

        String text(String field) {
            return body.path(field).asText();
        }

        long version() {
            return body.path("version").asLong();
        }

        /** @return the id of the person of a report's answer who has this role (VICTIM, PERPETRATOR, CHILD) */
        String personWithRole(String role) {
            for (JsonNode person : body.path("persons")) {
                if (person.path("role").asText().equals(role)) {
                    return person.path("personId").asText();
                }
            }
            throw new AssertionError("no " + role + " in " + body);
        }
    }

    Answer post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    Answer post(String user, String path, Object body, Map<String, String> headers) {
        return postRaw(user, path, write(body), headers);
    }

    Answer postRaw(String user, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(user, request, headers);
    }

    Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    Answer get(String user, String path, Map<String, String> headers) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    private Answer send(String user, HttpRequest.Builder request, Map<String, String> headers) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        // a header the test gives replaces the client's own (a Content-Type other than JSON)
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body().trim();
            if (text.startsWith("{") || text.startsWith("[")) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
