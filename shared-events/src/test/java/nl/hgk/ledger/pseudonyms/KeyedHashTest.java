package nl.hgk.ledger.pseudonyms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyedHashTest {

    private static final String SECRET = "a-secret-of-this-deployment";

    @Test
    void theSameTextGivesTheSameHashUnderOneSecretAndAnotherUnderAnother() {
        KeyedHash hash = new KeyedHash("hgk.test.secret", SECRET);
        assertThat(hash.of("2611AB|12A")).isEqualTo(new KeyedHash("hgk.test.secret", SECRET).of("2611AB|12A"))
                .hasSize(64).matches("[0-9a-f]+").doesNotContain("2611");
        assertThat(hash.of("2611AB|12B")).isNotEqualTo(hash.of("2611AB|12A"));
        assertThat(new KeyedHash("hgk.test.secret", SECRET + "-other").of("2611AB|12A")).isNotEqualTo(hash.of("2611AB|12A"));
    }

    @Test
    void aShortOrMissingSecretIsRefusedNamingItsSetting() {
        assertThatThrownBy(() -> new KeyedHash("hgk.search.index-secret", "too-short"))
                .hasMessageContaining("hgk.search.index-secret");
        assertThatThrownBy(() -> new KeyedHash("hgk.household-key.secret", null))
                .hasMessageContaining("hgk.household-key.secret");
    }
}
