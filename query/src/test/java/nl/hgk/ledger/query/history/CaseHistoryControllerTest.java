package nl.hgk.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import nl.hgk.ledger.query.web.InvalidQuery;
import org.junit.jupiter.api.Test;

/** The parts of the HTTP answer that need no server: reading asOf, and choosing between JSON and HTML. */
class CaseHistoryControllerTest {

    @Test
    void asOfIsAnIsoMomentWithItsZone() {
        assertThat(CaseHistoryController.parseAsOf(null)).isNull();
        assertThat(CaseHistoryController.parseAsOf("2025-03-01T12:00:00Z"))
                .isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(CaseHistoryController.parseAsOf("2025-03-01T13:00:00.250+01:00"))
                .isEqualTo(Instant.parse("2025-03-01T12:00:00.250Z"));
    }

    @Test
    void anAsOfWithoutZoneOrNotAMomentIsRefusedByName() {
        for (String bad : new String[] {"gisteren", "2025-03-01", "2025-03-01T12:00:00", "", "2025-03-01T12:00:00 01:00"}) {
            assertThatThrownBy(() -> CaseHistoryController.parseAsOf(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidQuery.class, invalid -> {
                        assertThat(invalid.parameter()).isEqualTo("asOf");
                        assertThat(invalid.getMessage()).contains("2025-03-01T12:00:00Z");
                    });
        }
    }

    @Test
    void formatDecidesWhenGiven() {
        assertThat(CaseHistoryController.wantsHtml("html", "application/json")).isTrue();
        assertThat(CaseHistoryController.wantsHtml("HTML", null)).isTrue();
        assertThat(CaseHistoryController.wantsHtml("json", "text/html")).isFalse();
        assertThatThrownBy(() -> CaseHistoryController.wantsHtml("pdf", null))
                .isInstanceOfSatisfying(InvalidQuery.class, invalid -> assertThat(invalid.parameter())
                        .isEqualTo("format"));
    }

    @Test
    void otherwiseTheMostPreferredOfHtmlAndJsonInAccept() {
        assertThat(CaseHistoryController.wantsHtml(null, null)).isFalse();
        assertThat(CaseHistoryController.wantsHtml(null, "*/*")).isFalse();
        assertThat(CaseHistoryController.wantsHtml(null, "application/json")).isFalse();
        assertThat(CaseHistoryController.wantsHtml(null, "text/html")).isTrue();
        // what a browser sends
        assertThat(CaseHistoryController.wantsHtml(null,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(CaseHistoryController.wantsHtml(null, "text/html;q=0.5, application/json")).isFalse();
        assertThat(CaseHistoryController.wantsHtml(null, "application/json;q=0.5, text/html")).isTrue();
        assertThat(CaseHistoryController.wantsHtml(null, "application/json, text/html")).isFalse();
        assertThat(CaseHistoryController.wantsHtml(null, "not a media type")).isFalse();
    }
}
