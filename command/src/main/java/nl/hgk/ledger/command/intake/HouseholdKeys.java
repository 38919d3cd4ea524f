package nl.hgk.ledger.command.intake;

import nl.hgk.ledger.events.intake.HouseholdKey;
import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.pseudonyms.KeyedHash;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Derives a household's pseudonym from its address with HMAC-SHA256 under a secret of the deployment. The same
 * address always gives the same key, so reports bundle; without the secret the key reveals nothing about the address.
 */
@Component
class HouseholdKeys {

    private final KeyedHash hash;

    HouseholdKeys(@Value("${hgk.household-key.secret}") String secret) {
        this.hash = new KeyedHash("hgk.household-key.secret", secret);
    }

    /**
     * @param postcode    Dutch postcode, with or without the space ("2311 EZ", "2311ez")
     * @param houseNumber house number with any addition ("12", "12-A", "12 a")
     */
    HouseholdKey of(String postcode, String houseNumber) {
        return new HouseholdKey(hash.of(Address.normalisedPostcode(postcode) + "|"
                + Address.normalisedHouseNumber(houseNumber)));
    }
}
