package nl.hgk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import nl.hgk.ledger.access.LedgerUser;
import nl.hgk.ledger.command.audit.Actors;
import nl.hgk.ledger.command.cases.AssignCode;
import nl.hgk.ledger.command.cases.EraseCaseData;
import nl.hgk.ledger.command.cases.ErasePerson;
import nl.hgk.ledger.command.cases.Refusal;
import nl.hgk.ledger.command.web.RefusalDetails;
import nl.hgk.ledger.events.audit.ActorRole;
import nl.hgk.ledger.events.audit.AuditMetadata;
import nl.hgk.ledger.events.audit.OrganisationType;
import nl.hgk.ledger.events.triage.SafetyCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scope holds where commands are handled, not only over HTTP: a command given straight to the command bus, as the
 * ledger's own jobs do and as another node would through Axon Server, reaches a case only within the scope of the
 * user its metadata names. Out of scope it is refused exactly like a case that does not exist, and records nothing;
 * the ledger itself ({@code SYSTEM}) reaches every case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hgk.embedded-postgres.data-directory=")
class CommandBusScopeTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    private UUID caseId;
    private long version;

    /** a case in Dordrecht (VT24), reported by Veilig Thuis Zuid-Holland Zuid */
    @BeforeEach
    void aCaseInZuidHollandZuid() {
        LedgerClient.Answer report = new LedgerClient(port).post(Requests.CASE_WORKER, "/api/reports",
                Requests.report("3314 SC", "21"));
        assertThat(report.status()).as("%s", report.body()).isEqualTo(201);
        caseId = UUID.fromString(report.text("caseId"));
        version = report.version();
    }

    private static MetaData user(String name, ActorRole role, String organisation, String region,
                                 OrganisationType type) {
        return Actors.of(new LedgerUser(name, role, organisation, region, type), null);
    }

    private Object send(Object command, MetaData metaData) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    private long events() {
        return StoredEvents.countOf(jdbc, caseId.toString());
    }

    @Test
    void aCommandOutsideTheUsersScopeIsRefusedAsACaseThatDoesNotExist() {
        long before = events();
        MetaData otherRegion = user("casemanager-hm", ActorRole.CASE_WORKER, "veilig-thuis-hollands-midden", "VT10",
                OrganisationType.VEILIG_THUIS);
        assertThatThrownBy(() -> send(new AssignCode(caseId, SafetyCode.RED, version), otherRegion))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> send(new AssignCode(UUID.randomUUID(), SafetyCode.RED, version), otherRegion))
                .as("the same as a made-up id").isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> send(new AssignCode(caseId, SafetyCode.RED, version),
                user("wijkwerker", ActorRole.CASE_WORKER, "wijkteam-elders", null, OrganisationType.LOCAL_TEAM)))
                .as("no region, organisation not involved").isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> send(new AssignCode(caseId, SafetyCode.RED, version), MetaData.emptyInstance()))
                .as("a command that names nobody").isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> send(new AssignCode(caseId, SafetyCode.RED, version),
                user("fg", ActorRole.PRIVACY_OFFICER, "veilig-thuis-zhz", "VT24", OrganisationType.VEILIG_THUIS)))
                .as("a privacy officer erases, and takes no other step").isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> send(new ErasePerson(caseId, UUID.randomUUID()),
                user("fg-hm", ActorRole.PRIVACY_OFFICER, "veilig-thuis-hollands-midden", "VT10",
                        OrganisationType.VEILIG_THUIS)
                        .and(AuditMetadata.REASON, "verzoek van betrokkene")))
                .as("nor erases outside their scope").isInstanceOf(AggregateNotFoundException.class);
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void withinTheScopeTheCaseDecides() {
        Object next = send(new AssignCode(caseId, SafetyCode.ORANGE, version),
                user("casemanager", ActorRole.CASE_WORKER, "veilig-thuis-zhz", "VT24", OrganisationType.VEILIG_THUIS));
        assertThat(next).isEqualTo(version + 1);
    }

    /** In scope, a step outside the capacity of one's organisation is the case's to refuse, on the bus as over HTTP. */
    @Test
    void withinTheScopeAStepOutsideOnesCapacityIsRefused() {
        long before = events();
        assertThatThrownBy(() -> send(new AssignCode(caseId, SafetyCode.ORANGE, version),
                user("regisseur", ActorRole.COORDINATOR, "sociaal-team-dordrecht", "VT24",
                        OrganisationType.LOCAL_TEAM)))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused -> assertThat(refused.getDetails())
                        .hasValue(new RefusalDetails(Refusal.OUTSIDE_CAPACITY)));
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void theLedgerItselfReachesEveryCase() {
        // the scope lets the ledger's retention through; the case itself then says an open case is not erased
        assertThatThrownBy(() -> send(new EraseCaseData(caseId), Actors.system("bewaartermijn verstreken")))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused -> assertThat(refused.getDetails())
                        .hasValue(new RefusalDetails(Refusal.CASE_OPEN)));
    }
}
