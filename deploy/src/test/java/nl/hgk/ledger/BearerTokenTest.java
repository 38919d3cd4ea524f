package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production sign-in: bearer JWTs of the identity provider, verified against its public key, become the same role and
 * organisation a demo user has, and the events record the token's user. Tokens are signed here with a key pair made
 * for the test; the ledger knows only the public half, as a PEM file, as it would know a Keycloak realm's key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hgk.embedded-postgres.data-directory=",
                "spring.security.oauth2.resourceserver.jwt.audiences=hgk-ledger"})
class BearerTokenTest {

    /** the regional figures of Dordrecht this half-year: what an analyst may read */
    private static final String FIGURES = "/api/figures?municipality=GM0505&period=" + LocalDate.now().getYear()
            + (LocalDate.now().getMonthValue() <= 6 ? "-H1" : "-H2");
    private static final KeyPair IDENTITY_PROVIDER = FakeIdentityProvider.rsaKeyPair();
    private static final KeyPair SOMEONE_ELSE = FakeIdentityProvider.rsaKeyPair();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void identityProviderKey(DynamicPropertyRegistry properties) throws IOException {
        Path pem = Files.createTempFile("identity-provider", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(IDENTITY_PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
    }

    @Test
    void aCaseWorkersTokenRecordsAReportUnderTheTokensUserOrganisationAndRole() {
        String token = token(ofType(claims("j.jansen", "veilig-thuis-hm",
                List.of("offline_access", "CASE_WORKER", "default-roles-hgk")), "VEILIG_THUIS"));

        LedgerClient.Answer answer = post(token, "/api/reports", Requests.report("2312 AB", "1"));

        assertThat(answer.status()).as("no CSRF token needed with a bearer token").isEqualTo(201);
        assertThat(answer.raw().headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
        JsonNode metadata = StoredEvents.metadataOfFirstEvent(jdbc, answer.text("caseId"));
        assertThat(metadata.path("user").asText()).isEqualTo("j.jansen");
        assertThat(metadata.path("organisation").asText()).isEqualTo("veilig-thuis-hm");
        assertThat(metadata.path("role").asText()).isEqualTo("CASE_WORKER");
        assertThat(metadata.path("organisationType").asText()).isEqualTo("VEILIG_THUIS");
    }

    /**
     * The claims organisation_type, municipality and qualifications decide the steps a token's user takes, and travel
     * with every event they record: the mayor of Dordrecht imposes a huisverbod in a Dordrecht case, and so may a
     * hulpofficier van justitie, but a police officer without that power may not.
     */
    @Test
    void aTokensOrganisationTypeMunicipalityAndQualificationsDecideItsStepsAndAreRecorded() {
        LedgerClient.Answer received = new LedgerClient(port).post(Requests.CASE_WORKER, "/api/reports",
                Requests.report("2312 HV", "1"));
        String caseId = received.text("caseId");
        String perpetrator = received.personWithRole("PERPETRATOR");
        String mayor = token(withMunicipality(ofType(withRegion(claims("h.dekker", "burgemeester-dordrecht",
                List.of("CASE_WORKER")), "VT24"), "MAYOR"), "GM0505"));
        String police = ofPolice(List.of());
        String hulpofficier = ofPolice(List.of("AUXILIARY_PROSECUTOR"));

        JsonNode me = get(mayor, "/api/me").body();
        assertThat(me.path("organisationType").asText()).isEqualTo("MAYOR");
        assertThat(me.path("municipality").asText()).isEqualTo("GM0505");
        assertThat(me.path("steps")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("REPORT", "IMPOSE_HUISVERBOD", "EXTEND_HUISVERBOD", "END_HUISVERBOD");
        assertThat(get(hulpofficier, "/api/me").body().path("qualifications")).extracting(JsonNode::asText)
                .containsExactly("AUXILIARY_PROSECUTOR");
        assertThat(get(hulpofficier, "/api/me").body().path("steps")).extracting(JsonNode::asText)
                .contains("IMPOSE_HUISVERBOD").doesNotContain("EXTEND_HUISVERBOD");
        assertThat(get(police, "/api/me").body().path("steps")).extracting(JsonNode::asText)
                .doesNotContain("IMPOSE_HUISVERBOD");

        Map<String, Object> imposed = Map.of("personId", perpetrator, "imposedOn", Requests.TODAY.toString(),
                "expectedVersion", received.version());
        long before = StoredEvents.count(jdbc);
        LedgerClient.Answer refused = post(police, "/api/cases/" + caseId + "/huisverbod", imposed);
        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(403);
        assertThat(refused.text("type")).isEqualTo("urn:hgk-ledger:problem:not-your-step");
        assertThat(refused.text("refusal")).isEqualTo("OUTSIDE_CAPACITY");
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);

        LedgerClient.Answer byMayor = post(mayor, "/api/cases/" + caseId + "/huisverbod", imposed);
        assertThat(byMayor.status()).as("%s", byMayor.body()).isEqualTo(200);
        JsonNode metadata = StoredEvents.metadataOf(jdbc, caseId, received.version() + 1);
        assertThat(metadata.path("user").asText()).isEqualTo("h.dekker");
        assertThat(metadata.path("organisationType").asText()).isEqualTo("MAYOR");
        assertThat(metadata.path("municipality").asText()).isEqualTo("GM0505");

        LedgerClient.Answer second = new LedgerClient(port).post(Requests.CASE_WORKER, "/api/reports",
                Requests.report("2312 HV", "2"));
        String other = second.text("caseId");
        String otherPerpetrator = second.personWithRole("PERPETRATOR");
        LedgerClient.Answer byHulpofficier = post(hulpofficier, "/api/cases/" + other + "/huisverbod",
                Map.of("personId", otherPerpetrator, "imposedOn", Requests.TODAY.toString(),
                        "expectedVersion", second.version()));
        assertThat(byHulpofficier.status()).as("%s", byHulpofficier.body()).isEqualTo(200);
        assertThat(StoredEvents.metadataOf(jdbc, other, second.version() + 1).path("qualifications").asText())
                .isEqualTo("AUXILIARY_PROSECUTOR");
    }

    /** Someone of an organisation whose type the token does not name (an inspectorate) reports, and takes no step. */
    @Test
    void aTokenWithoutAnOrganisationTypeReportsButTakesNoStep() {
        String token = token(withRegion(claims("w.willems", "inspectie-jenv", List.of("CASE_WORKER")), "VT24"));
        LedgerClient.Answer received = post(token, "/api/reports", Requests.report("2312 HV", "3"));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        assertThat(get(token, "/api/me").body().path("steps")).extracting(JsonNode::asText).containsExactly("REPORT");

        LedgerClient.Answer refused = post(token, "/api/cases/" + received.text("caseId") + "/code",
                Map.of("code", "RED", "expectedVersion", received.version()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).isEqualTo("urn:hgk-ledger:problem:not-your-step");
        assertThat(refused.text("refusal")).isEqualTo("OUTSIDE_CAPACITY");
    }

    @Test
    void aTokenWithAnOrganisationTypeTheLedgerDoesNotKnowIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(ofType(claims("j.jansen", "wijkteam-leiden", List.of("CASE_WORKER")),
                "WIJKTEAM")));
    }

    @Test
    void aTokenWithAQualificationTheLedgerDoesNotKnowIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(new JWTClaimsSet.Builder(ofType(claims("j.jansen", "politie-den-haag",
                List.of("CASE_WORKER")), "POLICE")).claim("qualifications", List.of("OFFICIER_VAN_JUSTITIE")).build()));
    }

