package nl.hgk.ledger.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    private final Municipalities municipalities = Municipalities.load();

    @Test
    void holdsEveryMunicipalityOfTheReferenceYear() {
        assertThat(municipalities.all()).hasSize(342);
    }

    @Test
    void knowsLeidenAsPartOfHollandsMidden() {
        Municipality leiden = municipalities.find(MunicipalityCode.of("GM0546")).orElseThrow();
        assertThat(leiden.name()).isEqualTo("Leiden");
        assertThat(leiden.veiligThuisRegion()).isEqualTo(new VeiligThuisRegion("VT10", "Hollands-Midden"));
    }

    @Test
    void regionsOfTheSeedsHaveTheirNumberOfMunicipalities() {
        var perRegion = municipalities.all().stream()
                .collect(Collectors.groupingBy(m -> m.veiligThuisRegion().code(), Collectors.counting()));
        assertThat(perRegion).containsEntry("VT10", 18L).containsEntry("VT24", 10L).containsEntry("VT20", 26L);
        assertThat(perRegion).hasSize(25);
    }

    @Test
    void refusesUnknownAndMalformedCodes() {
        assertThat(municipalities.isKnown("GM0546")).isTrue();
        assertThat(municipalities.isKnown("GM9999")).isFalse();
        assertThat(municipalities.isKnown("Leiden")).isFalse();
        assertThat(municipalities.isKnown(null)).isFalse();
        assertThatThrownBy(() -> MunicipalityCode.of("gm0546")).isInstanceOf(IllegalArgumentException.class);
    }
}
