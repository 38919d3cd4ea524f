package nl.hgk.ledger.deploy.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A user name and password as they are remembered after a successful verification: their HMAC-SHA256 under a key that
 * lives only in this process ({@link RecentlyVerifiedPasswords}). It holds the 32 bytes of the HMAC and nothing else,
 * so neither the password nor anything from which it can be guessed offline without the key is kept in memory.
 * Compared in constant time.
 */
final class PasswordFingerprint {

    private static final String HMAC = "HmacSHA256";

    private final byte[] hmac;

    private PasswordFingerprint(byte[] hmac) {
        this.hmac = hmac;
    }

    /**
     * The user name is length-prefixed, so that no other split of the same characters into name and password gives
     * the same fingerprint.
     */
    static PasswordFingerprint of(byte[] key, String username, String password) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
            mac.update(name);
            mac.update(secret);
            return new PasswordFingerprint(mac.doFinal());
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordFingerprint that && MessageDigest.isEqual(hmac, that.hmac);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hmac);
    }

    @Override
    public String toString() {
        return "PasswordFingerprint";
    }
}
