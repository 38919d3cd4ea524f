package nl.hgk.ledger.deploy.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node with the profile {@code command}: it takes a report, and has no view processor at all (only the subscribing
 * handlers that run in the command's transaction), so it never claims a view's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
@ActiveProfiles("command")
class CommandNodeTest {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void takesACommandAndRunsNoView() throws Exception {
        assertThat(QueryNodeTest.send(port, "POST", "/api/reports", "casemanager", QueryNodeTest.REPORT)
                .statusCode()).isEqualTo(201);

        assertThat(processing.eventProcessors()).isNotEmpty()
                .doesNotContainKeys("family-plan", "case-list", "deadline-board", "regional-figures")
                .allSatisfy((name, processor) -> assertThat(processor).as(name)
                        .isInstanceOf(SubscribingEventProcessor.class));
        assertThat(QueryNodeTest.send(port, "GET", "/api/views", "beheerder", null).statusCode())
                .as("no query side here").isEqualTo(404);
        assertThat(QueryNodeTest.send(port, "GET", "/actuator/health/readiness", null, null).statusCode())
                .isEqualTo(200);
    }
}
