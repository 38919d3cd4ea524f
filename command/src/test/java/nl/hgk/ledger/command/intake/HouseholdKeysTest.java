package nl.hgk.ledger.command.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HouseholdKeysTest {

    private final HouseholdKeys keys = new HouseholdKeys("a-secret-of-sixteen-or-more");

    @Test
    void oneAddressWrittenDifferentlyIsOneHousehold() {
        assertThat(keys.of("3311 AB", "12-a")).isEqualTo(keys.of("3311ab", "12A"));
    }

    @Test
    void otherAddressesAreOtherHouseholds() {
        assertThat(keys.of("3311 AB", "12")).isNotEqualTo(keys.of("3311 AB", "14"));
        assertThat(keys.of("3311 AB", "12")).isNotEqualTo(keys.of("3311 AC", "12"));
    }

    @Test
    void theKeyRevealsNothingOfTheAddressAndDependsOnTheSecret() {
        String key = keys.of("3311 AB", "12").value();
        assertThat(key).doesNotContain("3311").hasSize(64);
        assertThat(new HouseholdKeys("another-secret-of-sixteen").of("3311 AB", "12").value()).isNotEqualTo(key);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new HouseholdKeys("short")).isInstanceOf(IllegalStateException.class);
    }
}
