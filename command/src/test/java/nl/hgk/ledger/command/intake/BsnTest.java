package nl.hgk.ledger.command.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    private final Bsn.Validator validator = new Bsn.Validator();

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void acceptsNumbersThatPassTheElevenTest(String bsn) {
        assertThat(validator.isValid(bsn, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567890", "12345678a"})
    void refusesOthers(String bsn) {
        assertThat(validator.isValid(bsn, null)).isFalse();
    }

    @Test
    void anAbsentBsnIsLeftToOtherConstraints() {
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
