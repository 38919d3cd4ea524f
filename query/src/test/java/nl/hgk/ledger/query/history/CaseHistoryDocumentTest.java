package nl.hgk.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The printable document: in Dutch, complete, escaped, and with personal data only where it says so. */
class CaseHistoryDocumentTest {

    private static final Instant DRAWN_UP = Instant.parse("2025-06-01T08:00:00Z");
    private static final String PERSONAL_SECTION = "<h2>Persoonsgegevens van betrokkenen</h2>";

    private final HistoryCases story = HistoryCases.everyEventType();
    private final StoredHistory stored = new StoredHistory(story, DRAWN_UP);
    private final CaseHistoryService histories = stored.histories;

    @AfterEach
    void stop() {
        stored.shutDown();
    }

    @Test
    void theWholeHistoryAsADutchDocument() {
        String html = render(null);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">", "<meta charset=\"utf-8\">",
                "<h1>Dossierhistorie</h1>", story.caseId.toString(),
                "heden: alle gebeurtenissen tot het opstellen van dit document",
                "<th>Opgesteld op</th><td>01-06-2025 10:00:00</td>",
                "<th>Tijd</th><th>Wie</th><th>Organisatie</th><th>Rol</th><th>Wat</th><th>Reden</th>",
                "@page { size: A4;");
        assertThat(rows(html, "class=\"nr\"")).isEqualTo(HistoryCases.EVENTS);
        // Dutch local time: 09:00 UTC in March is 10:00 in Amsterdam
        assertThat(html).contains("<td class=\"nr\">0</td><td class=\"tijd\">01-03-2025 10:00:00</td>"
                + "<td>casemanager</td><td>veilig-thuis-zhz</td><td>medewerker</td>");
        assertThat(html).contains("<td>regisseur</td><td>sociaal-team-dordrecht</td><td>zorgcoördinator</td>");
        assertThat(html).contains("<td>Casus afgesloten: zorg afgerond</td><td>doelen bereikt</td>");
        assertThat(html).contains("<th>Status</th><td>afgesloten sinds 01-03-2025 10:26:00: zorg afgerond</td>",
                "<th>Gemeente</th><td>Dordrecht (GM0505)</td>",
                "<th>Veiligheidscode</th><td>ORANJE; procesregie bij Veilig Thuis; toegekend op 01-03-2025 10:03:00 "
                        + "door casemanager (veilig-thuis-zhz)</td>",
                // the process director returned coordination to another party at the end of the story
                "<th>Zorgcoördinator</th><td>m.smit (jeugdhulp-dordrecht), sinds 01-03-2025 10:36:00</td>",
                "<th>Gezinsplan</th><td>versie 2, vastgesteld op 01-03-2025 10:11:00",
                "<th>Open opschaling</th><td>geen</td>",
                "<th>Open stagnatiesignalen</th><td>herhaald niet verschenen (veilig-thuis-zhz, 01-03-2025 "
                        + "10:40:00); hulp voortijdig afgebroken (veilig-thuis-zhz, 01-03-2025 10:43:00)</td>",
                "<th>Tijdelijk huisverbod</th><td>geen lopend huisverbod</td>",
                "<th>Lopende termijnen</th><td>geen</td>");
    }

    @Test
    void asOfAMomentTheStateAsItStoodThen() {
        String html = render(HistoryCases.at(7));

        assertThat(html).contains("<th>Stand per</th><td>01-03-2025 10:07:00 (2025-03-01T09:07:00Z)</td>",
                "Stand van de casus per 01-03-2025 10:07:00",
                "<th>Status</th><td>open</td>",
                "<th>Zorgcoördinator</th><td>nog niet aangesteld</td>",
                "<th>Tijdelijk huisverbod</th><td>lopend: van 20-11-2026 tot 18-12-2026, opgelegd aan de pleger</td>",
                "<th>Onderzoek Veilig Thuis</th><td>loopt, gestart op 01-03-2025 10:05:00</td>");
        assertThat(rows(html, "class=\"nr\"")).isEqualTo(8);
        assertThat(html).doesNotContain("Casus afgesloten");
    }

    @Test
    void freeTextIsPrintedAsTextNeverRunAsMarkup() {
        String html = render(null);

        assertThat(html).doesNotContain("<script", "<b>nu</b>", "alert('x')")
                .contains("tweede signaal &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Geen geweld meer thuis &lt;b&gt;nu&lt;/b&gt;");
        assertThat(CaseHistoryDocument.esc("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assertThat(CaseHistoryDocument.esc("zorgcoördinator — é")).isEqualTo("zorgcoördinator — é");
        assertThat(CaseHistoryDocument.esc(null)).isEqualTo("—");
    }

    @Test
    void personalDataOnlyInItsOwnMarkedSection() {
        String html = render(null);
        int personal = html.indexOf(PERSONAL_SECTION);

        assertThat(personal).isPositive();
        // the persons' data; free text of the plan (goals, agreements) is in the state as the users typed it
        assertThat(html.substring(0, personal)).doesNotContain("Anna Jansen", "Piet Jansen", "Sam Jansen",
                "Lotte Jansen", "Oma Jansen", "03-02-1990", "haar zus");
        assertThat(html.substring(personal)).contains("Vertrouwelijk: bijzondere persoonsgegevens",
                "<td>het slachtoffer</td><td>Anna Jansen</td><td>03-02-1990</td><td>01-03-2025 10:00:00</td>",
                "<td>het kind (2e van 2)</td><td>Lotte Jansen</td>",
                "<td>het slachtoffer</td><td>geweigerd</td><td>wil eerst met haar zus praten</td>",
                // erased after the case closed: the placeholder, the rest of the row stays
                "<td>de persoon uit het steunsysteem</td><td>verwijderd</td><td>—</td>");
        // never printed at all: BSN, addresses, the reporter's contact details, notes about a person
        assertThat(html).doesNotContain("111222333", "222333444", "Dorpsstraat", "3311 AB", "J. de Vries",
                "078-1234567", "slaapt slecht");
    }

    @Test
    void theTimeLimitsRunningAtAMoment() {
        // the plan's evaluation limit was set at minute 20 and met at minute 22
        assertThat(render(HistoryCases.at(20))).contains("<th>Lopende termijnen</th><td>evaluatie van het gezinsplan "
                + "op de evaluatiedatum: tot en met 15-01-2027</td>");
    }

    private String render(Instant asOf) {
        return CaseHistoryDocument.render(histories.handle(new FindCaseHistory(story.caseId, asOf)));
    }

    private static int rows(String html, String marker) {
        Matcher matcher = Pattern.compile(Pattern.quote(marker)).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