    @Test
    void aMayorsTokenWithoutItsMunicipalityIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(ofType(claims("h.dekker", "burgemeester-dordrecht",
                List.of("CASE_WORKER")), "MAYOR")));
        assertForbiddenEverywhere(token(withMunicipality(ofType(claims("h.dekker", "burgemeester-dordrecht",
                List.of("CASE_WORKER")), "MAYOR"), "Dordrecht")));
    }

    @Test
    void aMunicipalityOnATokenOfAnotherTypeIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(withMunicipality(ofType(claims("j.jansen", "veilig-thuis-hm",
                List.of("CASE_WORKER")), "VEILIG_THUIS"), "GM0546")));
    }

    @Test
    void anExpiredTokenIsRefused() {
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims("j.jansen", "veilig-thuis-hm", List.of("CASE_WORKER")))
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                .build();
        assertUnauthenticatedAndNothingRecorded(token(expired));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertUnauthenticatedAndNothingRecorded(
                token(claims("j.jansen", "veilig-thuis-hm", List.of("CASE_WORKER")), SOMEONE_ELSE));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        JWTClaimsSet elsewhere = new JWTClaimsSet.Builder(claims("j.jansen", "veilig-thuis-hm", List.of("CASE_WORKER")))
                .audience("some-other-app").build();
        assertUnauthenticatedAndNothingRecorded(token(elsewhere));
    }

    @Test
    void aTokenThatIsNoTokenIsRefused() {
        assertUnauthenticatedAndNothingRecorded("not-a-jwt");
    }

    @Test
    void aTokenWithoutAKnownRoleIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(claims("j.jansen", "veilig-thuis-hm",
                List.of("offline_access", "uma_authorization", "SUPERUSER"))));
    }

    @Test
    void aTokenWithoutAnOrganisationIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(claims("j.jansen", null, List.of("CASE_WORKER"))));
    }

    @Test
    void aTokenWithTwoRolesIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(claims("j.jansen", "veilig-thuis-hm", List.of("CASE_WORKER", "INSPECTOR"))));
    }

    @Test
    void nobodySignsInAsTheLedgerItself() {
        assertForbiddenEverywhere(token(claims("j.jansen", "veilig-thuis-hm", List.of("SYSTEM"))));
    }

    @Test
    void anAnalystsTokenReadsFiguresButNoCase() {
        String caseWorker = token(claims("j.jansen", "veilig-thuis-hm", List.of("CASE_WORKER")));
        String caseId = post(caseWorker, "/api/reports", Requests.report("2312 AB", "2")).text("caseId");
        String analyst = token(claims("p.pieters", "gemeente-leiden", List.of("ANALYST")));
        long before = StoredEvents.count(jdbc);

        assertThat(get(analyst, FIGURES).status()).isEqualTo(200);
        LedgerClient.Answer command = post(analyst, "/api/cases/" + caseId + "/code",
                Map.of("code", "RED", "expectedVersion", 0));
        assertThat(command.status()).isEqualTo(403);
        assertThat(command.text("type")).isEqualTo("urn:hgk-ledger:problem:forbidden");
        assertThat(get(analyst, "/api/cases/" + caseId + "/history").status()).isEqualTo(403);
        assertThat(get(analyst, "/api/family-plans/" + caseId).status()).isEqualTo(403);
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aTokensRegionDecidesWhichCasesItsUserReaches() {
        String caseId = new LedgerClient(port).post(Requests.CASE_WORKER, "/api/reports",
                Requests.report("2312 RG", "1")).text("caseId");
        String plan = "/api/family-plans/" + caseId + "?minVersion=1";
        JWTClaimsSet wijkteam = claims("k.klaassen", "wijkteam-dordrecht", List.of("CASE_WORKER"));

        assertThat(get(token(withRegion(wijkteam, "VT24")), plan).status()).as("the case's region").isEqualTo(200);
        // out of scope, read-your-writes answers as for a made-up id: 503, nothing of the case in the view
        String outOfScope = plan + "&maxWaitMillis=100";
        assertThat(get(token(withRegion(wijkteam, "VT10")), outOfScope).status()).as("another region").isEqualTo(503);
        assertThat(get(token(wijkteam), outOfScope).status()).as("no region, not involved").isEqualTo(503);
        assertThat(get(token(wijkteam), "/api/family-plans/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void aTokenWithARegionThatIsNoVeiligThuisRegionIsRefusedEverywhere() {
        assertForbiddenEverywhere(token(withRegion(claims("j.jansen", "veilig-thuis-hm", List.of("CASE_WORKER")),
                "VT99")));
    }

    @Test
    void theDemoUsersOfTheEmbeddedDefaultStillSignInBesideTokens() {
        assertThat(new LedgerClient(port).get(Requests.ANALYST, FIGURES).status()).isEqualTo(200);
    }

    private void assertUnauthenticatedAndNothingRecorded(String token) {
        long before = StoredEvents.count(jdbc);
        LedgerClient.Answer answer = post(token, "/api/reports", Requests.report("2312 AB", "3"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:unauthenticated");
        assertThat(answer.raw().headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Bearer"));
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    private void assertForbiddenEverywhere(String token) {
        long before = StoredEvents.count(jdbc);
        String someCase = "/api/cases/" + UUID.randomUUID();
        List<LedgerClient.Answer> answers = List.of(
                post(token, "/api/reports", Requests.report("2312 AB", "4")),
                post(token, someCase + "/code", Map.of("code", "RED", "expectedVersion", 0)),
                get(token, someCase + "/history"),
                get(token, "/api/family-plans/" + UUID.randomUUID()),
                get(token, FIGURES),
                get(token, "/api/views"));
        for (LedgerClient.Answer answer : answers) {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.text("type")).isEqualTo("urn:hgk-ledger:problem:forbidden");
        }
        assertThat(StoredEvents.count(jdbc)).isEqualTo(before);
    }

    private LedgerClient.Answer post(String token, String path, Object body) {
        return new LedgerClient(port).post(null, path, body, Map.of("Authorization", "Bearer " + token));
    }

    private LedgerClient.Answer get(String token, String path) {
        return new LedgerClient(port).get(null, path, Map.of("Authorization", "Bearer " + token));
    }

    /** The claims of a Keycloak access token, valid for five minutes; a null organisation leaves the claim out. */
    private static JWTClaimsSet claims(String user, String organisation, List<String> realmRoles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://keycloak.example/realms/hgk")
                .subject(UUID.randomUUID().toString())
                .audience("hgk-ledger")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", realmRoles));
        if (organisation != null) {
            claims.claim("organisation", organisation);
        }
        return claims.build();
    }

    private static JWTClaimsSet withRegion(JWTClaimsSet claims, String region) {
        return new JWTClaimsSet.Builder(claims).claim("region", region).build();
    }

    private static JWTClaimsSet ofType(JWTClaimsSet claims, String organisationType) {
        return new JWTClaimsSet.Builder(claims).claim("organisation_type", organisationType).build();
    }

    private static JWTClaimsSet withMunicipality(JWTClaimsSet claims, String municipality) {
        return new JWTClaimsSet.Builder(claims).claim("municipality", municipality).build();
    }

    /** the token of a police officer of Zuid-Holland Zuid with these qualifications */
    private static String ofPolice(List<String> qualifications) {
        return token(new JWTClaimsSet.Builder(ofType(withRegion(claims("p.agent", "politie-zuid-holland-zuid",
                List.of("CASE_WORKER")), "VT24"), "POLICE")).claim("qualifications", qualifications).build());
    }

    private static String token(JWTClaimsSet claims) {
        return token(claims, IDENTITY_PROVIDER);
    }

    private static String token(JWTClaimsSet claims, KeyPair signer) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
