package nl.hgk.ledger.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP Basic as a client uses it, a header with every request: the right password is served twice (checked against
 * its hash the first time, remembered the second), and a wrong one right after gets the same 401 problem as ever.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a ledger of its own: in a context shared with other test classes, they may have had fg's password remembered
        properties = {"hgk.embedded-postgres.data-directory=", "hgk.test.ledger-of-its-own=basic-over-http"})
class BasicOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    RecentlyVerifiedPasswords passwords;
    @Autowired
    ObjectMapper json;

    private HttpResponse<String> me(String username, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRightPasswordTwiceThenAWrongOne() throws Exception {
        long before = passwords.remembered();
        HttpResponse<String> first = me("fg", "demo");
        assertThat(passwords.remembered()).as("HTTP Basic goes through the remembered passwords")
                .isEqualTo(before + 1);
        HttpResponse<String> second = me("fg", "demo");
        HttpResponse<String> wrong = me("fg", "not-demo");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json.readTree(second.body()).path("username").asText()).isEqualTo("fg");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrong.headers().allValues("WWW-Authenticate")).contains("Basic realm=\"hgk-ledger\"");
        JsonNode problem = json.readTree(wrong.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:hgk-ledger:problem:unauthenticated");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(passwords.remembered()).as("the wrong one is not remembered").isEqualTo(before + 1);
    }
}
