package nl.hgk.ledger.command.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.hgk.ledger.events.intake.HouseholdKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Derives a household's pseudonym from its address with HMAC-SHA256 under a secret of the deployment. The same
 * address always gives the same key, so reports bundle; without the secret the key reveals nothing about the address.
 */
@Component
class HouseholdKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec secret;

    HouseholdKeys(@Value("${hgk.household-key.secret}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("hgk.household-key.secret must be set to at least 16 characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * @param postcode    Dutch postcode, with or without the space ("2311 EZ", "2311ez")
     * @param houseNumber house number with any addition ("12", "12-A", "12 a")
     */
    HouseholdKey of(String postcode, String houseNumber) {
        String normalised = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT)
                + "|" + houseNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return new HouseholdKey(HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
