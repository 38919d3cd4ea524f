package nl.hgk.ledger;

import static nl.hgk.ledger.Requests.CASE_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * jackson-dataformat-xml is on the classpath (Jollyday reads its holiday calendars with it), yet the API reads and
 * writes no XML: an XML body would otherwise be read, and leniently, past the strict JSON reading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class NoXmlTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anXmlBodyIsRefusedAsAnUnsupportedMediaType() throws Exception {
        HttpResponse<String> answer = http.send(request(CASE_WORKER, "/api/reports")
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "<ReportRequest><contactType>REPORT</contactType><unknown>1</unknown></ReportRequest>"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
    }

    @Test
    void aProblemIsNeverAnsweredInXml() throws Exception {
        HttpResponse<String> answer = http.send(request(CASE_WORKER, "/api/reports")
                .header("Content-Type", "application/json").header("Accept", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        // the endpoint answers in JSON only, so it refuses the request before reading it; the refusal is in JSON
        assertThat(answer.statusCode()).isEqualTo(406);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).startsWith("{");
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
