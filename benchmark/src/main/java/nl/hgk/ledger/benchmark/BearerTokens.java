package nl.hgk.ledger.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The benchmark plays the identity provider: it makes a key pair, gives the ledger the public half as a PEM file
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}, as {@code BearerTokenTest} does) and signs
 * Keycloak-shaped tokens with the claims of docs/sign-in.md, valid for the whole run.
 */
final class BearerTokens {

    static final String AUDIENCE = "hgk-ledger";

    private final KeyPair keys;

    private BearerTokens(KeyPair keys) {
        this.keys = keys;
    }

    static BearerTokens make() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new BearerTokens(generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key where the ledger reads it. */
    Path writePublicKey(Path directory) throws IOException {
        Path pem = directory.resolve("identity-provider.pem").toAbsolutePath();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return pem;
    }

    /** a Veilig Thuis case worker of Zuid-Holland Zuid: reports, and takes Veilig Thuis's steps (the code) */
    String veiligThuisCaseWorker() {
        return sign("bench.casemanager", "veilig-thuis-zhz", "CASE_WORKER", Map.of("region", "VT24",
                "organisation_type", "VEILIG_THUIS"));
    }

    /** an analyst of the municipality of Dordrecht: the regional figures */
    String analyst() {
        return sign("bench.analist", "gemeente-dordrecht", "ANALYST", Map.of("region", "VT24"));
    }

    /** the ledger's administrator: the views and their rebuilds */
    String administrator() {
        return sign("bench.beheerder", "hgk-ledger-beheer", "ADMINISTRATOR", Map.of());
    }

    private String sign(String user, String organisation, String role, Map<String, Object> more) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://identity-provider.benchmark/realms/hgk")
                .subject(UUID.randomUUID().toString())
                .audience(AUDIENCE)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(12))))
                .claim("preferred_username", user)
                .claim("organisation", organisation)
                .claim("realm_access", Map.of("roles", List.of(role)));
        more.forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
