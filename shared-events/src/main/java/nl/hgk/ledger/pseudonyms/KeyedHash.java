package nl.hgk.ledger.pseudonyms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a secret of the deployment, as hex: the one way the ledger turns personal data into a pseudonym
 * (a household's key from its address, the case list's blind index). The same text always gives the same hash, so it
 * can be looked up; without the secret nobody can try all values of a small space such as BSNs or postcodes.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SHORTEST_SECRET = 16;

    private final SecretKeySpec secret;

    /**
     * @param property the setting the secret comes from, named when it is refused
     * @param secret   at least 16 characters
     */
    public KeyedHash(String property, String secret) {
        if (secret == null || secret.length() < SHORTEST_SECRET) {
            throw new IllegalStateException(property + " must be set to at least " + SHORTEST_SECRET + " characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** @return the hex HMAC-SHA256 of the text's UTF-8 bytes */
    public String of(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
