package nl.hgk.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OIDC identity provider as small as a test needs, on a port of its own: the user signs in at once (the test plays
 * the browser and says who), the token endpoint exchanges a code for an ID token signed with a key made here, once,
 * and only with the PKCE code verifier whose S256 challenge came with the authorization request, and the key set is
 * published for the ledger to verify the token with.
 */
final class FakeIdentityProvider {

    static final String CLIENT_ID = "hgk-ledger-ui";
    static final String CLIENT_SECRET = "ui-secret";

    private final KeyPair key = rsaKeyPair();
    private final HttpServer server;
    /** code: the authorization request's parameters and the claims of the user who signed in */
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(Map<String, String> request, Map<String, Object> claims) {
    }

    FakeIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> answer(exchange, 200,
                new JWKSet(new RSAKey.Builder((RSAPublicKey) key.getPublic()).keyID("test-key").build()).toString()));
        server.start();
    }

    String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    KeyPair key() {
        return key;
    }

    /**
     * The user signs in at the authorization endpoint the ledger sent the browser to.
     *
     * @return the ledger's callback with the code and the state, where the identity provider sends the browser back
     */
    String signIn(URI authorization, Map<String, Object> claims) {
        Map<String, String> request = query(authorization.getRawQuery());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(request, claims));
        return request.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Grant grant = grants.remove(String.valueOf(form.get("code")));
        if (grant == null || !client.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !"S256".equals(grant.request().get("code_challenge_method"))
                || !s256(form.get("code_verifier")).equals(grant.request().get("code_challenge"))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        JWTClaimsSet.Builder idToken = new JWTClaimsSet.Builder()
                .issuer(base())
                .subject(UUID.randomUUID().toString())
                .audience(CLIENT_ID)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .claim("nonce", grant.request().get("nonce"));
        grant.claims().forEach(idToken::claim);
        answer(exchange, 200, LedgerClient.JSON.writeValueAsString(Map.of("access_token", "not-used-here",
                "token_type", "Bearer", "expires_in", 300, "scope", "openid", "id_token", sign(idToken.build()))));
    }

    void stop() {
        server.stop(0);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(verifier).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> query(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int at = pair.indexOf('=');
            if (at > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** a fresh RSA key pair (2048 bits), as an identity provider signs with */
    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
