package nl.hgk.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A browser as far as the ledger can tell: it keeps the cookies the ledger sets (Secure ones too, as Chromium does on
 * http://localhost), sends them back, follows no redirect, and sends the CSRF header with the XSRF-TOKEN cookie's
 * value when asked to, as the interface's script does. No Authorization header unless a test adds one.
 */
final class Browser {

    static final String SESSION = "HGK_SESSION";
    static final String XSRF = "XSRF-TOKEN";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    LedgerClient.Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    LedgerClient.Answer get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    /** a state-changing request as the interface's script sends it: with the CSRF header */
    LedgerClient.Answer post(String path, Object body) {
        return send("POST", path, body, csrf());
    }

    LedgerClient.Answer post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    LedgerClient.Answer delete(String path) {
        return send("DELETE", path, null, csrf());
    }

    /** signs in with a demo user's password after asking for the sign-in options (which give the CSRF token) */
    LedgerClient.Answer signIn(String user, String password) {
        get("/api/sign-in-options");
        return post("/api/session", Map.of("username", user, "password", password));
    }

    Map<String, String> csrf() {
        String token = cookies.get(XSRF);
        return token == null ? Map.of() : Map.of("X-XSRF-TOKEN", token);
    }

    LedgerClient.Answer send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                for (HttpCookie cookie : HttpCookie.parse(set)) {
                    if (cookie.getMaxAge() == 0) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie.getValue());
                    }
                }
            }
            String text = response.body().trim();
            JsonNode json = text.startsWith("{") || text.startsWith("[") ? LedgerClient.JSON.readTree(text) : null;
            return new LedgerClient.Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** the Set-Cookie header of the answer for the cookie of this name, as the ledger wrote it */
    static String setCookie(LedgerClient.Answer answer, String name) {
        List<String> set = answer.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(name + "=")).toList();
        return set.isEmpty() ? null : set.get(set.size() - 1);
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : LedgerClient.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
