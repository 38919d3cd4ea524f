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

    @Test
    void theRegionOfAMunicipalityAndEveryRegion() {
        Municipalities municipalities = Municipalities.load();
        assertThat(municipalities.regionOf(MunicipalityCode.of("GM0505"))).hasValue("VT24");
        assertThat(municipalities.regionOf(MunicipalityCode.of("GM0546"))).hasValue("VT10");
        assertThat(municipalities.regionOf(MunicipalityCode.of("GM9999"))).isEmpty();
        // the 25 Veilig Thuis regions of the reference data, VT01 to VT27 (no VT16, no VT26), in order
        assertThat(municipalities.regionCodes()).hasSize(25).startsWith("VT01").endsWith("VT27")
                .doesNotContain("VT16", "VT26");
    }
}
