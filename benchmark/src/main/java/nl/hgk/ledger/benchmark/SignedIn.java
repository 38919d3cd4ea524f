package nl.hgk.ledger.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who a request is from, as its {@code Authorization} header: a demo user over HTTP Basic (as the README shows) or a
 * bearer token.
 *
 * @param name   how the figures name this way of signing in
 * @param header the header's value
 */
record SignedIn(String name, String header) {

    static SignedIn demoUser(String username) {
        return new SignedIn("HTTP Basic demo user",
                "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    static SignedIn bearer(String token) {
        return new SignedIn("bearer token", "Bearer " + token);
    }
}
