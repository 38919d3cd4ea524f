package nl.hgk.ledger.query.caselist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import nl.hgk.ledger.events.person.Address;
import nl.hgk.ledger.events.person.PersonalData;
import nl.hgk.ledger.pseudonyms.KeyedHash;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The blind index's hashes: HMAC-SHA256 under a secret of the deployment ({@code hgk.search.index-secret}) of a
 * {@link SearchKey}'s name and a normalised value. The index holds these, never the values: a BSN has only a billion
 * values, so a plain hash could be reversed by trying them all; without the secret this one cannot. The kind is part
 * of what is hashed, so that a value never matches as another kind of key.
 */
@Component
class BlindIndex {

    /** One hash of the index: which kind of key, and the hex HMAC. */
    record Digest(SearchKey kind, String value) {
    }

    private final KeyedHash hash;

    BlindIndex(@Value("${hgk.search.index-secret}") String secret) {
        this.hash = new KeyedHash("hgk.search.index-secret", secret);
    }

    /** @return the hash of an already normalised value of {@code kind} */
    Digest digest(SearchKey kind, String normalised) {
        return new Digest(kind, hash.of(kind.name() + ":" + normalised));
    }

    /** @return the hashes of every key a person's data gives; none for erased data */
    List<Digest> of(PersonalData person) {
        List<Digest> digests = new ArrayList<>();
        if (person == null || person.erased()) {
            return digests;
        }
        Address address = person.address();
        add(digests, SearchKey.BSN, SearchKey.bsn(person.bsn()));
        add(digests, SearchKey.NAME_BIRTH_DATE, SearchKey.nameAndBirthDate(person.fullName(), person.birthDate()));
        if (address != null) {
            add(digests, SearchKey.POSTCODE_HOUSE_NUMBER,
                    SearchKey.postcodeAndHouseNumber(address.postcode(), address.houseNumber()));
            add(digests, SearchKey.STREET_HOUSE_NUMBER_CITY,
                    SearchKey.streetHouseNumberAndCity(address.street(), address.houseNumber(), address.city()));
        }
        return digests;
    }

    private void add(List<Digest> digests, SearchKey kind, Optional<String> normalised) {
        normalised.map(value -> digest(kind, value)).ifPresent(digests::add);
    }
}
